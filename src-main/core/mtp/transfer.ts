import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { objectInfoFor } from './datasets.ts';
import { MtpError, localFileError, verifyFailedError } from './errors.ts';
import type { MtpSession } from './session.ts';
import type { PullResult, PushResult, TransferOptions } from './storage-port.ts';
import type { DataOutSource, DataSink } from './transport.ts';
import { streamHash, type StreamHash } from './hashing.ts';
import { say } from '../language.ts';

/**
 * Writes chunks at their offsets, several at once, and hashes them in arrival order: only the chunks in flight are
 * ever in memory here.
 */
export class FileSink implements DataSink {
  private readonly fh: FileHandle;
  private readonly path: string;
  private readonly hash: StreamHash = streamHash();
  private readonly inFlight = new Set<Promise<void>>();
  bytes = 0;

  constructor(fh: FileHandle, path: string) {
    this.fh = fh;
    this.path = path;
  }

  write(chunk: Uint8Array): Promise<void> {
    const at = this.bytes;
    this.bytes += chunk.length;
    // Handed to the hashing worker now, in order; it hashes while the file write and the next USB read run.
    const room = this.hash.update(chunk);
    const written = this.writeAt(chunk, at);
    const done = room ? Promise.all([written, room]).then(() => undefined) : written;
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done)).catch(() => undefined);
    return done;
  }

  private async writeAt(chunk: Uint8Array, at: number): Promise<void> {
    let done = 0;
    try {
      while (done < chunk.length) {
        const { bytesWritten } = await this.fh.write(chunk, done, chunk.length - done, at + done);
        done += bytesWritten;
      }
    } catch (error) {
      throw localFileError(this.path, error);
    }
  }

  /** Waits for writes still in flight (they must not land after the truncate), then starts over. */
  async reset(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    await this.fh.truncate(0).catch((error: unknown) => {
      throw localFileError(this.path, error);
    });
    this.bytes = 0;
    this.hash.reset();
  }

  digest(): Promise<string> {
    return this.hash.digest();
  }

  abandon(): void {
    this.hash.abandon();
  }
}

/** Hashes without keeping anything: the read-back after a push. */
export class HashSink implements DataSink {
  private readonly hash: StreamHash = streamHash();
  bytes = 0;

  write(chunk: Uint8Array): Promise<void> | void {
    this.bytes += chunk.length;
    return this.hash.update(chunk);
  }

  reset(): void {
    this.hash.reset();
    this.bytes = 0;
  }

  digest(): Promise<string> {
    return this.hash.digest();
  }

  abandon(): void {
    this.hash.abandon();
  }
}

/** Reads a local file front to back into the transport's buffers, several reads at once, hashing in order. */
export class FileSource implements DataOutSource {
  readonly size: number;
  private readonly fh: FileHandle;
  private readonly path: string;
  private readonly hash: StreamHash = streamHash();
  private position = 0;
  private hashed: Promise<void> = Promise.resolve();

  constructor(fh: FileHandle, path: string, size: number) {
    this.fh = fh;
    this.path = path;
    this.size = size;
  }

  fill(target: Uint8Array): Promise<void> {
    const at = this.position;
    this.position += target.length;
    const read = this.readAt(target, at);
    const hashed = Promise.all([read, this.hashed]).then(() => this.hash.update(target));
    this.hashed = hashed;
    return hashed;
  }

  private async readAt(target: Uint8Array, at: number): Promise<void> {
    let done = 0;
    while (done < target.length) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await this.fh.read(target, done, target.length - done, at + done));
      } catch (error) {
        throw localFileError(this.path, error);
      }
      if (bytesRead === 0) {
        throw new MtpError(
          'mtp-local-file-changed',
          say('transfer:mtp-local-file-changed.title'),
          say('transfer:mtp-local-file-changed.message', { path: this.path }),
        );
      }
      done += bytesRead;
    }
  }

  digest(): Promise<string> {
    return this.hash.digest();
  }

  abandon(): void {
    this.hash.abandon();
  }
}

export interface RemoteFile {
  handle: number;
  /** Known size, or null (some objects of 4 GB and more). */
  size: number | null;
}

/** Streams an object to `${localFile}` through a temporary file in the same folder, renamed only when complete. */
export async function pullFile(
  session: MtpSession,
  file: RemoteFile,
  localFile: string,
  options: TransferOptions = {},
): Promise<PullResult> {
  const finalPath = resolve(localFile);
  const temp = join(dirname(finalPath), `.${basename(finalPath)}.${randomBytes(4).toString('hex')}.partial`);
  let fh: FileHandle;
  try {
    fh = await open(temp, 'wx');
  } catch (error) {
    throw localFileError(finalPath, error);
  }
  let closed = false;
  const sink = new FileSink(fh, temp);
  try {
    const bytes = await session.transaction((ops) =>
      ops.getObject(file.handle, sink, {
        signal: options.signal,
        onBytes: (n) => options.onProgress?.({ phase: 'receive', bytes: n, total: file.size }),
      }),
    );
    if (file.size !== null && bytes !== file.size) {
      throw new MtpError(
        'mtp-incomplete-transfer',
        say('transfer:mtp-incomplete-transfer.title'),
        say('transfer:partial', { bytes, size: file.size }),
      );
    }
    const sha256 = await sink.digest();
    closed = true;
    await fh.close();
    await rename(temp, finalPath).catch((error: unknown) => {
      throw localFileError(finalPath, error);
    });
    return { ok: true, bytes, sha256, localPath: finalPath };
  } catch (error) {
    sink.abandon();
    if (!closed) await fh.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export interface PushTarget {
  storageId: number;
  /** Folder handle, or ROOT_PARENT for the top of the storage. */
  parent: number;
  name: string;
  remotePath: string;
}

/**
 * SendObjectInfo + SendObject under one session lock, then (by default) read back and compare size and SHA-256.
 * Whatever fails after the device accepted the ObjectInfo, the object is deleted where the session still allows.
 */
export async function pushFile(
  session: MtpSession,
  target: PushTarget,
  fh: FileHandle,
  localPath: string,
  size: number,
  options: TransferOptions & { verify?: boolean; stallRetries?: number; modified?: Date },
): Promise<PushResult> {
  const retries = options.stallRetries ?? 1;
  for (let attempt = 0; ; attempt++) {
    // Filled in inside the session lock; read after it.
    const sent: { handle: number | null; source: FileSource | null } = { handle: null, source: null };
    try {
      await session.transaction(async (ops) => {
        const info = objectInfoFor({
          storageId: target.storageId,
          parent: target.parent,
          filename: target.name,
          size,
          modified: options.modified,
        });
        sent.handle = (await ops.sendObjectInfo(target.storageId, target.parent, info)).handle;
        await ops.sendObject(
          () => {
            // A retried SendObject (Device Busy) reads the file again: the earlier attempt's hash is given up.
            sent.source?.abandon();
            return (sent.source = new FileSource(fh, localPath, size));
          },
          {
            signal: options.signal,
            onBytes: (n) => options.onProgress?.({ phase: 'send', bytes: n, total: size }),
          },
        );
      });
      const handle = sent.handle as number;
      const sha256 = (await sent.source?.digest()) ?? '';
      const verified = options.verify ?? true;
      if (verified) await verify(session, handle, size, sha256, options);
      return { ok: true, bytes: size, sha256, handle, remotePath: target.remotePath, verified };
    } catch (error) {
      sent.source?.abandon();
      if (sent.handle !== null) await deleteQuietly(session, sent.handle);
      if (error instanceof MtpError && error.code === 'mtp-stalled' && attempt < retries) continue;
      throw error;
    }
  }
}

async function verify(
  session: MtpSession,
  handle: number,
  size: number,
  sent: string,
  options: TransferOptions,
): Promise<void> {
  const sink = new HashSink();
  let reported: number | null;
  try {
    reported = await session.transaction(async (ops) => {
      const reportedSize = await ops.getObjectSize(handle);
      await ops.getObject(handle, sink, {
        signal: options.signal,
        onBytes: (n) => options.onProgress?.({ phase: 'verify', bytes: n, total: size }),
      });
      return reportedSize;
    });
  } catch (error) {
    sink.abandon();
    throw error;
  }
  const readBack = await sink.digest();
  if (sink.bytes !== size || (reported !== null && reported !== size) || readBack !== sent) {
    throw verifyFailedError(sent, readBack);
  }
}

/** Best effort: a canceled or timed-out session is recovered first; an unplugged one cannot be helped. */
async function deleteQuietly(session: MtpSession, handle: number): Promise<void> {
  try {
    if (session.state === 'broken') await session.recover();
    if (session.state === 'open') await session.deleteObject(handle);
  } catch {
    // Nothing more to do: the push already failed and says so.
  }
}
