import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { nextActionFor } from '../../../../src-main/core/devices/next-action.ts';
import { explainCopyError } from '../../../../src-main/core/files/copy-errors.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { localFileError } from '../../../../src-main/core/mtp/errors.ts';
import { StationError, toErrorInfo } from '../../../../src-main/shared/errors.ts';
import { openTestStation } from '../../../support/station.ts';

let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
  setStationLanguage('en');
});

const facts = { present: true, model: 'hololens2', kind: 'hololens', confidence: 'confirmed' } as const;

describe('what the station says about devices follows its language', () => {
  it.each([
    ['en', { ...facts, mode: 'flashing', storageState: 'not-mtp' }, 'In flashing mode', /Advanced Recovery Companion/],
    ['de', { ...facts, mode: 'flashing', storageState: 'not-mtp' }, 'Im Flashmodus', /Advanced Recovery Companion/],
    ['de', { ...facts, mode: 'normal', storageState: 'available' }, 'Bereit', /Autopilot-Hash/],
    ['de', { ...facts, present: false, mode: 'normal', storageState: 'not-mtp' }, 'Getrennt', /Kabel/],
  ] as const)('%s: %j', (language, device, title, detail) => {
    setStationLanguage(language);
    const next = nextActionFor(device);
    expect(next.title).toBe(title);
    expect(next.detail).toMatch(detail);
  });

  it('a failed copy and an unexpected error are worded in the station language; their codes stay', () => {
    setStationLanguage('de');
    const unplugged = explainCopyError(new StationError('usb', 'x', 'y', { disconnected: true }), 'push', 'a.ppkg');
    expect(toErrorInfo(unplugged)).toMatchObject({ code: 'copy-unplugged', title: 'Das Gerät wurde getrennt' });
    expect(toErrorInfo(new Error('boom'))).toMatchObject({
      code: 'internal',
      title: 'In der Station ist etwas schiefgegangen',
      message: expect.stringContaining('(boom)') as unknown,
    });
  });

  it('a full PC disk is told from the system error code, not from the words of the message', () => {
    for (const language of ['en', 'de'] as const) {
      setStationLanguage(language);
      const full = localFileError('/data/a.zip', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      expect(toErrorInfo(explainCopyError(full, 'pull', 'a.zip'))).toMatchObject({ code: 'copy-pc-full' });
    }
  });

  it('switching the language in the settings words the cards again at once, without recording anything', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2-flashing', faults: [] }] });
    const card = () => station!.registry.list()[0]!;
    expect(card().nextAction.title).toBe('In flashing mode');
    const key = station.ledger.listDevices()[0]!.key;
    const events = station.ledger.events(key).length;
    const lastSeen = card().lastSeen;
    await createHandlers(station).updateSettings({ language: 'de' });
    expect(card().nextAction.title).toBe('Im Flashmodus');
    expect(card().identification.reason).toMatch(/Flashmodus/);
    expect(card().lastSeen).toBe(lastSeen);
    expect(station.ledger.events(key)).toHaveLength(events);
  });
});
