/**
 * The data folder on a small tmpfs that fills up (or turns read-only) while `serve` and `batch run` work: a plain
 * message, no new work, nothing already recorded lost, and never an uncaught SQLite stack trace. Needs mount
 * rights (root in CI); without them the cases skip and say why.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BIN } from '../support/cli.ts';

const base = mkdtempSync(join(tmpdir(), 'holobench-full-'));
const mount = join(base, 'disk');
mkdirSync(mount);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mount]).status === 0;
if (!mounted) console.warn('full-disk cases skipped: mounting a tmpfs is not permitted here (needs root)');

function fill(): void {
  // Write until the tmpfs refuses: the disk is then really full.
  spawnSync('dd', ['if=/dev/zero', `of=${join(mount, 'filler')}`, 'bs=16k'], { stdio: 'ignore' });
}

function count(dataDir: string, table: string): number {
  const db = new DatabaseSync(join(dataDir, 'ledger.sqlite'), { readOnly: true });
  try {
    return Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

interface Running {
  lines: string[];
  waitFor(pattern: RegExp): Promise<string>;
  exit: Promise<number | null>;
  kill(): void;
}

/** Every process a case starts, stopped in afterAll even when the case failed half-way (the mount needs it). */
const children: { kill: () => void }[] = [];

function start(args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, HOLOBENCH_SIM_FAST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push({ kill: () => child.kill('SIGKILL') });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onLine = (line: string): void => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.pattern.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  return {
    lines,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const found = lines.find((l) => pattern.test(l));
        if (found) return resolve(found);
        waiters.push({ pattern, resolve });
        setTimeout(() => reject(new Error(`no line ${pattern} in:\n${lines.join('\n')}`)), 30_000);
      }),
    exit: new Promise((resolve) => child.on('close', (code) => resolve(code))),
    kill: () => child.kill('SIGTERM'),
  };
}

function call(
  ws: WebSocket,
  id: number,
  name: string,
  input: unknown,
): Promise<{ ok: boolean; error?: { code: string } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const msg = JSON.parse((data as Buffer).toString()) as { t: string; id?: number; result?: never };
      if (msg.t === 'result' && msg.id === id) {
        ws.off('message', onMessage);
        resolve(msg.result!);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ t: 'call', id, name, input }));
  });
}

describe.skipIf(!mounted)('a full or read-only data folder', () => {
  afterAll(async () => {
    for (const c of children) c.kill();
    await new Promise((resolve) => setTimeout(resolve, 300));
    spawnSync('umount', [mount]);
    rmSync(base, { recursive: true, force: true });
  });

  it('serve: says so once, keeps answering, starts no new work, keeps what it recorded', async () => {
    const data = join(mount, 'serve');
    const web = join(base, 'web');
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<h1>station</h1>');
    const serve = start(['serve', '--json', '--training', '--no-usb', '--data-dir', data, '--static', web]);
    const { bridge } = JSON.parse(await serve.waitFor(/^\{"url"/)) as { bridge: string };
    const ws = new WebSocket(bridge);
    await new Promise((resolve) => ws.once('open', resolve));
    expect((await call(ws, 1, 'simPlug', { preset: 'hl2' })).ok).toBe(true);
    const before = count(data, 'devices');
    expect(before).toBe(1);

    fill();
    // SQLite may still write into WAL space it already holds; new devices soon need new disk blocks.
    for (let i = 0; i < 200 && !serve.lines.some((l) => /The disk is full/.test(l)); i++) {
      await call(ws, 10 + i, 'simPlug', { preset: 'hl1' });
    }
    await serve.waitFor(/holobench serve: The disk is full\./);
    expect((await call(ws, 4, 'busState', {})).ok).toBe(true); // still answering
    ws.close();
    serve.kill();
    await serve.exit;
    const all = serve.lines.join('\n');
    expect(all).not.toMatch(/ERR_SQLITE_ERROR|\n\s+at /);
    expect(all.match(/The disk is full/g)).toHaveLength(1);
    rmSync(join(mount, 'filler'));
    expect(count(data, 'devices')).toBeGreaterThanOrEqual(before);
  });

  it('batch run: the disk fills mid-batch; a plain message, exit 1, the batch resumable from the ledger', async () => {
    const data = join(mount, 'batch');
    const profile = join(base, 'slow.json');
    writeFileSync(
      profile,
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
    const args = ['batch', 'run', '--profile', profile, '--simulate', 'hl2,hl2,hl1', '--sim-tech', 'auto'];
    const run = start([...args, '--no-usb', '--data-dir', data]);
    await run.waitFor(/waiting for the tech/);
    const devicesBefore = count(data, 'batch_devices');
    fill();
    const code = await run.exit;
    rmSync(join(mount, 'filler'), { force: true });
    const all = run.lines.join('\n');
    expect(code).toBe(1);
    expect(all).toMatch(/The disk is full/);
    expect(all).not.toMatch(/ERR_SQLITE_ERROR|\n\s+at /);
    expect(count(data, 'batch_devices')).toBe(devicesBefore);
  });

  it('serve on a data folder that is read-only: one plain line, a failing exit, no stack trace', async () => {
    const data = join(mount, 'ro');
    spawnSync(process.execPath, [BIN, 'ledger', 'export', '--json', '--data-dir', data], { stdio: 'ignore' });
    // (A live switch to read-only cannot be made here: a mount with open files refuses remount,ro.)
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    try {
      const serve = start(['serve', '--json', '--training', '--no-usb', '--data-dir', data, '--static', base]);
      const code = await serve.exit;
      const all = serve.lines.join('\n');
      expect(all).toMatch(/cannot be written|read-only/);
      expect(all).not.toMatch(/ERR_SQLITE_ERROR|\n\s+at /);
      expect(code).not.toBe(0);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mount]);
    }
  });
});
