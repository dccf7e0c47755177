import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatDuration, formatNumber } from '../../../../src-main/shared/i18n/format.ts';

describe('numbers, sizes, times and durations take the shapes of the language', () => {
  it.each([
    [0, 'en', '0 B'],
    [999, 'en', '999 B'],
    [1_534_000, 'en', '1.5 MB'],
    [1_534_000, 'de', '1,5 MB'],
    [52_428_800, 'de', '52,4 MB'],
    [4_700_000_000, 'en', '4.7 GB'],
  ] as const)('%d bytes in %s', (n, lang, text) => {
    expect(formatBytes(n, lang)).toBe(text);
  });

  it('thousands and decimals', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'de')).toBe('12.345,5');
  });

  it('dates: day.month.year in German, and an unreadable date comes back as it was', () => {
    const opts = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(formatDateTime('2026-12-04T10:00:00Z', 'de', opts)).toBe('04.12.2026');
    expect(formatDateTime('2026-12-04T10:00:00Z', 'en', opts)).toBe('Dec 4, 2026');
    expect(formatDateTime('not a date', 'de')).toBe('not a date');
  });

  it('durations', () => {
    expect(formatDuration(65, 'en')).toBe('1 min 5 sec');
    expect(formatDuration(65, 'de')).toBe('1 Min., 5 Sek.');
    expect(formatDuration(0, 'en')).toBe('0 sec');
  });
});
