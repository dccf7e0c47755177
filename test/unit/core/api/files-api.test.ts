import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PullJobResult, PushJobResult } from '../../../../src-main/shared/contract/files.ts';
import { tempDir } from '../../../support/station.ts';
import { api, fileHash, finished, listDir, openSimStation, PHOTO, sha256, type TestStation } from './files-support.ts';

let station: TestStation | null = null;
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  await station?.dispose();
  station = null;
  dirs.splice(0).forEach((d) => d.remove());
});
const scratch = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};

describe('files API against a simulated HoloLens 2', () => {
  it('lists the storages, then a folder with folders first, sizes and dates', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    const roots = await a.call('listFolder', { deviceId: s.deviceId, path: '' });
    expect(roots.entries.map((e) => [e.name, e.kind])).toEqual([['Internal Storage', 'storage']]);
    s.tree.addFile('Documents/a-note.txt', 'x');
    const docs = await a.call('listFolder', { deviceId: s.deviceId, path: '\\Internal Storage\\Documents\\' });
    expect(docs.path).toBe('Internal Storage/Documents');
    expect(docs.entries.map((e) => e.name)).toEqual(['a-note.txt', 'Bench notes.txt']);
    const top = await a.call('listFolder', { deviceId: s.deviceId, path: 'Internal Storage' });
    expect(top.entries.every((e) => e.kind === 'folder')).toBe(true);
    const roll = await a.call('listFolder', { deviceId: s.deviceId, path: 'Internal Storage/Pictures/Camera Roll' });
    expect(roll.entries[0]).toMatchObject({ kind: 'file', size: 1_250_000, path: PHOTO });
    expect(roll.entries[0]!.modified).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('pulls a file into the pulled folder of its serial, checked, and never over an existing file', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    const job = await a.call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO });
    expect(job).toMatchObject({ kind: 'files.pull', state: 'running', deviceId: s.deviceId });
    const done = await finished(station, job.id);
    expect(done.state).toBe('done');
    const result = PullJobResult.parse(done.result);
    expect(result.localPath).toBe(
      join(station.config.dataDir, 'pulled', 'SIMHL20001', 'WIN_20260301_101500_HoloLens.jpg'),
    );
    expect(fileHash(result.localPath)).toEqual({ bytes: 1_250_000, sha256: result.sha256 });
    expect(result).toMatchObject({ bytes: 1_250_000, verified: true, remotePath: PHOTO });
    expect(done.message).toMatch(/Copied .* to this PC and checked it/);

    const again = PullJobResult.parse(
      (await finished(station, (await a.call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO })).id)).result,
    );
    expect(again.localPath).toMatch(/WIN_20260301_101500_HoloLens \(2\)\.jpg$/);
    expect(again.sha256).toBe(result.sha256);
    const history = await a.call('deviceHistory', { deviceId: s.deviceId });
    expect(history.filter((e) => e.kind === 'file-pulled')).toHaveLength(2);
  });

  it('two pulls of one file at once get two names', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    const [j1, j2] = await Promise.all([
      a.call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO }),
      a.call('pullFile', { deviceId: s.deviceId, remotePath: PHOTO }),
    ]);
    const [r1, r2] = [await finished(station, j1.id), await finished(station, j2.id)].map((j) =>
      PullJobResult.parse(j.result),
    );
    expect(r1!.localPath).not.toBe(r2!.localPath);
    expect(listDir(join(station.config.dataDir, 'pulled', 'SIMHL20001'))).toHaveLength(2);
  });

  it('pushes a file, verified by reading it back; the same name again needs "replace"', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    const local = join(scratch(), 'bench report.txt');
    const bytes = randomBytes(300_000);
    writeFileSync(local, bytes);
    const job = await a.call('pushFile', {
      deviceId: s.deviceId,
      localPath: local,
      remoteFolder: 'Internal Storage/Documents',
    });
    const done = await finished(station, job.id);
    expect(done.state).toBe('done');
    const r = PushJobResult.parse(done.result);
    expect(r).toMatchObject({
      bytes: 300_000,
      verified: true,
      remotePath: 'Internal Storage/Documents/bench report.txt',
    });
    expect(r.sha256).toBe(sha256(bytes));
    expect(sha256(s.tree.readFile('Documents/bench report.txt'))).toBe(r.sha256);
    const listed = await a.call('listFolder', { deviceId: s.deviceId, path: 'Internal Storage/Documents' });
    expect(listed.entries.map((e) => e.name)).toContain('bench report.txt');

    const refused = await a.fails('pushFile', {
      deviceId: s.deviceId,
      localPath: local,
      remoteFolder: 'Internal Storage/Documents',
    });
    expect(refused).toMatchObject({ code: 'file-exists', title: 'Already on the device' });
    writeFileSync(local, 'shorter now');
    const replaced = await finished(
      station,
      (
        await a.call('pushFile', {
          deviceId: s.deviceId,
          localPath: local,
          remoteFolder: 'Internal Storage/Documents',
          replace: true,
        })
      ).id,
    );
    expect(replaced.state).toBe('done');
    expect(s.tree.readFile('Documents/bench report.txt').toString()).toBe('shorter now');
    const kinds = (await a.call('deviceHistory', { deviceId: s.deviceId })).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'file-pushed')).toHaveLength(2);
  });

  it('refuses plainly: a missing local file, a missing folder, a folder to pull, a folder to delete', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    const id = s.deviceId;
    expect(
      await a.fails('pushFile', {
        deviceId: id,
        localPath: join(scratch(), 'nope.txt'),
        remoteFolder: 'Internal Storage',
      }),
    ).toMatchObject({ code: 'local-file-missing' });
    const local = join(scratch(), 'x.txt');
    writeFileSync(local, 'x');
    expect(
      await a.fails('pushFile', { deviceId: id, localPath: local, remoteFolder: 'Internal Storage/Nowhere' }),
    ).toMatchObject({ code: 'folder-not-found' });
    expect(await a.fails('pullFile', { deviceId: id, remotePath: 'Internal Storage/Documents' })).toMatchObject({
      code: 'not-a-file',
    });
    expect(
      await a.fails('pullFile', { deviceId: id, remotePath: 'Internal Storage/Documents/gone.txt' }),
    ).toMatchObject({ code: 'file-not-found' });
    expect(await a.fails('deleteFile', { deviceId: id, path: 'Internal Storage/Pictures' })).toMatchObject({
      code: 'not-a-file',
    });
    expect(await a.fails('listFolder', { deviceId: 'sim-nowhere', path: '' })).toMatchObject({
      code: 'device-not-found',
      disconnected: true,
    });
    expect(await a.raw('pullFile', { deviceId: id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await a.raw('listFolder', { deviceId: id, path: 'x'.repeat(2000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('deletes a file and records it in the history', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const a = api(station);
    expect(
      await a.call('deleteFile', { deviceId: s.deviceId, path: 'internal storage/documents/bench notes.txt' }),
    ).toEqual({ deleted: 'Internal Storage/Documents/Bench notes.txt' });
    expect(s.tree.exists('Documents/Bench notes.txt')).toBe(false);
    const history = await a.call('deviceHistory', { deviceId: s.deviceId });
    expect(history[0]).toMatchObject({
      kind: 'file-deleted',
      detail: { path: 'Internal Storage/Documents/Bench notes.txt' },
    });
  });

  it('a file uploaded from a browser is removed from the uploads folder after its copy', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    const folder = join(station.transferDirs().uploadDir, 'upload-1');
    mkdirSync(folder);
    const local = join(folder, 'from-browser.txt');
    writeFileSync(local, 'hello');
    const job = await api(station).call('pushFile', {
      deviceId: s.deviceId,
      localPath: local,
      remoteFolder: 'Internal Storage/Documents',
    });
    expect((await finished(station, job.id)).state).toBe('done');
    expect(existsSync(folder)).toBe(false);
  });

  it('refreshDevice reads the device again and answers with its card', async () => {
    const s = await openSimStation('hl2');
    station = s.station;
    s.sim.setBattery(41);
    const view = await api(station).call('refreshDevice', { deviceId: s.deviceId });
    expect(view).toMatchObject({ id: s.deviceId, batteryPercent: 41, storageState: 'available' });
  });
});
