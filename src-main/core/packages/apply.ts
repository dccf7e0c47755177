import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StationError } from '../../shared/errors.ts';
import type { DeviceStorage, TransferProgress } from '../mtp/storage-port.ts';
import { packageFileName } from './library.ts';
import { say } from '../language.ts';

/** oobe: the top of Internal Storage (the provisioning page reads it); documents: Internal Storage/Documents. */
export type DeviceTarget = 'oobe' | 'documents';

export interface CopyOptions {
  signal?: AbortSignal;
  onProgress?: (p: TransferProgress) => void;
  /** Name on the device; default the file's own name (with .ppkg added when it lacks it). */
  name?: string;
}

export interface DeviceCopy {
  remotePath: string;
  /** The storage's handle for the copy, to notice when the device takes it away. */
  handle: number;
  bytes: number;
  sha256: string;
  verified: true;
}

export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { signal }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** The folder a target means on this device: its first storage ("Internal Storage" on HoloLens). */
export async function targetFolder(storage: DeviceStorage, target: DeviceTarget): Promise<string> {
  const storages = await storage.storages();
  const first = storages[0];
  if (!first) {
    throw new StationError(
      'no-storage-yet',
      say('station-work:apply.noStorage.title'),
      say(target === 'oobe' ? 'station-work:apply.noStorage.oobe' : 'station-work:apply.noStorage.unlock'),
    );
  }
  if (first.readOnly) {
    throw new StationError(
      'storage-read-only',
      say('station-work:apply.readOnly.title'),
      say('station-work:apply.readOnly.message'),
    );
  }
  return target === 'oobe' ? first.description : `${first.description}/Documents`;
}

/**
 * Copies a package onto a HoloLens over MTP and proves it arrived: the device's copy is read back and its size and
 * SHA-256 must equal the local file's. A copy that cannot be verified is an error, never a success.
 */
export async function copyPackageToDevice(
  storage: DeviceStorage,
  pkgPath: string,
  target: DeviceTarget,
  options: CopyOptions = {},
): Promise<DeviceCopy> {
  const local = await sha256OfFile(pkgPath, options.signal).catch((error: unknown) => {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new StationError(
      'ppkg.file-missing',
      say('station-work:apply.fileMissing.title'),
      say('station-work:apply.fileMissing.message', { path: pkgPath }),
      { cause: error },
    );
  });
  const folder = await targetFolder(storage, target);
  const name = packageFileName(options.name ?? pkgPath);
  const pushed = await storage.push(pkgPath, folder, {
    name,
    verify: true,
    ifExists: 'replace',
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (!pushed.verified || pushed.sha256 !== local.sha256 || pushed.bytes !== local.size) {
    // Leave nothing half-trusted on the device.
    await storage.delete(pushed.remotePath).catch(() => undefined);
    throw new StationError(
      'ppkg.verify-failed',
      say('station-work:apply.mismatch.title'),
      say('station-work:apply.mismatch.message', { name }),
    );
  }
  // Looking the copy up lets the storage name it later when the device removes it (the device announces handles).
  const entry = await storage.stat(pushed.remotePath).catch(() => null);
  return {
    remotePath: pushed.remotePath,
    handle: entry?.id ?? pushed.handle,
    bytes: pushed.bytes,
    sha256: pushed.sha256,
    verified: true,
  };
}
