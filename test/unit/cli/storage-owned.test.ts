import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { makePackage, wimlibAvailable } from '../../support/packages.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('storage owned by another program or driver (:storage-owned)', () => {
  it.skipIf(!wimlibAvailable())('ppkg push exits 1 at once with one line naming the way around', async () => {
    const file = makePackage(dir(), 'Owned.ppkg');
    const started = Date.now();
    const r = await runCli([
      'ppkg',
      'push',
      file,
      '--simulate',
      'hl2-oobe:storage-owned',
      '--no-usb',
      '--data-dir',
      dir(),
    ]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^holobench ppkg: Storage not reachable\./);
    expect(lines[0]).toMatch(/USB drive/);
    expect(lines[0]).toMatch(/copy the file by hand/);
    // It did not sit out the 120 s wait for storage that will never come.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('files ls says why and the way around, exit 1', async () => {
    const r = await runCli(['files', 'ls', '', '--simulate', 'hl1:storage-owned', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Storage not reachable/);
    // A HoloLens (1st gen) cannot take a USB drive kit: only copying by hand is offered.
    expect(r.stderr).not.toMatch(/USB drive/);
    expect(r.stderr).toMatch(/copy the file by hand/);
  });

  it('devices --json shows the problem on the device', async () => {
    const r = await runCli(['devices', '--json', '--simulate', 'hl2:storage-owned', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(0);
    const [d] = JSON.parse(r.stdout) as { storageState: string; storageProblem?: { reason: string } }[];
    expect(d?.storageState).toBe('unreachable');
    const expected = { linux: 'other-program', darwin: 'ptpcamerad', win32: 'windows-driver' } as Record<
      string,
      string
    >;
    expect(d?.storageProblem?.reason).toBe(expected[process.platform] ?? 'other-program');
  });

  it('--take-over is accepted by device commands', async () => {
    const r = await runCli(['files', 'ls', '', '--take-over', '--simulate', 'hl1', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(0);
  });
});
