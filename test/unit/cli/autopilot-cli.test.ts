import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INTUNE_CSV_HEADER } from '../../../src-main/core/autopilot/intune-csv.ts';
import { buildAutopilotDiagnosticsZip } from '../../../src-main/sim/autopilot/diagnostics-zip.ts';
import { productIdFor } from '../../../src-main/sim/sim-functions.ts';
import { runCli, spawnCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const lines = (path: string) => readFileSync(path, 'latin1').split('\r\n');
const serial = (i: number) => `3100205${String(i).padStart(5, '0')}`;

/** An Intune-shaped CSV of n devices with short (valid Base64) hashes, small enough for any count. */
function intuneCsv(path: string, n: number, extra = ''): string {
  const rows = Array.from({ length: n }, (_, i) => `${serial(i)},,QUJD${String(i).padStart(4, '0')},,`);
  writeFileSync(path, [INTUNE_CSV_HEADER, ...rows].join('\r\n') + '\r\n' + extra);
  return path;
}

function zipFor(folder: string, s: string): string {
  const path = join(folder, `${s}.zip`);
  writeFileSync(path, buildAutopilotDiagnosticsZip({ serialNumber: s, productId: productIdFor(s), now: new Date() }));
  return path;
}

describe('holobench autopilot harvest', () => {
  it('with --simulate hl2 works end to end: presses the chord itself, saves the hash, list and csv see it', async () => {
    const data = dir();
    const r = await runCli(['autopilot', 'harvest', '--simulate', 'hl2', '--no-usb', '--data-dir', data, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the station presses Power \+ Volume Down itself/);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(out.ok).toBe(true);
    expect(out.productId).toMatch(/^00330-/);
    expect(out.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(existsSync(out.zipPath!)).toBe(true);

    const list = await runCli(['autopilot', 'list', '--data-dir', data, '--json']);
    const { harvests } = JSON.parse(list.stdout) as { harvests: { serialNumber: string; fingerprint: string }[] };
    expect(harvests).toEqual([
      expect.objectContaining({ serialNumber: out.serialNumber, fingerprint: out.fingerprint }),
    ]);
    const table = await runCli(['autopilot', 'list', '--data-dir', data]);
    expect(table.stdout).toMatch(/SERIAL\s+PRODUCT ID\s+HASH/);
    expect(table.stdout).toMatch(/simulated device\s+never \(training\)/);

    // A training harvest stays out of the Intune CSV unless asked for.
    const csv = join(dir(), 'intune.csv');
    const left = await runCli(['autopilot', 'csv', '--out', csv, '--data-dir', data]);
    expect(left.code).toBe(1);
    expect(left.stderr).toContain('Left out 1 training harvest from simulated devices (--include-training adds them).');
    expect(existsSync(csv)).toBe(false);
    const c = await runCli([
      'autopilot',
      'csv',
      '--out',
      csv,
      '--data-dir',
      data,
      '--group-tag',
      'Bench',
      '--include-training',
    ]);
    expect(c.code).toBe(0);
    const [header, row] = lines(csv);
    expect(header).toBe(INTUNE_CSV_HEADER);
    expect(row).toMatch(new RegExp(`^${out.serialNumber},${out.productId},[A-Za-z0-9+/]+=*,Bench,$`));
  });

  it('the real executable harvests a simulated HoloLens 2 too', async () => {
    const data = dir();
    const r = await spawnCli(['autopilot', 'harvest', '--simulate', 'hl2', '--no-usb', '--data-dir', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Harvested serial \S+, product ID 00330-\S+, hash [0-9A-F-]{14}\./);
    expect(r.stdout).toContain('never uploaded to Intune');
    // Said once, not once per stage and again at the end.
    expect(`${r.stdout}${r.stderr}`.match(/Saved/g)).toHaveLength(1);
  });

  it('refuses a HoloLens (1st gen) with exit 1', async () => {
    const r = await runCli(['autopilot', 'harvest', '--simulate', 'hl1', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Autopilot is for HoloLens 2 only');
  });

  it('times out with exit 1 when nobody presses the buttons', async () => {
    const args = ['autopilot', 'harvest', '--simulate', 'hl2', '--no-usb', '--data-dir', dir(), '--sim-tech', 'off'];
    const r = await runCli([...args, '--timeout', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No new Autopilot file appeared');
    expect((await runCli([...args, '--timeout', 'soon'])).code).toBe(2);
  });
});

describe('holobench autopilot csv', () => {
  it('from --in zips and CSVs: 1, 500 and 501 devices give 1, 1 and 2 files', async () => {
    const folder = dir();
    const one = join(folder, 'one.csv');
    expect((await runCli(['autopilot', 'csv', '--out', one, '--in', zipFor(folder, serial(1))])).code).toBe(0);
    expect(lines(one)).toHaveLength(3);
    expect(lines(one)[1]).toMatch(new RegExp(`^${serial(1)},${productIdFor(serial(1))},`));

    const out500 = join(folder, 'batch500.csv');
    const r500 = await runCli([
      'autopilot',
      'csv',
      '--out',
      out500,
      '--in',
      intuneCsv(join(folder, 'in500.csv'), 500),
      '--json',
    ]);
    expect(JSON.parse(r500.stdout)).toMatchObject({ devices: 500, files: [{ path: out500, rows: 500 }] });

    const out501 = join(folder, 'batch501.csv');
    const r501 = await runCli([
      'autopilot',
      'csv',
      '--out',
      out501,
      '--in',
      intuneCsv(join(folder, 'in501.csv'), 501),
      '--json',
    ]);
    const files = (JSON.parse(r501.stdout) as { files: { path: string; rows: number }[] }).files;
    expect(files.map((f) => [f.path, f.rows])).toEqual([
      [join(folder, 'batch501-1.csv'), 500],
      [join(folder, 'batch501-2.csv'), 1],
    ]);
    expect(lines(files[1]!.path)).toEqual([INTUNE_CSV_HEADER, `${serial(500)},,QUJD0500,,`, '']);
    expect(existsSync(out501)).toBe(false);
  });

  it('0 devices (a header-only CSV or an empty ledger) is nothing to export: exit 1, no file', async () => {
    const folder = dir();
    const out = join(folder, 'none.csv');
    const r = await runCli(['autopilot', 'csv', '--out', out, '--in', intuneCsv(join(folder, 'empty.csv'), 0)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No devices to export');
    expect((await runCli(['autopilot', 'csv', '--out', out, '--data-dir', dir()])).code).toBe(1);
    expect(readdirSync(folder)).toEqual(['empty.csv']);
  });

  it('merges a duplicated serial with a warning, and mixes zips and CSVs', async () => {
    const folder = dir();
    const out = join(folder, 'out.csv');
    const csv = intuneCsv(join(folder, 'in.csv'), 2);
    const r = await runCli(['autopilot', 'csv', '--out', out, '--in', csv, '--in', zipFor(folder, serial(1))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: Serial 310020500001 appears 2 times/);
    expect(lines(out)).toHaveLength(4);
  });

  it('bad values and flags exit 2 naming the device; files are never half written', async () => {
    const folder = dir();
    const out = join(folder, 'out.csv');
    const badUser = intuneCsv(join(folder, 'bad.csv'), 0, `${serial(7)},,QUJD,,not-a-upn\r\n`);
    const r = await runCli(['autopilot', 'csv', '--out', out, '--in', badUser]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`device ${serial(7)}`);
    const tag = await runCli(['autopilot', 'csv', '--out', out, '--in', badUser, '--group-tag', 'a,b']);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toContain('--group-tag');
    expect((await runCli(['autopilot', 'csv', '--in', badUser])).code).toBe(2);
    expect((await runCli(['autopilot', 'csv', '--out', out, '--in', join(folder, 'missing.zip')])).code).toBe(2);
    const notZip = join(folder, 'broken.zip');
    writeFileSync(notZip, 'PK\u0003\u0004 broken');
    expect((await runCli(['autopilot', 'csv', '--out', out, '--in', notZip])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
