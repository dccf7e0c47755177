import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../../src-main/core/ledger/ledger.ts';
import { runCli, spawnCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dataDir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('holobench devices', () => {
  it('--json prints the contract fields for every simulated device', async () => {
    const r = await runCli([
      'devices',
      '--json',
      '--no-usb',
      '--data-dir',
      dataDir(),
      '--simulate',
      'hl2,hl1,qualcomm-edl',
    ]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.map((d) => [d.model, d.mode, d.confidence])).toEqual([
      ['hololens2', 'normal', 'confirmed'],
      ['hololens1', 'normal', 'heuristic'],
      ['hololens2', 'flashing', 'heuristic'],
    ]);
    for (const d of list) {
      for (const key of [
        'id',
        'model',
        'mode',
        'confidence',
        'vendorId',
        'productId',
        'portPath',
        'serialNumber',
        'productName',
      ]) {
        expect(d).toHaveProperty(key);
      }
    }
  });

  it('never shows a Mixed Reality headset or other Microsoft peripherals as a HoloLens', async () => {
    const r = await runCli([
      'devices',
      '--json',
      '--no-usb',
      '--data-dir',
      dataDir(),
      '--simulate',
      'wmr-sensors,other-ms',
    ]);
    const list = JSON.parse(r.stdout) as { model: string }[];
    expect(list.every((d) => d.model === 'unknown')).toBe(true);
  });

  it('writes every device it sees into the ledger in the data folder', async () => {
    const dir = dataDir();
    await runCli(['devices', '--json', '--no-usb', '--data-dir', dir, '--simulate', 'hl2,hl2']);
    const ledger = Ledger.open(dir);
    expect(ledger.listDevices().map((d) => d.serial)).toEqual(['SIMHL20001', 'SIMHL20002']);
    ledger.close();
  });

  it.each([
    [['devices', '--simulate', 'hl9'], /unknown simulator preset "hl9"/],
    [['devices', '--bogus'], /unknown option --bogus/],
    [['devices', '--simulate'], /needs a value/],
    [['devices', 'extra'], /unexpected argument "extra"/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j is a usage error: exit 2 and one line on stderr', async (args, message) => {
    const r = await runCli([...args, '--data-dir', dataDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('the real executable exits 2 with one clear line and no stack trace on a bad preset', async () => {
    const r = await spawnCli(['devices', '--json', '--simulate', 'nope', '--data-dir', dataDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'holobench devices: unknown simulator preset "nope"; use one of: hl1, hl2, hl2-oobe, hl1-flashing, hl2-flashing, qualcomm-edl, wmr-sensors, other-ms',
    );
  });

  it('the real executable lists devices with --json and exit 0', async () => {
    const r = await spawnCli(['devices', '--json', '--no-usb', '--simulate', 'hl2-oobe', '--data-dir', dataDir()]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('--watch --json prints one line per change and stops on SIGINT', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../../support/cli.ts');
    const child = spawn(process.execPath, [
      BIN,
      'devices',
      '--watch',
      '--json',
      '--no-usb',
      '--simulate',
      'hl2',
      '--data-dir',
      dataDir(),
    ]);
    let out = '';
    let stopped = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n') && !stopped) {
        stopped = true;
        child.kill('SIGINT');
      }
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
      child.on('close', (c, s) => r([c, s])),
    );
    expect({ code, signal, err }).toEqual({ code: 0, signal: null, err: '' });
    expect(JSON.parse(out.split('\n')[0]!)).toHaveLength(1);
  });
});
