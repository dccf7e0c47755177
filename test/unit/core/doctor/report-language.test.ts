import { afterEach, describe, expect, it } from 'vitest';
import { doctorText } from '../../../../src-main/core/doctor/bundle.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import type { DoctorReport } from '../../../../src-main/shared/contract/doctor.ts';

const report = (problems: DoctorReport['problems']): DoctorReport => ({
  generatedAt: '2026-12-04T10:00:00.000Z',
  platform: { os: 'linux', release: '6.1', arch: 'x64', node: '24', holobench: '0.1.0', storagePath: 'none' },
  usb: { available: false, watched: false, detail: 'off', permissions: 'n/a' },
  simulator: { enabled: false },
  devices: [],
  problems,
});

const problem = { deviceId: null, code: 'usb-unavailable', message: 'M.', fix: 'F.' };

describe("the doctor's text report speaks the station language; codes stay as the JSON has them", () => {
  afterEach(() => setStationLanguage('en'));

  it.each([
    ['en', [], ['USB: not watched (off); n/a', 'Storage path: none', 'No devices.', 'No problems found.']],
    ['en', [problem, problem], ['2 problems:', '- station: M.', '  Fix: F.']],
    [
      'de',
      [problem],
      [
        'USB: nicht überwacht (off); n/a',
        'Speicherzugriff: none',
        'Keine Geräte.',
        '1 Problem:',
        '- Station: M.',
        '  Abhilfe: F.',
      ],
    ],
  ] as const)('%s, %j', (lang, problems, lines) => {
    setStationLanguage(lang);
    const text = doctorText(report([...problems]));
    for (const line of lines) expect(text.split('\n')).toContain(line);
  });
});
