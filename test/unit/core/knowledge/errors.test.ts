import { describe, expect, it } from 'vitest';
import { ERROR_CODES, lookupError, normalizeErrorCode } from '../../../../src-main/core/knowledge/errors.ts';
import { ErrorCodeInfo } from '../../../../src-main/shared/contract/knowledge.ts';

/** Every code DOMAIN.md §7 names. */
const DOMAIN_CODES = [
  '0x80180001',
  '0x80180002',
  '0x80180003',
  '0x80180009',
  '0x8018000A',
  '0x80180013',
  '0x80180014',
  '0x80180018',
  '0x80180019',
  '0x80180026',
  '0x8018002B',
  '0x801C0003',
  '0x801C000E',
  '0x801C03EA',
  '0x800705B4',
];

describe('error codes', () => {
  it('errors: every code from DOMAIN.md §7 is known, with a name, a meaning and fixes', () => {
    expect(ERROR_CODES.map((e) => e.code).sort()).toEqual([...DOMAIN_CODES].sort());
    for (const e of ERROR_CODES) {
      ErrorCodeInfo.parse(e);
      expect(e.fixes.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['errors: lookup accepts 0x80180014', '0x80180014'],
    ['errors: lookup accepts bare hex 80180014', '80180014'],
    ['errors: lookup accepts signed decimal -2145910764', '-2145910764'],
    ['errors: lookup accepts unsigned decimal 2149056532', '2149056532'],
    ['errors: lookup accepts lower case and spaces', ' 0x80180014 '],
    ['errors: lookup accepts a number', -2145910764],
  ])('%s', (_name, input) => {
    expect(lookupError(input)?.code).toBe('0x80180014');
  });

  it('errors: 0x80180014 explains both causes: enrollment restrictions and Autopilot reuse', () => {
    const e = lookupError('0x80180014');
    expect(e?.meaning).toMatch(/restrictions/);
    expect(e?.meaning).toMatch(/Autopilot/);
    expect(e?.fixes.join(' ')).toMatch(/delete its Intune device record/);
  });

  it('errors: 0x8018002B points at the MDM user scope', () => {
    expect(lookupError('8018002b')?.fixes.join(' ')).toMatch(/MDM user scope/);
  });

  it("errors: signed values are the 32-bit two's complement of the hex code", () => {
    for (const e of ERROR_CODES) expect(normalizeErrorCode(e.signed)).toBe(e.code);
    expect(lookupError('0x8018002B')?.signed).toBe(-2145910741);
  });

  it.each(['0x12345678', '12345678', 'hello', '', '0x1234567890', '99999999999', '-99999999999', '19041.1103'])(
    'errors: unknown or unreadable input %j gives null',
    (input) => {
      expect(lookupError(input)).toBeNull();
    },
  );
});
