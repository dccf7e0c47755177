import { open, type FileHandle } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DEVICE_PROP, ROOT_PARENT } from './codes.ts';
import { MtpError, badPathError, localFileError } from './errors.ts';
import type { MtpEvent } from './events.ts';
import {
  children,
  entryFor,
  findChild,
  listStorages,
  pathOfHandle,
  resolveExisting,
  resolvePath,
  splitRemotePath,
  storageEntry,
} from './path.ts';
import type { BulkPipe } from './pipe.ts';
import { MtpSession, type MtpSessionOptions } from './session.ts';
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
} from './storage-port.ts';
import { pullFile, pushFile } from './transfer.ts';
import { waitForEntry } from './wait.ts';
import { say } from '../language.ts';

/** MTP has no way to describe a file of 4 GB or more in SendObjectInfo (that needs SendObjectPropList). */
const MAX_PUSH_BYTES = 0xffffffff - 1;

/** DeviceStorage over an MTP session: path resolution, streamed pull/push with verification, and events. */
export class MtpStorage implements DeviceStorage {
  readonly session: MtpSession;
  /** Handles seen by list/stat/events, so a removal (which carries only a handle) can still name its path. */
  private readonly known = new Map<number, string>();

  constructor(session: MtpSession) {
    this.session = session;
  }

  static async open(pipe: BulkPipe, options: MtpSessionOptions = {}): Promise<MtpStorage> {
    return new MtpStorage(await MtpSession.open(pipe, options));
  }

  get deviceInfo() {
    return this.session.deviceInfo;
  }

  battery(): Promise<number | null> {
    return this.run(() => this.session.getBatteryLevel());
  }

  /** After a timeout or a malformed reply the session is reset once before the next request. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.session.state === 'broken') await this.session.recover();
    return work();
  }

  storages(): Promise<StorageSummary[]> {
    return this.run(() => this.session.transaction(listStorages));
  }

  list(path: string): Promise<StorageEntry[]> {
    return this.run(() =>
      this.session.transaction(async (ops) => {
        if (splitRemotePath(path).length === 0) return (await listStorages(ops)).map(storageEntry);
        const at = await resolveExisting(ops, path);
        if (at.info && at.entry.kind !== 'folder') throw badPathError(path, say('transfer:why.fileNotFolder'));
        const found = await children(ops, at.storage.id, at.handle);
        return found.map(({ handle, info }) => this.remember(entryFor(at.entry.path, handle, info)));
      }),
    );
  }

  stat(path: string): Promise<StorageEntry | null> {
    return this.run(() =>
      this.session.transaction(async (ops) => {
        const at = await resolvePath(ops, path);
        return at ? this.remember(at.entry) : null;
      }),
    );
  }

  pull(remotePath: string, localFile: string, options: TransferOptions = {}): Promise<PullResult> {
    return this.run(async () => {
      const file = await this.session.transaction(async (ops) => {
        const at = await resolveExisting(ops, remotePath);
        if (!at.info || at.handle === null || at.entry.kind !== 'file') {
          throw badPathError(remotePath, say('transfer:why.notAFile'));
        }
        return { handle: at.handle, size: await ops.getObjectSize(at.handle, at.info) };
      });
      return pullFile(this.session, file, localFile, options);
    });
  }

  push(localFile: string, remoteFolder: string, options: PushOptions = {}): Promise<PushResult> {
    return this.run(async () => {
      const localPath = resolve(localFile);
      let fh: FileHandle;
      try {
        fh = await open(localPath, 'r');
      } catch (error) {
        throw localFileError(localPath, error);
      }
      try {
        const stats = await fh.stat();
        if (!stats.isFile()) throw localFileError(localPath, Object.assign(new Error('folder'), { code: 'EISDIR' }));
        if (stats.size > MAX_PUSH_BYTES) throw tooLarge(localPath);
        const name = options.name ?? basename(localPath);
        const target = await this.session.transaction(async (ops) => {
          const at = await resolveExisting(ops, remoteFolder);
          if (at.info && at.entry.kind !== 'folder')
            throw badPathError(remoteFolder, say('transfer:why.fileNotFolder'));
          const existing = await findChild(ops, at.storage.id, at.handle, name);
          if (existing && (options.ifExists ?? 'replace') === 'fail') throw exists(`${at.entry.path}/${name}`);
          if (existing) await ops.deleteObject(existing.handle);
          const free = (await ops.getStorageInfo(at.storage.id)).freeSpaceInBytes;
          if (free < stats.size) throw noRoom(stats.size, free);
          return {
            storageId: at.storage.id,
            parent: at.handle ?? ROOT_PARENT,
            name,
            remotePath: `${at.entry.path}/${name}`,
          };
        });
        return await pushFile(this.session, target, fh, localPath, stats.size, { ...options, modified: stats.mtime });
      } finally {
        await fh.close().catch(() => undefined);
      }
    });
  }

  delete(path: string): Promise<void> {
    return this.run(() =>
      this.session.transaction(async (ops) => {
        const at = await resolveExisting(ops, path);
        if (at.handle === null) throw badPathError(path, say('transfer:why.wholeStorage'));
        await ops.deleteObject(at.handle);
        this.known.delete(at.handle);
      }),
    );
  }

  watch(listener: (change: StorageChange) => void): () => void {
    const offEvent = this.session.on('event', (event) => {
      // A listener that throws must not become an unhandled rejection.
      this.translate(event)
        .then((change) => change && listener(change))
        .catch(() => undefined);
    });
    const offGone = this.session.on('disconnected', () => listener({ kind: 'disconnected' }));
    return () => {
      offEvent();
      offGone();
    };
  }

  waitFor(path: string, options: WaitOptions): Promise<StorageEntry> {
    return waitForEntry(this, path, options);
  }

  close(): Promise<void> {
    return this.session.close();
  }

  private remember(entry: StorageEntry): StorageEntry {
    if (entry.kind !== 'storage') this.known.set(entry.id, entry.path);
    return entry;
  }

  private async translate(event: MtpEvent): Promise<StorageChange | null> {
    switch (event.type) {
      case 'object-added': {
        try {
          const found = await this.session.transaction(async (ops) => {
            const info = await ops.getObjectInfo(event.handle);
            return { info, path: await pathOfHandle(ops, event.handle, info) };
          });
          this.known.set(event.handle, found.path);
          return { kind: 'added', id: event.handle, name: found.info.filename, path: found.path };
        } catch {
          return { kind: 'added', id: event.handle, name: null, path: null };
        }
      }
      case 'object-removed': {
        const path = this.known.get(event.handle) ?? null;
        this.known.delete(event.handle);
        return { kind: 'removed', id: event.handle, path };
      }
      case 'object-info-changed':
        return { kind: 'changed', id: event.handle };
      case 'store-added':
        return { kind: 'storage-added', storageId: event.storageId };
      case 'store-removed':
        return { kind: 'storage-removed', storageId: event.storageId };
      case 'device-prop-changed':
        return event.property === DEVICE_PROP.BatteryLevel ? { kind: 'battery' } : null;
      default:
        return null;
    }
  }
}

function tooLarge(path: string): MtpError {
  return new MtpError(
    'mtp-file-too-large',
    say('transfer:mtp-file-too-large.title'),
    say('transfer:mtp-file-too-large.message', { path }),
  );
}

function exists(path: string): MtpError {
  return new MtpError('mtp-exists', say('transfer:mtp-exists.title'), say('transfer:mtp-exists.message', { path }));
}

function noRoom(needed: number, free: number): MtpError {
  return new MtpError('mtp-store-full', say('transfer:mtp-store-full.title'), say('transfer:noRoom', { needed, free }));
}
