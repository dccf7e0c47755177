import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  MtpError,
  badPathError,
  canceledError,
  localFileError,
  noStorageError,
  notFoundError,
  verifyFailedError,
} from '../mtp/errors.ts';
import { splitRemotePath } from '../mtp/path.ts';
import type {
  DeviceStorage,
  PullResult,
  PushOptions,
  PushResult,
  StorageChange,
  StorageEntry,
  StorageSummary,
  TransferOptions,
  WaitOptions,
} from '../mtp/storage-port.ts';
import { waitForEntry } from '../mtp/wait.ts';
import type { WpdHelperClient } from './helper-client.ts';
import { translate, type WpdMoment } from './wpd-errors.ts';
import type { WpdDeviceInfo, WpdObject, WpdStorage as WpdStorageInfo } from './protocol.ts';
import { say } from '../language.ts';

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** What a DeviceStorage opened through WPD also tells about its device, as MtpStorage does. */
export interface WpdOpened {
  deviceInfo: { manufacturer: string; model: string; deviceVersion: string; serialNumber: string };
  battery(): Promise<number | null>;
}

interface Located {
  entry: StorageEntry;
  objectId: string;
  storageObjectId: string;
}

/**
 * DeviceStorage over Windows Portable Devices, through the helper process. Paths, results and errors are the same
 * as MtpStorage's, so the file browser, package apply and Autopilot harvest never know which one they use.
 * WPD names objects by string ids; callers get small numbers for them, stable while this storage is open.
 */
export class WpdDeviceStorage implements DeviceStorage, WpdOpened {
  readonly deviceInfo: WpdOpened['deviceInfo'];
  private readonly client: WpdHelperClient;
  private readonly device: string;
  private batteryPercent: number | null;
  private readonly numbers = new Map<string, number>();
  private readonly paths = new Map<string, string>();
  private closed = false;

  private constructor(client: WpdHelperClient, device: string, info: WpdDeviceInfo) {
    this.client = client;
    this.device = device;
    this.batteryPercent = info.batteryPercent;
    this.deviceInfo = {
      manufacturer: info.manufacturer,
      model: info.model,
      deviceVersion: info.firmware,
      serialNumber: info.serialNumber,
    };
  }

  static async open(client: WpdHelperClient, wpdId: string): Promise<WpdDeviceStorage> {
    const info = await client.request('open', { device: wpdId }).catch((e: unknown) => {
      throw translate(e, 'opening');
    });
    const storage = new WpdDeviceStorage(client, wpdId, info);
    await client.request('watch', { device: wpdId }).catch(() => undefined);
    return storage;
  }

  async battery(): Promise<number | null> {
    const info = await this.call('open', { device: this.device }, 'battery');
    this.batteryPercent = info.batteryPercent;
    return this.batteryPercent;
  }

  async storages(): Promise<StorageSummary[]> {
    const found = await this.call('storages', { device: this.device }, 'storage');
    return found.map((s) => this.summary(s));
  }

  async list(path: string): Promise<StorageEntry[]> {
    if (splitRemotePath(path).length === 0) return (await this.storages()).map(storageEntry);
    const at = await this.locate(path);
    if (at.entry.kind === 'file') throw badPathError(path, 'it is a file, not a folder');
    const found = await this.children(at.objectId);
    return found.map((o) => this.entry(at.entry.path, o));
  }

  async stat(path: string): Promise<StorageEntry | null> {
    try {
      return (await this.locate(path)).entry;
    } catch (error) {
      if (error instanceof MtpError && error.code === 'mtp-not-found') return null;
      throw error;
    }
  }

  async pull(remotePath: string, localFile: string, options: TransferOptions = {}): Promise<PullResult> {
    const at = await this.locate(remotePath);
    if (at.entry.kind !== 'file') throw badPathError(remotePath, 'it is a folder or a storage, not a file');
    const finalPath = resolve(localFile);
    const temp = join(dirname(finalPath), `.${basename(finalPath)}.${randomBytes(4).toString('hex')}.partial`);
    try {
      await this.transfer('pull', { device: this.device, objectId: at.objectId, localPath: temp }, options, 'receive');
      const { bytes, sha256 } = await hashFile(temp);
      await rename(temp, finalPath).catch((error: unknown) => {
        throw localFileError(finalPath, error);
      });
      return { ok: true, bytes, sha256, localPath: finalPath };
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async push(localFile: string, remoteFolder: string, options: PushOptions = {}): Promise<PushResult> {
    const localPath = resolve(localFile);
    const info = await stat(localPath).catch((error: unknown) => {
      throw localFileError(localPath, error);
    });
    if (!info.isFile()) throw localFileError(localPath, Object.assign(new Error('folder'), { code: 'EISDIR' }));
    const name = options.name ?? basename(localPath);
    const folder = await this.locate(remoteFolder);
    if (folder.entry.kind === 'file') throw badPathError(remoteFolder, say('transfer:why.fileNotFolder'));
    const existing = (await this.children(folder.objectId)).find((o) => same(o.name, name));
    if (existing && (options.ifExists ?? 'replace') === 'fail') {
      throw new MtpError(
        'mtp-exists',
        say('transfer:mtp-exists.title'),
        say('transfer:mtp-exists.message', { path: `${folder.entry.path}/${name}` }),
      );
    }
    if (existing) await this.call('delete', { device: this.device, objectId: existing.objectId }, 'replacing');
    const storage = (await this.storages()).find((s) => s.id === this.numberOf(folder.storageObjectId));
    if (storage && storage.freeBytes < info.size) throw noRoom(info.size, storage.freeBytes);
    const sent = await hashFile(localPath);
    const remotePath = `${folder.entry.path}/${name}`;
    const { objectId } = await this.transfer(
      'push',
      { device: this.device, parentId: folder.objectId, name, localPath, size: info.size },
      options,
      'send',
    );
    this.paths.set(objectId, remotePath);
    const verified = options.verify ?? true;
    if (verified) await this.verify(objectId, localPath, sent.sha256, info.size, options);
    return { ok: true, bytes: info.size, sha256: sent.sha256, handle: this.numberOf(objectId), remotePath, verified };
  }

  async delete(path: string): Promise<void> {
    const at = await this.locate(path);
    if (at.entry.kind === 'storage') throw badPathError(path, 'a whole storage cannot be deleted');
    await this.call('delete', { device: this.device, objectId: at.objectId }, 'deleting');
  }

  watch(listener: (change: StorageChange) => void): () => void {
    const offEvent = this.client.events.on('event', (e) => {
      if (e.event === 'progress' || e.device !== this.device) return;
      if (e.event === 'device-removed') return listener({ kind: 'disconnected' });
      const id = this.numberOf(e.objectId);
      if (e.event === 'object-removed')
        return listener({ kind: 'removed', id, path: this.paths.get(e.objectId) ?? null });
      const parent = e.parentId ? this.paths.get(e.parentId) : undefined;
      const path = parent !== undefined && e.name ? `${parent}/${e.name}` : null;
      if (path) this.paths.set(e.objectId, path);
      listener({ kind: 'added', id, name: e.name, path });
    });
    const offExit = this.client.events.on('exit', () => listener({ kind: 'disconnected' }));
    return () => {
      offEvent();
      offExit();
    };
  }

  waitFor(path: string, options: WaitOptions): Promise<StorageEntry> {
    return waitForEntry(this, path, options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.request('close', { device: this.device }).catch(() => undefined);
  }

  private async verify(
    objectId: string,
    localPath: string,
    expected: string,
    size: number,
    options: TransferOptions,
  ): Promise<void> {
    const temp = join(dirname(localPath), `.${basename(localPath)}.${randomBytes(4).toString('hex')}.readback`);
    try {
      await this.transfer('pull', { device: this.device, objectId, localPath: temp }, options, 'verify', size);
      const back = await hashFile(temp);
      if (back.sha256 !== expected || back.bytes !== size) {
        await this.call('delete', { device: this.device, objectId }, 'removing').catch(() => undefined);
        throw verifyFailedError(expected, back.sha256);
      }
    } catch (error) {
      if (error instanceof MtpError && error.canceled) {
        await this.call('delete', { device: this.device, objectId }, 'canceling').catch(() => undefined);
      }
      throw error;
    } finally {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** A pull or push: progress from the helper, cancel by id, no request timeout (large files take their time). */
  private async transfer<O extends 'pull' | 'push'>(
    op: O,
    args: O extends 'pull'
      ? { device: string; objectId: string; localPath: string }
      : { device: string; parentId: string; name: string; localPath: string; size: number },
    options: TransferOptions,
    phase: 'receive' | 'send' | 'verify',
    knownTotal: number | null = null,
  ) {
    if (options.signal?.aborted) throw canceledError();
    const id = this.client.peekNextId();
    const onAbort = () => void this.client.request('cancel', { target: id }).catch(() => undefined);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const request = this.client.request(op, args as never, {
        untimed: true,
        onProgress: (bytes, total) => options.onProgress?.({ phase, bytes, total: total ?? knownTotal }),
      });
      return (await request.catch((e: unknown) => {
        throw translate(e, op === 'pull' ? 'copyFrom' : 'copyTo');
      })) as O extends 'pull' ? { bytes: number } : { objectId: string };
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async call<O extends 'open' | 'storages' | 'children' | 'delete'>(
    op: O,
    args: Parameters<WpdHelperClient['request']>[1] & { device: string },
    during: WpdMoment,
  ) {
    return this.client.request(op, args as never).catch((e: unknown) => {
      throw translate(e, during);
    });
  }

  private async children(objectId: string): Promise<WpdObject[]> {
    return this.call('children', { device: this.device, objectId }, 'folder');
  }

  /** Walks the path from its storage down, one folder listing per step. */
  private async locate(path: string): Promise<Located> {
    const parts = splitRemotePath(path);
    if (parts.length === 0) throw badPathError(path, 'give a storage and a path in it');
    const storages = await this.call('storages', { device: this.device }, 'storage');
    if (storages.length === 0) throw noStorageError();
    const storage = storages.find((s) => same(s.description, parts[0]!) || same(s.volume, parts[0]!));
    if (!storage) throw notFoundError(path);
    let at: Located = {
      entry: storageEntry(this.summary(storage)),
      objectId: storage.objectId,
      storageObjectId: storage.objectId,
    };
    for (const part of parts.slice(1)) {
      if (at.entry.kind === 'file') throw notFoundError(path);
      const child = (await this.children(at.objectId)).find((o) => same(o.name, part));
      if (!child) throw notFoundError(path);
      at = { entry: this.entry(at.entry.path, child), objectId: child.objectId, storageObjectId: at.storageObjectId };
    }
    return at;
  }

  private summary(s: WpdStorageInfo): StorageSummary {
    this.paths.set(s.objectId, s.description);
    return {
      id: this.numberOf(s.objectId),
      description: s.description || s.volume,
      volume: s.volume,
      capacityBytes: s.capacityBytes,
      freeBytes: s.freeBytes,
      readOnly: s.readOnly,
    };
  }

  private entry(parentPath: string, o: WpdObject): StorageEntry {
    const path = `${parentPath}/${o.name}`;
    this.paths.set(o.objectId, path);
    return {
      name: o.name,
      path,
      kind: o.kind,
      size: o.kind === 'folder' ? null : o.size,
      modified: o.modified,
      id: this.numberOf(o.objectId),
    };
  }

  private numberOf(objectId: string): number {
    let n = this.numbers.get(objectId);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(objectId, n);
    }
    return n;
  }
}

function storageEntry(s: StorageSummary): StorageEntry {
  return { name: s.description, path: s.description, kind: 'storage', size: s.capacityBytes, modified: null, id: s.id };
}

async function hashFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      bytes += (chunk as Buffer).length;
      hash.update(chunk as Buffer);
    }
  } catch (error) {
    throw localFileError(path, error);
  }
  return { bytes, sha256: hash.digest('hex') };
}

function noRoom(needed: number, free: number): MtpError {
  return new MtpError('mtp-store-full', say('transfer:mtp-store-full.title'), say('transfer:noRoom', { needed, free }));
}
