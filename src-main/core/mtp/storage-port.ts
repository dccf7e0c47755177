/**
 * Storage on a device, whatever carries it. Today MTP over USB implements it (node-usb on Linux and macOS, and the
 * simulator everywhere). On Windows the system's WPD driver owns MTP devices and keeps node-usb from claiming them,
 * so a WPD-based adapter is meant to implement this same interface later, without touching its callers.
 *
 * Paths are "Storage description/Folder/File", e.g. "Internal Storage/Documents/AutopilotDiagnostics.zip";
 * matching is case-insensitive, "/" and "\" both separate, and "" lists the storages.
 */
export interface StorageSummary {
  id: number;
  description: string;
  volume: string;
  capacityBytes: number;
  freeBytes: number;
  readOnly: boolean;
}

export interface StorageEntry {
  name: string;
  /** Full path from the storage description down, with "/" separators. */
  path: string;
  kind: 'storage' | 'folder' | 'file';
  /** Bytes; null where the device does not say (folders, some objects of 4 GB and more). */
  size: number | null;
  /** ISO 8601, from the device's clock; null when it gives none. */
  modified: string | null;
  /** The adapter's own id for the entry (an MTP object handle or storage id). */
  id: number;
}

export interface TransferProgress {
  phase: 'receive' | 'send' | 'verify';
  bytes: number;
  total: number | null;
}

export interface TransferOptions {
  signal?: AbortSignal;
  onProgress?: (progress: TransferProgress) => void;
}

export interface PushOptions extends TransferOptions {
  /** Read the object back and compare size and SHA-256 before reporting ok. Default true. */
  verify?: boolean;
  /** What to do when the folder already has an entry of that name. Default "replace". */
  ifExists?: 'replace' | 'fail';
  /** Name on the device; default the local file's name. */
  name?: string;
}

export interface PullResult {
  ok: true;
  bytes: number;
  sha256: string;
  localPath: string;
}

export interface PushResult {
  ok: true;
  bytes: number;
  /** SHA-256 of what was sent and, when verified, of what was read back. */
  sha256: string;
  handle: number;
  remotePath: string;
  verified: boolean;
}

export type StorageChange =
  | { kind: 'added'; id: number; name: string | null; path: string | null }
  | { kind: 'removed'; id: number; path: string | null }
  | { kind: 'changed'; id: number }
  | { kind: 'storage-added'; storageId: number }
  | { kind: 'storage-removed'; storageId: number }
  | { kind: 'battery' }
  | { kind: 'disconnected' };

export interface WaitOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Also look every pollMs, for devices or USB stacks that send no events. Default 1000. */
  pollMs?: number;
}

export interface DeviceStorage {
  storages(): Promise<StorageSummary[]>;
  list(path: string): Promise<StorageEntry[]>;
  /** null when nothing is at that path. */
  stat(path: string): Promise<StorageEntry | null>;
  /** Streams to a temporary file next to `localFile` and renames it only when complete. */
  pull(remotePath: string, localFile: string, options?: TransferOptions): Promise<PullResult>;
  /** Streams from `localFile` into `remoteFolder`; on failure or cancel removes what was sent where it can. */
  push(localFile: string, remoteFolder: string, options?: PushOptions): Promise<PushResult>;
  delete(path: string): Promise<void>;
  /** Changes the device announces. Returns the unsubscribe function. */
  watch(listener: (change: StorageChange) => void): () => void;
  /** Resolves once something exists at `path` (events, plus polling as a fallback). */
  waitFor(path: string, options: WaitOptions): Promise<StorageEntry>;
  close(): Promise<void>;
}
