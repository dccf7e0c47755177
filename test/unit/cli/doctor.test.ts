import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DoctorReport } from '../../../src-main/shared/contract/doctor.ts';
import { runCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('holobench doctor', () => {
  it('exit 0 when the station can do everything with every device; the JSON has the contract shape', async () => {
    const r = await runCli(['doctor', '--json', '--simulate', 'hl2,wmr-sensors', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(0);
    const report = DoctorReport.parse(JSON.parse(r.stdout));
    expect(report.problems).toEqual([]);
    expect(report.usb).toMatchObject({ available: false, watched: false });
    const [hl2, wmr] = report.devices;
    expect(hl2).toMatchObject({ model: 'hololens2', mode: 'normal', storage: { access: 'sim', reason: null } });
    expect(hl2!.mtpDeviceInfo?.model).toBe('HoloLens 2');
    expect(hl2!.descriptors.interfaces[0]).toMatch(/class 06\/01\/01 "MTP"/);
    expect(wmr).toMatchObject({ kind: 'not-hololens', storage: { access: 'none' } });
  });

  it('exit 1 with one problem and its fix for storage another program owns', async () => {
    const r = await runCli(['doctor', '--json', '--simulate', 'hl2:storage-owned', '--no-usb', '--data-dir', dir()]);
    expect(r.code).toBe(1);
    const report = DoctorReport.parse(JSON.parse(r.stdout));
    expect(report.devices[0]!.storage).toMatchObject({ access: 'none', state: 'unreachable' });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ deviceId: report.devices[0]!.id, code: 'storage-unreachable' });
    expect(report.problems[0]!.fix).toMatch(/USB drive/);
  });

  it('--out writes a zip with the JSON and the text, and no secrets', async () => {
    const data = dir();
    const out = join(dir(), 'report.zip');
    const r = await runCli(['doctor', '--out', out, '--simulate', 'hl2-oobe', '--no-usb', '--data-dir', data]);
    expect(r.code).toBe(1); // at the setup page the storage is hidden: that needs the technician
    expect(r.stdout).toMatch(/shows no storage yet/);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['report.json', 'report.txt']);
    const json = strFromU8(files['report.json']!);
    DoctorReport.parse(JSON.parse(json));
    expect(json).not.toMatch(/token|secret|password|client_?id|tenant/i);
  });

  it('a bad flag is exit 2 with one line', async () => {
    const r = await runCli(['doctor', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
