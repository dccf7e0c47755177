import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, SIM_CALL_NAMES, TRAINING_ARGUMENT, ipcChannel } from '../../../src-main/shared/contract/names.ts';
import { createElectronMock, type ElectronMock } from '../../support/electron-mock.ts';
import { tempDir } from '../../support/station.ts';

const ROOT = join(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'out/main/index.js');
const PRELOAD = join(ROOT, 'out/preload/index.cjs');
const built = existsSync(MAIN) && existsSync(PRELOAD);
const data = tempDir();
const mock: ElectronMock = createElectronMock({ userData: data.path, appPath: ROOT });

vi.mock('electron', () => mock.module);

async function waitForHandlers(): Promise<void> {
  for (let i = 0; i < 200 && mock.handlers.size < CALL_NAMES.length; i++) await new Promise((r) => setTimeout(r, 10));
}

describe.skipIf(!built)('the Electron shell (built bundle, mocked electron)', () => {
  beforeAll(async () => {
    await import(/* @vite-ignore */ MAIN);
    await waitForHandlers();
  });
  afterAll(() => {
    mock.appListeners.get('window-all-closed')?.();
    data.remove();
  });

  const window = () => mock.windows[0]!;
  const trustedEvent = () => ({ senderFrame: { parent: null, url: window().loaded }, sender: { id: 1 } });

  it('registers a handler for every call of the contract, and only those', () => {
    expect([...mock.handlers.keys()].sort()).toEqual(CALL_NAMES.map(ipcChannel).sort());
  });

  it('creates its window with the hardened options', () => {
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window().loaded).toMatch(/^file:.*renderer\/index\.html$/);
  });

  it('denies new windows, navigation away and every permission request', () => {
    expect(window().openHandler?.()).toEqual({ action: 'deny' });
    const prevent = vi.fn();
    window().listeners.get('will-navigate')?.({ preventDefault: prevent }, 'https://example.com/');
    expect(prevent).toHaveBeenCalled();
    const cb = vi.fn();
    mock.permissionHandler?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('answers a call from the station window', async () => {
    const r = (await mock.handlers.get(ipcChannel('busState'))!(trustedEvent(), {})) as { ok: boolean };
    expect(r.ok).toBe(true);
  });

  it.each([
    ['a subframe', { senderFrame: { parent: {}, url: 'file:///x' }, sender: { id: 1 } }],
    ['another page', { senderFrame: { parent: null, url: 'https://evil.example/' }, sender: { id: 1 } }],
    ['another window', { senderFrame: { parent: null, url: 'file:///' }, sender: { id: 99 } }],
    ['no frame', { senderFrame: null, sender: { id: 1 } }],
  ])('refuses a call from %s', async (_what, event) => {
    const ev =
      event.senderFrame?.url === 'file:///' ? { ...event, senderFrame: { parent: null, url: window().loaded } } : event;
    const r = (await mock.handlers.get(ipcChannel('listDevices'))!(ev, {})) as { ok: boolean; error: { code: string } };
    expect(r).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('refuses an invalid payload with a clear error', async () => {
    const r = (await mock.handlers.get(ipcChannel('labelDevice'))!(trustedEvent(), { deviceId: 42 })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  function loadPreload(argv?: string[]): Record<string, unknown> {
    const code = readFileSync(PRELOAD, 'utf8');
    const module = { exports: {} };
    const requireStub = (name: string) => {
      if (name === 'electron') return mock.module;
      throw new Error(`the sandboxed preload may not require ${name}`);
    };
    // Run it the way Electron's sandbox does: its own scope, only `require('electron')` (and `process`) available.
    const context = argv ? { process: { argv } } : {};
    const load = runInNewContext(`(function (require, module, exports) {${code}\n})`, context) as (
      r: typeof requireStub,
      m: typeof module,
      e: object,
    ) => void;
    load(requireStub, module, module.exports);
    return mock.exposed.get('station') as Record<string, unknown>;
  }

  it('the preload exposes one named function per call and an event subscription, never ipcRenderer', async () => {
    const api = loadPreload(['electron', TRAINING_ARGUMENT]);
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'onEvent', 'pathForFile'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await (api.listDevices as (i: unknown) => Promise<unknown>)({});
    expect(mock.rendererInvocations).toEqual([[ipcChannel('listDevices'), {}]]);
  });

  it('outside training mode the preload offers no simulator call', () => {
    for (const argv of [undefined, ['electron', '--simulate']]) {
      const api = loadPreload(argv);
      expect(Object.keys(api).filter((k) => k.startsWith('sim'))).toEqual([]);
      for (const name of SIM_CALL_NAMES) expect(api[name]).toBeUndefined();
      expect(api.listDevices).toBeTypeOf('function');
    }
  });

  it('the window gets the training argument only in training mode', () => {
    const prefs = window().options.webPreferences as { additionalArguments?: string[] };
    expect(prefs.additionalArguments ?? []).not.toContain(TRAINING_ARGUMENT);
  });
});
