import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, ipcChannel } from '../../../src-main/shared/contract/names.ts';
import { createElectronMock, type ElectronMock } from '../../support/electron-mock.ts';
import { tempDir } from '../../support/station.ts';

const ROOT = join(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'out/main/index.js');
const built = existsSync(MAIN);
const data = tempDir();
// The process environment says English (vitest.config.ts); the operating system, as Electron reads it, says German.
const mock: ElectronMock = createElectronMock({
  userData: data.path,
  appPath: ROOT,
  systemLanguages: ['de-AT', 'en-US'],
});

vi.mock('electron', () => mock.module);

describe.skipIf(!built)('the Electron shell follows the operating system language', () => {
  beforeAll(async () => {
    await import(/* @vite-ignore */ MAIN);
    for (let i = 0; i < 200 && mock.handlers.size < CALL_NAMES.length; i++) await new Promise((r) => setTimeout(r, 10));
  });
  afterAll(() => {
    mock.appListeners.get('window-all-closed')?.();
    data.remove();
  });

  it('words what the station says in the language Electron reports for the system', async () => {
    const event = { senderFrame: { parent: null, url: mock.windows[0]!.loaded }, sender: { id: 1 } };
    // Training mode is off in this run: the refusal is worded by the station.
    const r = (await mock.handlers.get(ipcChannel('simPlug'))!(event, { preset: 'hl2' })) as {
      ok: boolean;
      error: { code: string; title: string };
    };
    expect(r).toMatchObject({ ok: false, error: { code: 'sim-off', title: 'Der Übungsmodus ist aus' } });
  });

  it('tells the screens the language it resolved, so the page does not go by its own languages', async () => {
    const event = { senderFrame: { parent: null, url: mock.windows[0]!.loaded }, sender: { id: 1 } };
    const r = await mock.handlers.get(ipcChannel('spokenLanguage'))!(event, {});
    expect(r).toEqual({ ok: true, value: { setting: 'auto', language: 'de', system: 'de' } });
  });
});
