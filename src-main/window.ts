import { BrowserWindow, session, type BrowserWindowConstructorOptions } from 'electron';
import { TRAINING_ARGUMENT } from './shared/contract/names.ts';

/** The hardened options every station window is created with (tested: see test/unit/shell). */
export function hardenedWindowOptions(preloadPath: string, training = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'HoloBench',
    backgroundColor: '#10151c',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Tells the preload to offer the simulator calls; without it the page has no way to fake a device.
      additionalArguments: training ? [TRAINING_ARGUMENT] : [],
    },
  };
}

/** Creates the station window: no new windows, no navigation away, no permissions granted to the page. */
export function createStationWindow(preloadPath: string, pageUrl: string, training = false): BrowserWindow {
  const win = new BrowserWindow(hardenedWindowOptions(preloadPath, training));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== pageUrl) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
  return win;
}
