import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, spawnCli } from '../support/cli.ts';
import { PG_PASSWORD, postgresMissing, TestPostgres } from '../support/postgres.ts';
import { tempDir } from '../support/station.ts';
import { CuttableProxy } from '../support/tcp-proxy.ts';

/**
 * Benches of a warehouse as techs run them: real `holobench` processes, simulated devices with the same serials
 * on every bench, one real PostgreSQL server. The server is killed mid-batch, a bench is killed -9 mid-step, and
 * two benches are cut apart by a proxy while both work the same device.
 */

const missing = postgresMissing();
let server: TestPostgres | null = null;
const cleanup: (() => void | Promise<void>)[] = [];

beforeAll(async () => {
  if (!missing) server = await TestPostgres.start();
}, 30_000);
afterAll(() => server?.stop());
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

function dataDir(): string {
  const dir = tempDir('holobench-wh-');
  cleanup.push(() => dir.remove());
  return dir.path;
}

/** A database of its own per test, so the cases never see each other's devices. */
async function freshWarehouse(port = server!.port): Promise<string> {
  const name = `wh_${Math.random().toString(36).slice(2, 10)}`;
  const c = new pg.Client({ connectionString: server!.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return server!.urlVia(port).replace('/postgres?', `/${name}?`);
}

/** Charge to 90 % and two enrollment cards: slow enough to cut things mid-batch. */
function slowProfile(dir: string): string {
  const file = join(dir, 'charge-and-enroll.json');
  writeFileSync(
    file,
    JSON.stringify({
      name: 'charge-and-enroll',
      steps: [
        { kind: 'identify' },
        { kind: 'gate', batteryMin: 90 },
        { kind: 'coach-enrollment', path: 'entra-settings' },
        { kind: 'done' },
      ],
    }),
  );
  return file;
}

function benchArgs(dir: string, url: string, bench: string, profile: string, devices = 'hl2,hl2,hl2,hl2'): string[] {
  return [
    'batch',
    'run',
    '--profile',
    profile,
    '--simulate',
    devices,
    '--sim-tech',
    'auto',
    '--json',
    '--no-usb',
    '--data-dir',
    dir,
    '--warehouse',
    url,
    '--bench',
    bench,
  ];
}

interface Summary {
  devices: { serial: string; result: string; error?: { code: string; message: string } | null }[];
  warehouse?: { online: boolean; pending: number };
}

/** Runs a bench and calls `at` once for the first stderr line matching `when` (kill it, stop the server...). */
function runBench(
  args: string[],
  when: RegExp,
  at: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, HOLOBENCH_SIM_FAST: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let fired = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderr += `${line}\n`;
      if (!fired && when.test(line)) {
        fired = true;
        at(child);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function records(url: string): Promise<{
  completions: { serial: string; bench: string }[];
  conflicts: { serial: string; firstBench: string; secondBench: string }[];
}> {
  const r = await spawnCli(['warehouse', 'report', '--all', '--json', '--warehouse', url]);
  return JSON.parse(r.stdout) as Awaited<ReturnType<typeof records>>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const run = missing ? it.skip : it;
if (missing) it.skip(`skipped: ${missing}`, () => undefined);

describe('a warehouse of benches (real holobench processes, real PostgreSQL)', () => {
  run(
    'two benches simulating the same devices: every serial is done exactly once, at one bench',
    async () => {
      const url = await freshWarehouse();
      const [d1, d2] = [dataDir(), dataDir()];
      const profile = slowProfile(d1);
      const [a, b] = await Promise.all([
        spawnCli(benchArgs(d1, url, 'bench-1', profile), { timeoutMs: 40_000 }),
        spawnCli(benchArgs(d2, url, 'bench-2', profile), { timeoutMs: 40_000 }),
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const done = [a, b].flatMap((r) =>
        (JSON.parse(r.stdout) as Summary).devices.filter((d) => d.result === 'done').map((d) => d.serial),
      );
      expect(done.sort()).toEqual(['SIMHL20001', 'SIMHL20002', 'SIMHL20003', 'SIMHL20004']);
      const skipped = [a, b].flatMap((r) =>
        (JSON.parse(r.stdout) as Summary).devices.filter((d) => d.result !== 'done'),
      );
      for (const s of skipped) expect(s.error?.code).toBe('done-elsewhere');
      const rec = await records(url);
      expect(rec.completions).toHaveLength(4);
      expect(rec.conflicts).toEqual([]);

      // The password reaches the server and nothing else: not the output, the ledgers, or an export.
      const exported = await spawnCli([
        'warehouse',
        'export',
        '--csv',
        '--all',
        '--out',
        join(d1, 'wh'),
        '--warehouse',
        url,
      ]);
      expect(exported.code).toBe(0);
      for (const text of [a.stdout, a.stderr, b.stdout, b.stderr, exported.stdout, exported.stderr]) {
        expect(text).not.toContain(PG_PASSWORD);
      }
      for (const file of [...filesUnder(d1), ...filesUnder(d2)]) {
        expect(readFileSync(file).includes(PG_PASSWORD), file).toBe(false);
      }
      const status = await spawnCli(['warehouse', 'status', '--json', '--warehouse', url]);
      const floor = JSON.parse(status.stdout) as {
        benches: { name: string; counts: { done: number } }[];
        totals: { completed: number };
      };
      expect(floor.benches.map((x) => x.name)).toEqual(['bench-1', 'bench-2']);
      expect(floor.benches.reduce((n, x) => n + x.counts.done, 0)).toBe(4);
      expect(floor.totals.completed).toBe(4);
    },
    60_000,
  );

  run(
    'a bench killed -9 mid-step: another bench takes its devices over, and the rerun skips them',
    async () => {
      const url = await freshWarehouse();
      const [d1, d2] = [dataDir(), dataDir()];
      const profile = slowProfile(d1);
      const first = await runBench(benchArgs(d1, url, 'bench-1', profile), /waiting for the tech: finish setup/, (c) =>
        c.kill('SIGKILL'),
      );
      expect(first.signal).toBe('SIGKILL');
      const b = await spawnCli([...benchArgs(d2, url, 'bench-2', profile), '--lease', '2'], { timeoutMs: 40_000 });
      expect(b.code).toBe(0);
      expect((JSON.parse(b.stdout) as Summary).devices.map((d) => d.result)).toEqual(['done', 'done', 'done', 'done']);
      const again = await spawnCli(benchArgs(d1, url, 'bench-1', profile), { timeoutMs: 40_000 });
      expect(again.stderr).toContain('Carrying on batch 1');
      const devices = (JSON.parse(again.stdout) as Summary).devices;
      expect(devices.map((d) => d.error?.code)).toEqual(Array(4).fill('done-elsewhere'));
      expect(devices[0]!.error?.message).toContain('bench-2');
      const rec = await records(url);
      expect(rec.completions.map((c) => c.bench)).toEqual(Array(4).fill('bench-2'));
      expect(rec.conflicts).toEqual([]);
    },
    60_000,
  );

  run(
    'the server killed mid-batch: the bench says so, finishes offline, and catches up once, with nothing twice',
    async () => {
      const url = await freshWarehouse();
      const d1 = dataDir();
      const a = await runBench(benchArgs(d1, url, 'bench-1', slowProfile(d1)), /waiting for the tech/, () =>
        server!.killServer(),
      );
      server!.startServer();
      expect(a.stderr).toMatch(/warehouse: online at postgres:\/\/holobench@127\.0\.0\.1/);
      expect(a.stderr).toMatch(/warehouse: OFFLINE/);
      expect(a.code).toBe(0);
      const summary = JSON.parse(a.stdout) as Summary;
      expect(summary.devices.map((d) => d.result)).toEqual(['done', 'done', 'done', 'done']);
      expect(summary.warehouse).toMatchObject({ online: false, pending: 4 });

      const sync = await spawnCli([
        'warehouse',
        'sync',
        '--json',
        '--data-dir',
        d1,
        '--bench',
        'bench-1',
        '--warehouse',
        url,
      ]);
      expect(sync.code).toBe(0);
      expect(JSON.parse(sync.stdout)).toMatchObject({ online: true, sent: 4, pending: 0 });
      const again = await spawnCli([
        'warehouse',
        'sync',
        '--json',
        '--data-dir',
        d1,
        '--bench',
        'bench-1',
        '--warehouse',
        url,
      ]);
      expect(JSON.parse(again.stdout)).toMatchObject({ sent: 0, pending: 0 });
      const rec = await records(url);
      expect(rec.completions).toHaveLength(4);
    },
    60_000,
  );

  run(
    'two benches cut apart both do the same device: the conflict is reported when they meet again',
    async () => {
      const proxy = await CuttableProxy.start(server!.port);
      cleanup.push(() => proxy.close());
      const direct = await freshWarehouse();
      const viaProxy = direct.replace(`:${server!.port}/`, `:${proxy.port}/`);
      const [d1, d2] = [dataDir(), dataDir()];
      const profile = slowProfile(d1);
      // bench-1 meets the server once (schema, bench row), then its link is cut for the whole batch.
      const join1 = await spawnCli([
        'warehouse',
        'sync',
        '--data-dir',
        d1,
        '--bench',
        'bench-1',
        '--warehouse',
        viaProxy,
      ]);
      expect(join1.code).toBe(0);
      proxy.cut();
      const [a, b] = await Promise.all([
        spawnCli(benchArgs(d1, viaProxy, 'bench-1', profile, 'hl2'), { timeoutMs: 40_000 }),
        spawnCli(benchArgs(d2, direct, 'bench-2', profile, 'hl2'), { timeoutMs: 40_000 }),
      ]);
      expect(a.stderr).toMatch(/warehouse: OFFLINE/);
      expect((JSON.parse(a.stdout) as Summary).devices[0]!.result).toBe('done');
      expect((JSON.parse(b.stdout) as Summary).devices[0]!.result).toBe('done');

      proxy.heal();
      const sync = await spawnCli([
        'warehouse',
        'sync',
        '--json',
        '--data-dir',
        d1,
        '--bench',
        'bench-1',
        '--warehouse',
        viaProxy,
      ]);
      expect(JSON.parse(sync.stdout)).toMatchObject({ sent: 1, pending: 0 });
      const rec = await records(direct);
      expect(rec.conflicts).toEqual([
        expect.objectContaining({ serial: 'SIMHL20001', firstBench: 'bench-2', secondBench: 'bench-1' }),
      ]);
      const report = await spawnCli(['warehouse', 'report', '--all', '--warehouse', direct]);
      expect(report.code).toBe(1);
      expect(report.stdout).toMatch(/CONFLICT: SIMHL20001/);
    },
    60_000,
  );
});
