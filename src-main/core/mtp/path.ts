import { ACCESS, ROOT_PARENT } from './codes.ts';
import { isFolder, parseMtpDate, type ObjectInfo, type StorageInfo } from './datasets.ts';
import { badPathError, noStorageError, notFoundError } from './errors.ts';
import type { MtpOperations } from './operations.ts';
import type { StorageEntry, StorageSummary } from './storage-port.ts';
import { say } from '../language.ts';

/** Splits "Internal Storage/Documents/x.zip" (or with "\") into segments; "" and "/" are the device itself. */
export function splitRemotePath(path: string): string[] {
  const parts = path
    .split(/[/\\]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (const p of parts) {
    if (p === '.' || p === '..') throw badPathError(path, say('transfer:why.dots'));
  }
  return parts;
}

export function joinRemotePath(parts: readonly string[]): string {
  return parts.join('/');
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export function storageSummary(id: number, info: StorageInfo): StorageSummary {
  return {
    id,
    description: info.storageDescription || info.volumeIdentifier || `Storage ${id.toString(16)}`,
    volume: info.volumeIdentifier,
    capacityBytes: info.maxCapacity,
    freeBytes: info.freeSpaceInBytes,
    readOnly: info.accessCapability !== ACCESS.ReadWrite,
  };
}

export async function listStorages(ops: MtpOperations): Promise<StorageSummary[]> {
  const ids = await ops.getStorageIds();
  const out: StorageSummary[] = [];
  for (const id of ids) out.push(storageSummary(id, await ops.getStorageInfo(id)));
  return out;
}

export function entryFor(parentPath: string, handle: number, info: ObjectInfo): StorageEntry {
  const folder = isFolder(info);
  const modified = parseMtpDate(info.modificationDate);
  return {
    name: info.filename,
    path: parentPath ? `${parentPath}/${info.filename}` : info.filename,
    kind: folder ? 'folder' : 'file',
    size: folder || info.compressedSize === 0xffffffff ? null : info.compressedSize,
    modified: modified ? modified.toISOString() : null,
    id: handle,
  };
}

export function storageEntry(s: StorageSummary): StorageEntry {
  return { name: s.description, path: s.description, kind: 'storage', size: s.capacityBytes, modified: null, id: s.id };
}

/** Where a path points: a storage root (handle null) or an object in it. */
export interface ResolvedPath {
  storage: StorageSummary;
  handle: number | null;
  info: ObjectInfo | null;
  entry: StorageEntry;
}

export async function children(
  ops: MtpOperations,
  storageId: number,
  parent: number | null,
): Promise<{ handle: number; info: ObjectInfo }[]> {
  const handles = await ops.getObjectHandles(storageId, parent ?? ROOT_PARENT);
  const out: { handle: number; info: ObjectInfo }[] = [];
  for (const handle of handles) out.push({ handle, info: await ops.getObjectInfo(handle) });
  return out;
}

export async function findChild(
  ops: MtpOperations,
  storageId: number,
  parent: number | null,
  name: string,
): Promise<{ handle: number; info: ObjectInfo } | null> {
  const all = await children(ops, storageId, parent);
  return all.find((c) => c.info.filename === name) ?? all.find((c) => same(c.info.filename, name)) ?? null;
}

/** Resolves storage by description (or volume label), then folder names, case-insensitively. */
export async function resolvePath(ops: MtpOperations, path: string): Promise<ResolvedPath | null> {
  const parts = splitRemotePath(path);
  if (parts.length === 0) throw badPathError(path, say('transfer:why.nameStorage'));
  const storages = await listStorages(ops);
  if (storages.length === 0) throw noStorageError();
  const [first, ...rest] = parts as [string, ...string[]];
  const storage = storages.find((s) => same(s.description, first)) ?? storages.find((s) => same(s.volume, first));
  if (!storage) return null;
  let resolved: ResolvedPath = { storage, handle: null, info: null, entry: storageEntry(storage) };
  for (const name of rest) {
    if (resolved.info && !isFolder(resolved.info)) return null;
    const child = await findChild(ops, storage.id, resolved.handle, name);
    if (!child) return null;
    resolved = {
      storage,
      handle: child.handle,
      info: child.info,
      entry: entryFor(resolved.entry.path, child.handle, child.info),
    };
  }
  return resolved;
}

export async function resolveExisting(ops: MtpOperations, path: string): Promise<ResolvedPath> {
  const resolved = await resolvePath(ops, path);
  if (!resolved) throw notFoundError(path);
  return resolved;
}

/** The path of an object, walking up its parents (used for events, which carry only a handle). */
export async function pathOfHandle(ops: MtpOperations, handle: number, info?: ObjectInfo): Promise<string> {
  let current = info ?? (await ops.getObjectInfo(handle));
  const names = [current.filename];
  for (let depth = 0; current.parent !== 0 && current.parent !== ROOT_PARENT && depth < 64; depth++) {
    current = await ops.getObjectInfo(current.parent);
    names.unshift(current.filename);
  }
  const storage = storageSummary(current.storageId, await ops.getStorageInfo(current.storageId));
  return joinRemotePath([storage.description, ...names]);
}
