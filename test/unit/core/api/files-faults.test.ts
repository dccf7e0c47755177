import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PullJobResult } from '../../../../src-main/shared/contract/files.ts';
import { tempDir, waitFor } from '../../../support/station.ts';
import { api, finished, listDir, openSimStation, PHOTO, type TestStation } from './files-support.ts';

let station: TestStation | null = null;
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  await station?.dispose();
  station = null;
  dirs.splice(0).forEach((d) => d.remove());
});
const localFile = (name: string, size: number) => {
  const d = tempDir();
  dirs.push(d);
  const path = join(d.path, name);
  writeFileSync(path, randomBytes(size));
  return path;
};
/** A link slow enough to act in the middle of a copy (2 MB/s). */
const SLOW = { simFunctions: { link: { latencyMs: 0.25, bytesPerSecond: 2e6 } } };
const pulledDir = (s: TestStation) => join(s.config.dataDir, 'pulled', 'SIMHL20001');
const moving = (s: TestStation, jobId: string) =>
  waitFor(() => (s.jobs.get(jobId)?.bytes ?? 0) > 0, 5000, 'bytes to move');

describe('files API when things go wrong', () => {
  it('a canceled pull ends "canceled" and leaves nothing on this PC', async () => {
    const s = await openSimStation('hl2', SLOW);
    station = s.station;
    s.tree.addPatternFile('Videos/walkthrough.mp4', 6_000_000);
    const a = api(station);
    const job = await a.call('pullFile', {
      deviceId: s.deviceId,
      remotePath: 'Internal Storage/Videos/walkthrough.mp4',
    });
    await moving(station, job.id);
    expect(await a.call('cancelJob', { jobId: job.id })).toEqual({ canceled: true });
    const end = await finished(station, job.id);
    expect(end).toMatchObject({ state: 'canceled', error: null, result: null });
    expect(end.message).toBe('Canceled. Nothing was left half-done.');
    expect(listDir(pulledDir(station))).toEqual([]);
    // The session is usable at once afterwards.
    const listed = await a.call('listFolder', { deviceId: s.deviceId, path: 'Internal Storage/Videos' });
    expect(listed.entries.map((e) => e.name)).toEqual(['walkthrough.mp4']);
    const kinds = (await a.call('deviceHistory', { deviceId: s.deviceId })).map((e) => e.kind);
    expect(kinds).toContain('file-copy-canceled');
  });

  it('a canceled push leaves nothing on the device', async () => {
    const s = await openSimStation('hl2', SLOW);
    station = s.station;
    const a = api(station);
    const local = localFile('big.bin', 5_000_000);
    const job = await a.call('pushFile', {
      deviceId: s.deviceId,
      localPath: local,
      remoteFolder: 'Internal Storage/Documents',
    });
    await moving(station, job.id);
    await a.call('cancelJob', { jobId: job.id });
    expect((await finished(station, job.id)).state).toBe('canceled');
    expect(s.tree.exists('Documents/big.bin')).toBe(false);
  });

  it('an unplug mid-pull fails with a plain message and leaves no partial file on this PC', async () => {
    const s = await openSimStation('hl2:unplug-mid-transfer');
    station = s.station;
    const job = await api(station).call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO });
    const end = await finished(station, job.id);
    expect(end.state).toBe('failed');
    expect(end.error).toMatchObject({ code: 'copy-unplugged', title: 'The device was unplugged', disconnected: true });
    expect(end.message).toMatch(
      /The device was unplugged\. The copy of "WIN_20260301_101500_HoloLens.jpg" stopped part-way\. Nothing was saved on this PC/,
    );
    expect(end.message).not.toMatch(/at .*\.ts|Error:/);
    expect(listDir(pulledDir(station))).toEqual([]);
  });

  it('a cable pulled mid-push: the job fails, the part left on the device goes once it is back', async () => {
    const s = await openSimStation('hl2', SLOW);
    station = s.station;
    const a = api(station);
    const local = localFile('package.ppkg', 4_000_000);
    const job = await a.call('pushFile', {
      deviceId: s.deviceId,
      localPath: local,
      remoteFolder: 'Internal Storage/Documents',
    });
    await moving(station, job.id);
    s.sim.unplug();
    const end = await finished(station, job.id);
    expect(end.error).toMatchObject({ code: 'copy-unplugged', disconnected: true });
    expect(end.message).toMatch(/removed when the device is back/);
    expect(s.tree.exists('Documents/package.ppkg')).toBe(true); // a picky device keeps what arrived
    expect(await a.fails('listFolder', { deviceId: s.deviceId, path: 'Internal Storage' })).toMatchObject({
      code: 'device-not-found',
      disconnected: true,
    });

    s.sim.plug();
    await waitFor(() => station!.registry.get(s.deviceId)?.view.storageState === 'available', 5000, 'storage back');
    const docs = await a.call('listFolder', { deviceId: s.deviceId, path: 'Internal Storage/Documents' });
    expect(docs.entries.map((e) => e.name)).not.toContain('package.ppkg');
    expect(s.tree.exists('Documents/package.ppkg')).toBe(false);
    const kinds = (await a.call('deviceHistory', { deviceId: s.deviceId })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['file-copy-failed', 'partial-copy-removed', 'detached']));
  });

  it('a busy device is waited for and the copy completes', async () => {
    const s = await openSimStation('hl2:busy');
    station = s.station;
    const a = api(station);
    const end = await finished(station, (await a.call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO })).id);
    expect(end.state).toBe('done');
    expect(PullJobResult.parse(end.result).bytes).toBe(1_250_000);
  });

  it('a full device: the push fails as "device full" and nothing is left', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    s.tree.addPatternFile('Videos/filler.bin', s.tree.freeBytes - 100_000);
    const a = api(station);
    const job = await a.call('pushFile', {
      deviceId: s.deviceId,
      localPath: localFile('too-big.bin', 500_000),
      remoteFolder: 'Internal Storage/Documents',
    });
    const end = await finished(station, job.id);
    expect(end.error).toMatchObject({ code: 'copy-device-full', title: 'The device is full' });
    expect(end.message).toMatch(/"too-big.bin" does not fit on the device/);
    expect(s.tree.exists('Documents/too-big.bin')).toBe(false);
  });

  it('a locked device answers "no storage yet" with what to do, and lists again once unlocked', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    s.sim.act('lock');
    await waitFor(() => station!.registry.get(s.deviceId)?.view.storageState === 'no-storage-yet', 5000, 'lock');
    const e = await a.fails('listFolder', { deviceId: s.deviceId, path: '' });
    expect(e).toMatchObject({ code: 'no-storage-yet' });
    expect(e.message).toMatch(/Volume Down \+ Power/);
    s.sim.act('unlock');
    await waitFor(() => station!.registry.get(s.deviceId)?.view.storageState === 'available', 5000, 'unlock');
    expect((await a.call('listFolder', { deviceId: s.deviceId, path: '' })).entries).toHaveLength(1);
  });

  it('a flashing-mode device says it offers no files', async () => {
    const s = await openSimStation('hl2-flashing');
    station = s.station;
    const e = await api(station).fails('listFolder', { deviceId: s.deviceId, path: '' });
    expect(e).toMatchObject({ code: 'no-file-transfer' });
    expect(e.message).toMatch(/flashing mode/);
  });
});
