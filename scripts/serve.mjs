#!/usr/bin/env node
// `npm run serve`: the station screen for a browser, in training mode. It builds first only when a source is newer
// than the build (a fresh checkout, an edit): rebuilding everything on every start took far longer than the start.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCES = [
  'src-renderer',
  'src-main',
  'resources',
  'electron.vite.config.ts',
  'vite.cli.config.ts',
  'package.json',
];
const BUILT = ['out/renderer/index.html', 'out/cli/sources.json', 'out/main/index.js'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

function buildIsFresh() {
  try {
    const builtAt = Math.min(...BUILT.map((f) => statSync(join(root, f)).mtimeMs));
    return SOURCES.every((s) => newest(join(root, s)) <= builtAt);
  } catch {
    return false; // something is not built yet
  }
}

// Ctrl+C reaches the server too (same process group): wait for it to close the ledger, then pass on its code.
process.on('SIGINT', () => undefined);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!buildIsFresh()) {
  process.stderr.write('Building the station (a source changed since the last build)...\n');
  const built = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const serve = spawnSync(
  process.execPath,
  [join(root, 'bin/holobench.mjs'), 'serve', '--training', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(serve.status ?? 1);
