import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { FileEntryView } from '../../shared/contract/files.ts';
import { FILE_JOB_KINDS } from '../../shared/contract/files.ts';
import { StationError, toErrorInfo } from '../../shared/errors.ts';
import type { LiveDevice } from '../devices/registry.ts';
import { explainCopyError, type CopyDirection } from '../files/copy-errors.ts';
import { reserveFreePath, safeLocalName } from '../files/local-names.ts';
import { PartialCopies } from '../files/partial-copies.ts';
import type { StorageEntry } from '../mtp/storage-port.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';
import { say } from '../language.ts';

type FileCalls = 'listFolder' | 'pullFile' | 'pushFile' | 'deleteFile' | 'refreshDevice';

/** "Internal Storage\\Documents/" -> "Internal Storage/Documents". */
export function normalizeRemotePath(path: string): string {
  return path
    .split(/[/\\]+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('/');
}

/** Folders (and storages) first, then files, each by name as a person sorts them (2 before 10). */
export function sortEntries(entries: readonly StorageEntry[]): FileEntryView[] {
  const rank = (e: StorageEntry) => (e.kind === 'file' ? 1 : 0);
  return [...entries]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' }))
    .map(({ name, path, kind, size, modified }) => ({ name, path, kind, size, modified }));
}

async function hashLocalFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

function noStorageYet(): StationError {
  return new StationError(
    'no-storage-yet',
    say('station:files.noStorageYet.title'),
    say('station:files.noStorageYet.message'),
  );
}

export function fileHandlers(station: Station): HandlerGroup<FileCalls> {
  /** Local paths promised to pulls in progress, so two copies of one file never pick the same name. */
  const reserved = new Set<string>();
  const partials = new PartialCopies();

  const present = (deviceId: string): LiveDevice => {
    const d = station.registry.get(deviceId);
    if (!d || !d.view.present) {
      throw new StationError(
        'device-not-found',
        say('station:files.notPresent.title'),
        say('station:files.notPresent.message'),
        { disconnected: true },
      );
    }
    return d;
  };
  const gone = (deviceId: string) => station.registry.get(deviceId)?.view.present !== true;
  const open = async (deviceId: string, sweep = false) => {
    const live = present(deviceId);
    const storage = await station.connections.storage(deviceId);
    if (sweep) {
      for (const path of await partials.sweep(live.ledgerKey, storage)) record(live, 'partial-copy-removed', { path });
    }
    return { live, storage };
  };
  const record = (live: LiveDevice, kind: string, detail: Record<string, unknown>) => {
    try {
      station.ledger.addEvent(live.ledgerKey, kind, detail);
    } catch {
      // The station is closing; the copy's own result still says what happened.
    }
  };
  const recordFailure = (live: LiveDevice, direction: CopyDirection, path: string, error: unknown) => {
    const info = toErrorInfo(error);
    if (info.canceled) record(live, 'file-copy-canceled', { direction, path });
    else
      record(live, 'file-copy-failed', { direction, path, code: info.code, title: info.title, message: info.message });
  };
  const isUpload = (path: string) => {
    const rel = relative(station.transferDirs().uploadDir, path);
    return rel !== '' && !rel.startsWith('..') && rel.split(sep).length === 2;
  };

  return {
    listFolder: async ({ deviceId, path }) => {
      const { storage } = await open(deviceId, true);
      const wanted = normalizeRemotePath(path);
      const entries = await storage.list(wanted);
      if (wanted === '' && entries.length === 0) throw noStorageYet();
      return { deviceId, path: wanted, entries: sortEntries(entries) };
    },

    pullFile: async ({ deviceId, remotePath }) => {
      const { live, storage } = await open(deviceId);
      const entry = await storage.stat(normalizeRemotePath(remotePath));
      if (!entry) {
        throw new StationError(
          'file-not-found',
          say('station:files.notFound.title'),
          say('station:files.notFoundAnyMore', { path: remotePath }),
        );
      }
      if (entry.kind !== 'file') {
        throw new StationError(
          'not-a-file',
          say('station:files.isFolder.title'),
          say('station:files.isFolder.message', { path: entry.path }),
        );
      }
      const serial = live.view.mtpInfo?.serialNumber.trim() || live.view.serialNumber || deviceId;
      const dir = station.dataPath('pulled', safeLocalName(serial, 'device'));
      const localPath = reserveFreePath(dir, entry.name, reserved);
      const { view } = station.jobs.start(
        { kind: FILE_JOB_KINDS.pull, title: say('station:files.pullTitle', { name: entry.name }), deviceId },
        async (control) => {
          try {
            control.say(say('station:files.pulling', { name: entry.name }));
            const r = await storage.pull(entry.path, localPath, {
              signal: control.signal,
              onProgress: (p) => control.progress(p.phase, p.bytes, p.total),
            });
            // Read what landed on disk once more: the result names a file that holds exactly what was received.
            const onDisk = await hashLocalFile(localPath);
            if (onDisk.bytes !== r.bytes || onDisk.sha256 !== r.sha256) {
              await rm(localPath, { force: true });
              throw new StationError(
                'copy-check-failed',
                say('station:files.checkFailed.title'),
                say('station:files.checkFailed.message', { name: entry.name }),
              );
            }
            record(live, 'file-pulled', { remotePath: entry.path, localPath, bytes: r.bytes, sha256: r.sha256 });
            control.say(say('station:files.pulled', { name: entry.name }));
            return {
              bytes: r.bytes,
              sha256: r.sha256,
              localPath,
              remotePath: entry.path,
              verified: entry.size !== null,
            };
          } catch (error) {
            const explained = explainCopyError(error, 'pull', entry.name, gone(deviceId));
            recordFailure(live, 'pull', entry.path, explained);
            throw explained;
          } finally {
            reserved.delete(localPath);
          }
        },
      );
      return view;
    },

    pushFile: async ({ deviceId, localPath, remoteFolder, replace }) => {
      const local = resolve(localPath);
      const info = await stat(local).catch(() => null);
      if (!info?.isFile()) {
        throw new StationError(
          'local-file-missing',
          say('station:files.localMissing.title'),
          say('station:files.localMissing.message', { name: basename(local) }),
        );
      }
      const { live, storage } = await open(deviceId, true);
      const folder = await storage.stat(normalizeRemotePath(remoteFolder));
      if (!folder || folder.kind === 'file') {
        throw new StationError(
          'folder-not-found',
          say('station:files.folderMissing.title'),
          say('station:files.folderMissing.message', { folder: remoteFolder }),
        );
      }
      const name = basename(local);
      if (!replace && (await storage.stat(`${folder.path}/${name}`))) {
        throw new StationError(
          'file-exists',
          say('station:files.exists.title'),
          say('station:files.exists.message', { name, folder: folder.path }),
        );
      }
      const { view } = station.jobs.start(
        { kind: FILE_JOB_KINDS.push, title: say('station:files.pushTitle', { name }), deviceId },
        async (control) => {
          try {
            control.say(say('station:files.pushing', { name }));
            const r = await storage.push(local, folder.path, {
              verify: true,
              ifExists: replace ? 'replace' : 'fail',
              signal: control.signal,
              onProgress: (p) => control.progress(p.phase, p.bytes, p.total),
            });
            partials.forget(live.ledgerKey, r.remotePath);
            record(live, 'file-pushed', { remotePath: r.remotePath, bytes: r.bytes, sha256: r.sha256 });
            control.say(say('station:files.pushed', { name }));
            return {
              bytes: r.bytes,
              sha256: r.sha256,
              remotePath: r.remotePath,
              localPath: local,
              verified: r.verified,
            };
          } catch (error) {
            const remotePath = `${folder.path}/${name}`;
            const unplugged = gone(deviceId) || toErrorInfo(error).disconnected === true;
            if (unplugged) partials.remember(live.ledgerKey, remotePath, info.size);
            const explained = explainCopyError(error, 'push', name, unplugged);
            recordFailure(live, 'push', remotePath, explained);
            throw explained;
          } finally {
            // A file uploaded from a browser only existed to be copied; each upload has a folder of its own.
            if (isUpload(local)) await rm(dirname(local), { recursive: true, force: true }).catch(() => undefined);
          }
        },
      );
      return view;
    },

    deleteFile: async ({ deviceId, path }) => {
      const { live, storage } = await open(deviceId);
      const entry = await storage.stat(normalizeRemotePath(path));
      if (!entry) {
        throw new StationError(
          'file-not-found',
          say('station:files.notFound.title'),
          say('station:files.notFound', { path }),
        );
      }
      if (entry.kind !== 'file') {
        throw new StationError(
          'not-a-file',
          say('station:files.deleteFolder.title'),
          say('station:files.deleteFolder.message', { path: entry.path }),
        );
      }
      await storage.delete(entry.path);
      record(live, 'file-deleted', { path: entry.path, bytes: entry.size });
      return { deleted: entry.path };
    },

    refreshDevice: async ({ deviceId }) => {
      const live = station.registry.require(deviceId);
      await station.connections.refresh(deviceId);
      return (station.registry.get(deviceId) ?? live).view;
    },
  };
}
