import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the station keeps its ledger and package library when nobody says otherwise: the same folder Electron
 * uses as the app's userData, so the desktop app and the CLI share one ledger.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HOLOBENCH_DATA_DIR) return env.HOLOBENCH_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'HoloBench');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'HoloBench');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'HoloBench');
}

/**
 * Where training mode keeps its ledger and library: a folder of its own inside the data folder, so practice runs
 * on simulated devices never mix with the real ledger (its harvests, uploads, reports and exports).
 */
export function trainingDataDir(dataDir: string): string {
  return join(dataDir, 'training');
}
