import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { IPC_EVENT_CHANNEL } from './shared/contract/names.ts';
import { createHandlers } from './core/api/index.ts';
import { Station } from './core/station.ts';
import { followShellLocales } from './core/language.ts';
import { trainingDataDir } from './core/paths.ts';
import { parseSimulateList, type SimSpec } from './sim/sim-bus.ts';
import { bindContract, trustedSender } from './ipc/bind.ts';
import { createStationWindow } from './window.ts';
import { keychainSecretStore } from './keychain/electron-safe-storage.ts';

/** `electron . --simulate=hl2,hl1` or `--training` starts in training mode (npm run sim). */
function simulateFromArgv(argv: string[]): SimSpec[] | undefined {
  const flag = argv.find((a) => a.startsWith('--simulate='));
  if (flag) return parseSimulateList(flag.slice('--simulate='.length));
  if (argv.includes('--training')) return [];
  return undefined;
}

async function startApp(): Promise<void> {
  // Everything the station writes (ledger, diagnostics zips with hardware hashes, exports) is for this user only.
  process.umask(0o077);
  const outDir = import.meta.dirname;
  const pageUrl = pathToFileURL(join(outDir, '../renderer/index.html')).href;
  const simulate = simulateFromArgv(process.argv);
  // The station's "auto" language is the one the technician's operating system is set to, as Electron reads it.
  followShellLocales(app.getPreferredSystemLanguages());
  // Training mode (npm run sim) keeps its own ledger, apart from the real one.
  const userData = app.getPath('userData');
  const station = await Station.open({
    dataDir: simulate ? trainingDataDir(userData) : userData,
    resourcesDir: join(app.getAppPath(), 'resources'),
    usb: true,
    simulate,
    // Sign-ins for the Intune upload go to the OS keychain; without one they stay in memory.
    secretStore: keychainSecretStore(join(app.getPath('userData'), 'secrets')) ?? undefined,
    autopilot: { watchConnectivity: true },
  });
  const training = simulateFromArgv(process.argv) !== undefined;
  let win: BrowserWindow | null = createStationWindow(join(outDir, '../preload/index.cjs'), pageUrl, training);
  bindContract(
    ipcMain,
    createHandlers(station),
    trustedSender(() => win?.webContents.id ?? null, pageUrl),
  );
  const off = station.events.on('event', (event) => {
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, event);
  });
  win.on('closed', () => {
    win = null;
  });
  app.on('window-all-closed', () => {
    off();
    void station.close().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      console.error('HoloBench could not start:', error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
