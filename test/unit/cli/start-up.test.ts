import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src-main/cli/catalog.ts';
import { BIN } from '../../support/cli.ts';

const ROOT = join(import.meta.dirname, '../../..');
const TRACE = join(ROOT, 'scripts/perf/module-trace.mjs');
const dir = mkdtempSync(join(tmpdir(), 'holobench-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real executable and returns the files of every ES module it loaded, relative to the repository. */
function loadedModules(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const out = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    env: { ...process.env, ...env, HOLOBENCH_MODULE_TRACE: out },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).not.toBeNull();
  return readFileSync(out, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u).slice(ROOT.length + 1));
}

/** What a command that only reads tables must never load: each costs start-up time and memory. */
const HEAVY = [
  /^src-main\/core\/station\.ts$/,
  /^src-main\/sim\//,
  /^src-main\/core\/autopilot\/(graph|auth|sign-in)/,
  /^src-main\/core\/packages\/wim\//,
  /^src-main\/core\/mtp\//,
  /^src-main\/core\/ledger\//,
  /^src-main\/bridge\//,
  /^src-renderer\//,
  /node_modules\/(@azure|usb|serialport|@serialport|ws|fflate)\//,
];

const LIGHT_COMMANDS: [string, string[]][] = [
  ['error', ['error', '80180014', '--json']],
  ['plan', ['plan', '--model', 'hololens2', '--identity', 'entra', '--users', 'multi', '--stage', 'production']],
  ['unenroll', ['unenroll', '--enrolled-via', 'msa-work-account', '--json']],
  ['--help', ['--help']],
  ['plan --help', ['plan', '--help']],
];

describe('the CLI loads only what a command needs', () => {
  it.each(LIGHT_COMMANDS)(
    '"%s" from the sources never imports the station, simulator, Graph, WIM or USB',
    (_, args) => {
      const modules = loadedModules(args, { HOLOBENCH_CLI_SOURCES: '1' });
      expect(modules).toContain('src-main/cli/main.ts');
      expect(modules.filter((m) => HEAVY.some((h) => h.test(m)))).toEqual([]);
    },
  );

  it('"ppkg inspect" loads the WIM reader but no device, drive, ledger or MTP code', () => {
    const sample = join(ROOT, 'resources/samples/HoloBench-Sample.ppkg');
    const modules = loadedModules(['ppkg', 'inspect', sample, '--json'], { HOLOBENCH_CLI_SOURCES: '1' });
    expect(modules).toContain('src-main/core/packages/wim/reader.ts');
    const notForInspect = [/^src-main\/core\/(station|devices\/|mtp\/|ledger\/)/, /^src-main\/core\/packages\/drive/];
    expect(modules.filter((m) => notForInspect.some((h) => h.test(m)))).toEqual([]);
  });

  it('a device command does load the station (the trace sees lazy imports)', () => {
    const modules = loadedModules(['devices', '--no-usb', '--json', '--data-dir', dir], { HOLOBENCH_CLI_SOURCES: '1' });
    expect(modules).toContain('src-main/core/station.ts');
  });
});

const bundled = existsSync(join(ROOT, 'out/cli/main.js'));
describe.skipIf(!bundled)('the prebuilt CLI (out/cli, made by npm run build)', () => {
  it('runs error from plain JavaScript, loading under 120 kB of code (the catalogs weighed apart) and no heavy package', () => {
    const modules = loadedModules(['error', '80180014', '--json']);
    expect(modules).toContain('out/cli/main.js');
    expect(modules.filter((m) => m.endsWith('.ts'))).toEqual([]);
    expect(modules.filter((m) => HEAVY.some((h) => h.test(m)))).toEqual([]);
    const size = (m: string) => statSync(join(ROOT, m)).size;
    const chunks = modules.filter((m) => m.startsWith('out/cli/'));
    const isCatalogs = (m: string) => /^out\/cli\/catalogs-/.test(m);
    expect(chunks.filter((m) => !isCatalogs(m)).reduce((n, m) => n + size(m), 0)).toBeLessThan(120_000);
    // Every station text in English and German: it grows with each localised part, so it has a budget of its own.
    expect(chunks.filter(isCatalogs).reduce((n, m) => n + size(m), 0)).toBeLessThan(600_000);
  });

  it('serve from the bundle finds the built UI (paths come from the app root, not from where a chunk lands)', async () => {
    if (!existsSync(join(ROOT, 'out/renderer/index.html'))) return;
    const child = spawn(process.execPath, [BIN, 'serve', '--no-usb', '--json', '--data-dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const { url } = JSON.parse(line.toString()) as { url: string };
      const page = await fetch(url.replace(/#.*$/, ''));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill();
    }
  });

  it('falls back to the sources when a source is newer than the bundle, so an edit is never shadowed', () => {
    const source = join(ROOT, 'src-main/cli/commands/error.ts');
    const before = statSync(source);
    const future = new Date(Date.now() + 60_000);
    utimesSync(source, future, future);
    try {
      expect(loadedModules(['error', '80180014', '--json'])).toContain('src-main/cli/main.ts');
    } finally {
      utimesSync(source, before.atime, before.mtime);
    }
  });
});
if (!bundled) console.warn('skipped: the prebuilt CLI tests need out/cli (npm run build makes it)');

describe('the command catalog', () => {
  it.each(CATALOG.map((c) => [c.name, c] as const))(
    '"%s" says the same summary as the command it loads',
    async (_, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    },
  );
});
