import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { openTestStation } from '../../../support/station.ts';
import { followShellLocales, say, setStationLanguage, stationLanguage } from '../../../../src-main/core/language.ts';

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

  it('a language asked for on the command line wins over the saved setting; a pick made during the run wins over it', async () => {
    station = await openTestStation();
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'de' });
    const dir = station.config.dataDir;
    await station.close();
    station = await openTestStation({ dataDir: dir, language: 'en' });
    expect(stationLanguage()).toBe('en');
    expect(await dispatchCall(createHandlers(station), 'spokenLanguage', {})).toEqual({
      ok: true,
      value: { setting: 'en', language: 'en', system: 'en' },
    });
    // The screens follow the station: a pick that moved only them would leave the station's texts behind.
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'de' });
    expect(stationLanguage()).toBe('de');
    setStationLanguage('auto');
  });

  it('tells the screens the language it now speaks before it words the cards again, then the settings', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2-flashing', faults: [] }] });
    const seen: string[] = [];
    station.events.on('event', (e) => {
      if (e.name === 'languageChanged') seen.push(`language ${e.payload.setting} ${e.payload.language}`);
      if (e.name === 'deviceChanged') seen.push(`card ${e.payload.nextAction.title}`);
      if (e.name === 'settingsChanged') seen.push(`settings ${e.payload.language}`);
    });
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'de' });
    expect(seen).toEqual(['language de de', 'card Im Flashmodus', 'settings de']);
    seen.length = 0;
    // A setting that resolves to the language already spoken changes no card, but the choice is reported.
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'auto' });
    await dispatchCall(createHandlers(station), 'updateSettings', { language: 'en' });
    expect(seen).toEqual([
      'language auto en',
      'card In flashing mode',
      'settings auto',
      'language en en',
      'settings en',
    ]);
  });

  it('"auto" is the operating system language the shell reports, whatever the environment says', async () => {
    try {
      followShellLocales(['de-AT', 'en-US']);
      station = await openTestStation();
      expect(await dispatchCall(createHandlers(station), 'spokenLanguage', {})).toEqual({
        ok: true,
        value: { setting: 'auto', language: 'de', system: 'de' },
      });
    } finally {
      followShellLocales([]);
      setStationLanguage('en');
    }
  });

  it('a closed station no longer follows the language', async () => {
    station = await openTestStation();
    const seen: string[] = [];
    station.events.on('event', (e) => seen.push(e.name));
    await station.close();
    setStationLanguage('de');
    setStationLanguage('en');
    expect(seen).toEqual([]);
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
