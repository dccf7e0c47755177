import { vi } from 'vitest';

/** A stand-in for the `electron` module: records what the shell does so tests can check it. */
export interface ElectronMock {
  handlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: {
    options: Record<string, unknown>;
    openHandler?: () => unknown;
    listeners: Map<string, (...a: unknown[]) => void>;
    loaded?: string;
    sent: unknown[];
  }[];
  permissionHandler?: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
  appListeners: Map<string, (...a: unknown[]) => void>;
  exposed: Map<string, unknown>;
  rendererInvocations: [string, unknown][];
  module: Record<string, unknown>;
}

export function createElectronMock(opts: {
  userData: string;
  appPath: string;
  /** What app.getPreferredSystemLanguages() answers: the operating system's display languages. */
  systemLanguages?: string[];
}): ElectronMock {
  const mock: ElectronMock = {
    handlers: new Map(),
    windows: [],
    appListeners: new Map(),
    exposed: new Map(),
    rendererInvocations: [],
    module: {},
  };
  class BrowserWindow {
    webContents: Record<string, unknown>;
    private readonly record: ElectronMock['windows'][number];
    constructor(options: Record<string, unknown>) {
      const record: ElectronMock['windows'][number] = { options, listeners: new Map(), sent: [] };
      this.record = record;
      mock.windows.push(record);
      this.webContents = {
        id: mock.windows.length,
        setWindowOpenHandler: (fn: () => unknown) => (record.openHandler = fn),
        on: (name: string, fn: (...a: unknown[]) => void) => record.listeners.set(name, fn),
        send: (_channel: string, payload: unknown) => record.sent.push(payload),
      };
    }
    once() {}
    on() {}
    show() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  mock.module = {
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (name: string, fn: (...a: unknown[]) => void) => mock.appListeners.set(name, fn),
      getPath: () => opts.userData,
      getAppPath: () => opts.appPath,
      getPreferredSystemLanguages: () => opts.systemLanguages ?? ['en-US'],
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) =>
        mock.handlers.set(channel, fn),
      removeHandler: (channel: string) => mock.handlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: ElectronMock['permissionHandler']) => (mock.permissionHandler = fn),
      },
    },
    webUtils: { getPathForFile: () => '/tmp/chosen.ppkg' },
    // A reversible stand-in for OS encryption: "sealed:" + the text reversed.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
      decryptString: (sealed: Buffer) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
    },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => mock.exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        mock.rendererInvocations.push([channel, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
  return mock;
}
