import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const common = (data: string, sim = 'hl2') => ['--no-usb', '--simulate', sim, '--data-dir', data];

describe('holobench files', () => {
  it('ls "" lists the storages; ls a folder lists its entries', async () => {
    const data = dir();
    const roots = JSON.parse((await runCli(['files', 'ls', '', '--json', ...common(data)])).stdout) as {
      name: string;
    }[];
    expect(roots.map((r) => r.name)).toEqual(['Internal Storage']);
    const docs = await runCli(['files', 'ls', 'Internal Storage', '--json', ...common(data)]);
    expect(docs.code).toBe(0);
    expect((JSON.parse(docs.stdout) as { name: string }[]).map((e) => e.name)).toContain('Documents');
  });

  it('push --json reports ok, bytes and sha256, verified by reading back', async () => {
    const data = dir();
    const file = join(dir(), 'package.ppkg');
    const bytes = randomBytes(700_000);
    writeFileSync(file, bytes);
    const r = await runCli(['files', 'push', file, 'Internal Storage/Documents', '--json', ...common(data)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; bytes: number; sha256: string; verified: boolean };
    expect(out).toMatchObject({ ok: true, bytes: 700_000, verified: true });
    expect(out.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('pull of a missing file fails with exit 1 and leaves no local file', async () => {
    const data = dir();
    const local = join(dir(), 'out.zip');
    const r = await runCli(['files', 'pull', 'Internal Storage/Documents/nope.zip', local, ...common(data)]);
    expect(r.code).toBe(1);
    expect(existsSync(local)).toBe(false);
  });

  it('an unplug mid-transfer fails cleanly: exit 1, a plain message, nothing reported done', async () => {
    const data = dir();
    const file = join(dir(), 'big.bin');
    writeFileSync(file, randomBytes(4_000_000));
    const r = await runCli([
      'files',
      'push',
      file,
      'Internal Storage/Documents',
      '--json',
      ...common(data, 'hl2:unplug-mid-transfer'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unplugged/i);
  });

  it('a busy device is retried and the copy completes', async () => {
    const data = dir();
    const file = join(dir(), 'small.txt');
    writeFileSync(file, 'hello');
    const r = await runCli([
      'files',
      'push',
      file,
      'Internal Storage/Documents',
      '--json',
      ...common(data, 'hl2:busy'),
    ]);
    expect(r.code).toBe(0);
  });

  it('a device that shows no storage says what to do (exit 1)', async () => {
    const r = await runCli(['files', 'ls', 'Internal Storage', ...common(dir(), 'hl2-oobe')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Volume Down \+ Power/);
  });

  it.each([
    [['files'], /use "files ls"/],
    [['files', 'copy'], /use "files ls"/],
    [['files', 'pull', 'only-one'], /needs two paths/],
    [['files', 'ls', 'a', 'b'], /unexpected argument "b"/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await runCli([...args, '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('several devices without --device is a usage error naming them; --device picks one', async () => {
    const data = dir();
    const r = await runCli(['files', 'ls', '', ...common(data, 'hl2,hl1')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sim-9-1.1, sim-9-1.2');
    const ok = await runCli(['files', 'ls', '', '--device', 'sim-9-1.2', '--json', ...common(data, 'hl2,hl1')]);
    expect(ok.code).toBe(0);
  });

  it('the real executable pulls a file: the hash it reports is the file it wrote, and no temp file is left', async () => {
    const work = dir();
    const local = join(work, 'photo.jpg');
    const r = await spawnCli([
      'files',
      'pull',
      'Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg',
      local,
      '--json',
      ...common(dir()),
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { bytes: number; sha256: string };
    const written = readFileSync(local);
    expect(written.length).toBe(1_250_000);
    expect(out.sha256).toBe(createHash('sha256').update(written).digest('hex'));
    expect(readdirSync(work)).toEqual(['photo.jpg']);
  });

  it('a pull cut by an unplug leaves no file under the final name', async () => {
    const work = dir();
    const local = join(work, 'photo.jpg');
    const r = await runCli([
      'files',
      'pull',
      'Internal Storage/Pictures/Camera Roll/WIN_20260301_101500_HoloLens.jpg',
      local,
      ...common(dir(), 'hl2:unplug-mid-transfer'),
    ]);
    expect(r.code).toBe(1);
    expect(readdirSync(work)).toEqual([]);
  });
});
