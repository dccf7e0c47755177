import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { makePackage, wimlibAvailable } from '../support/packages.ts';
import { startUmtprd, umtprdMissing, type RunningUmtprd } from '../support/umtprd.ts';

const skip = umtprdMissing();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A folder for the station's sockets and a device storage with a Documents folder holding one file. */
function bench(): { ffs: string; store: string; data: string; local: string } {
  const root = mkdtempSync(join(tmpdir(), 'holobench-ffs-cli-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const dirs = {
    ffs: join(root, 'ffs'),
    store: join(root, 'store'),
    data: join(root, 'data'),
    local: join(root, 'pc'),
  };
  mkdirSync(join(dirs.store, 'Documents'), { recursive: true });
  mkdirSync(dirs.local);
  writeFileSync(join(dirs.store, 'Documents', 'hello.txt'), 'hello from the device');
  return dirs;
}

/** Starts uMTP-Responder once the station has created its sockets: the device is "plugged in" after the command. */
async function plugInWhenListening(ffs: string, store: string): Promise<RunningUmtprd> {
  for (let i = 0; i < 200 && !existsSync(join(ffs, 'ep3')); i++) await new Promise((r) => setTimeout(r, 25));
  const device = startUmtprd({ storeDir: store, ffsDir: ffs });
  cleanups.push(() => device.stop());
  return device;
}

describe.skipIf(skip !== null)(`holobench --ffs-dir with uMTP-Responder${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('files ls lists the device folder of a device that connects after the command started', async () => {
    const b = bench();
    const run = runCli([
      'files',
      'ls',
      'Internal Storage/Documents',
      '--json',
      '--ffs-dir',
      b.ffs,
      '--wait',
      '10',
      '--data-dir',
      b.data,
    ]);
    await plugInWhenListening(b.ffs, b.store);
    const r = await run;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((e) => e.name)).toEqual(['hello.txt']);
  }, 30_000);

  it('files push verifies by reading back, and pull brings the same bytes home', async () => {
    const b = bench();
    const body = randomBytes(3 * 1024 * 1024 + 7);
    const file = join(b.local, 'blob.bin');
    writeFileSync(file, body);
    const digest = createHash('sha256').update(body).digest('hex');
    const push = runCli([
      'files',
      'push',
      file,
      'Internal Storage/Documents',
      '--json',
      '--ffs-dir',
      b.ffs,
      '--data-dir',
      b.data,
    ]);
    const device = await plugInWhenListening(b.ffs, b.store);
    const pushed = await push;
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(JSON.parse(pushed.stdout)).toMatchObject({ ok: true, verified: true, sha256: digest });
    expect(readFileSync(join(b.store, 'Documents', 'blob.bin')).equals(body)).toBe(true);
    await device.stop();

    const back = join(b.local, 'back.bin');
    const pull = runCli([
      'files',
      'pull',
      'Internal Storage/Documents/blob.bin',
      back,
      '--json',
      '--ffs-dir',
      b.ffs,
      '--data-dir',
      b.data,
    ]);
    await plugInWhenListening(b.ffs, b.store);
    const pulled = await pull;
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ ok: true, sha256: digest });
    expect(readFileSync(back).equals(body)).toBe(true);
  }, 60_000);

  it.skipIf(!wimlibAvailable())(
    'ppkg push copies a package to Documents and checks it by reading it back',
    async () => {
      const b = bench();
      const pkg = makePackage(b.local, 'Fleet.ppkg');
      const push = runCli([
        'ppkg',
        'push',
        pkg,
        '--target',
        'documents',
        '--json',
        '--ffs-dir',
        b.ffs,
        '--wait',
        '10',
        '--data-dir',
        b.data,
      ]);
      await plugInWhenListening(b.ffs, b.store);
      const r = await push;
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, verified: true });
      expect(readFileSync(join(b.store, 'Documents', 'Fleet.ppkg')).equals(readFileSync(pkg))).toBe(true);
    },
    60_000,
  );

  it('no device at the folder within --wait is a plain finding (exit 1), not a hang', async () => {
    const b = bench();
    const r = await runCli(['files', 'ls', '', '--ffs-dir', b.ffs, '--wait', '1', '--data-dir', b.data]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No HoloLens connected|no device/i);
  }, 30_000);
});
