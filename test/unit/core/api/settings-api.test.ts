import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { openTestStation } from '../../../support/station.ts';
import { say, setStationLanguage, stationLanguage } from '../../../../src-main/core/language.ts';

let station: Awaited<ReturnType<typeof openTestStation>> | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
});

describe('station settings', () => {
  it('saving one setting keeps the others (a partial update never fills in defaults)', async () => {
    station = await openTestStation();
    const handlers = createHandlers(station);
    await dispatchCall(handlers, 'updateSettings', { technician: 'Ana' });
    await dispatchCall(handlers, 'updateSettings', { takeOverDevices: true });
    const r = await dispatchCall(handlers, 'updateSettings', { sound: false });
    expect(r).toEqual({
      ok: true,
      value: { technician: 'Ana', sound: false, takeOverDevices: true, language: 'auto' },
    });
    expect(await dispatchCall(handlers, 'getSettings', {})).toEqual({
      ok: true,
      value: { technician: 'Ana', sound: false, takeOverDevices: true, language: 'auto' },
    });
  });

  it('the language setting changes what the station writes from then on, and is kept for the next start', async () => {
    station = await openTestStation();
    const handlers = createHandlers(station);
    expect(stationLanguage()).toBe('en');
    await dispatchCall(handlers, 'updateSettings', { language: 'de' });
    expect(stationLanguage()).toBe('de');
    expect(say('records:no-batch.title')).toBe('Keine Serie');
    const dir = station.config.dataDir;
    await station.close();
    setStationLanguage('auto');
    station = await openTestStation({ dataDir: dir });
    expect(stationLanguage()).toBe('de');
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'auto' });
    expect(stationLanguage()).toBe('en');
  });

  it('a language asked for on the command line wins over the saved setting', async () => {
    station = await openTestStation();
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'de' });
    const dir = station.config.dataDir;
    await station.close();
    station = await openTestStation({ dataDir: dir, language: 'en' });
    expect(stationLanguage()).toBe('en');
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'de' });
    expect(stationLanguage()).toBe('en');
    setStationLanguage('auto');
  });

  it('refuses a name that is too long, keeping what was saved', async () => {
    station = await openTestStation();
    const handlers = createHandlers(station);
    await dispatchCall(handlers, 'updateSettings', { technician: 'Ana' });
    const r = await dispatchCall(handlers, 'updateSettings', { technician: 'x'.repeat(81) });
    expect(r.ok).toBe(false);
    expect(await dispatchCall(handlers, 'getSettings', {})).toMatchObject({ value: { technician: 'Ana' } });
  });
});
