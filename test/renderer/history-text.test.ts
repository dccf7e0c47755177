import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { describeEvent, eventTone } from '../../src-renderer/src/views/device/history-text.ts';

const ev = (kind: string, detail: Record<string, unknown> = {}) => ({ at: '2026-03-01T10:00:00.000Z', kind, detail });

describe('device history in plain words', () => {
  it.each([
    [ev('attached'), 'Plugged in and recognised.'],
    [ev('detached', { portPath: '1-4.2' }), 'Unplugged from port 1-4.2.'],
    [
      ev('labelled', { model: 'hololens2', mode: 'flashing', by: 'Sam' }),
      'Labelled as HoloLens 2, flashing mode by Sam.',
    ],
    [
      ev('file-pushed', { remotePath: 'Internal Storage/Documents/a.ppkg', bytes: 3_000_000 }),
      'Copied "a.ppkg" to the device (3 MB), checked.',
    ],
    [
      ev('file-copy-failed', { direction: 'push', path: 'S/x.bin', title: 'The device is full', message: 'm' }),
      'The copy of "x.bin" to the device failed: the device is full.',
    ],
    [
      ev('file-copy-failed', { direction: 'pull', path: 'S/x.bin', message: 'It broke.' }),
      'The copy of "x.bin" to this PC failed: It broke.',
    ],
    [
      ev('partial-copy-removed', { path: 'S/Documents/p.ppkg' }),
      'Removed the unfinished copy of "p.ppkg" from the device.',
    ],
    [ev('enrollment-finished', { result: 'enrolled', by: 'Sam' }), 'Enrollment finished: enrolled by Sam.'],
    [ev('package-applied'), 'Package applied.'],
    [ev('autopilot_hash.harvested'), 'Autopilot hash harvested.'],
  ])('%j', (e, text) => {
    expect(describeEvent(e)).toBe(text);
  });

  it('marks problems and good news', () => {
    expect(eventTone(ev('file-copy-failed'))).toBe('problem');
    expect(eventTone(ev('enrollment-finished', { result: 'failed' }))).toBe('problem');
    expect(eventTone(ev('file-pulled'))).toBe('ok');
    expect(eventTone(ev('detached'))).toBe('plain');
  });

  describe('in German', () => {
    afterEach(() => void i18n.changeLanguage('en'));
    it.each([
      [ev('detached', { portPath: '1-4.2' }), 'Von Anschluss 1-4.2 getrennt.'],
      [
        ev('file-pushed', { remotePath: 'Internal Storage/Documents/a.ppkg', bytes: 1_500_000 }),
        '„a.ppkg“ auf das Gerät kopiert (1,5 MB), geprüft.',
      ],
      // A known failure code is told in the reader's language, whatever language the ledger row was written in.
      [
        ev('file-copy-failed', {
          direction: 'push',
          path: 'S/x.bin',
          code: 'copy-device-full',
          title: 'The device is full',
        }),
        'Das Kopieren von „x.bin“ auf das Gerät ist fehlgeschlagen: Das Gerät ist voll.',
      ],
    ])('%j', async (e, text) => {
      await i18n.changeLanguage('de');
      expect(describeEvent(e)).toBe(text);
    });
  });
});
