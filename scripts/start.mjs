#!/usr/bin/env node
// `npm start` / `npm run sim`: opens the station window in Electron. Where no Electron binary is installed (a server,
// a container, an install that skipped the download) it says so in one line and points to the browser screen,
// instead of Electron's own stack trace or a download attempt.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The Electron binary the npm package installed, or null (HOLOBENCH_ELECTRON overrides, for tests). */
export function electronBinary() {
  if (process.env.HOLOBENCH_ELECTRON !== undefined) {
    return existsSync(process.env.HOLOBENCH_ELECTRON) ? process.env.HOLOBENCH_ELECTRON : null;
  }
  try {
    const pkg = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
if (!bin) {
  process.stderr.write(
    'HoloBench: no Electron binary on this machine, so no desktop window: run "npm run serve" and open the address it prints in a browser.\n',
  );
  process.exit(1);
}
const child = spawn(bin, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
