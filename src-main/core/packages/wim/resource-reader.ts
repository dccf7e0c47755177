import { createHash } from 'node:crypto';
import { WimError, corrupt } from './errors.ts';
import { RESOURCE_FLAG, type ResourceHeader } from './header.ts';
import { PoolUnavailable, type DecodePool } from './decode-pool.ts';
import type { ChunkDecoder, WindowJob } from './decode-window.ts';
import { DecodeFault } from './wasm-decoders.ts';
import { readExactly, type ByteSource } from './source.ts';

/** How compressed resources of this archive are laid out and decoded. */
export interface ChunkCodec {
  compression: 'xpress' | 'lzx';
  chunkSize: number;
  decoder: ChunkDecoder;
  /** Worker threads for big resources, started on first use; windows decode on the calling thread without. */
  pool?: () => DecodePool | null;
}

export interface ReadOptions {
  /** SHA-1 (hex) the uncompressed bytes must have; null skips the check (XML data has none). */
  sha1: string | null;
  /** Largest chunk table we agree to hold in memory. */
  maxChunkTableBytes: number;
  signal?: AbortSignal;
}

/** Output per step: big enough that per-window overhead vanishes, small enough that memory stays flat. */
const WINDOW_BYTES = 1 << 20;
/** Below this a resource decodes faster on the calling thread than the messages to a worker cost. */
export const POOL_MIN_BYTES = 4 << 20;

/**
 * Streams a resource's uncompressed bytes in windows of about 1 MiB, each a fresh buffer the caller may keep.
 * Compressed resources are decoded chunk by chunk from positioned reads; the next window is read while the
 * current one decodes. The SHA-1 is checked after the last window: a consumer must read to the end to know the
 * data is good (the generator throws `ppkg.bad-hash` at that point otherwise).
 */
export async function* readResource(
  source: ByteSource,
  resource: ResourceHeader,
  codec: ChunkCodec | null,
  what: string,
  options: ReadOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const hash = options.sha1 === null ? null : createHash('sha1');
  const windows =
    resource.flags & RESOURCE_FLAG.compressed
      ? compressedWindows(source, resource, codec, what, options)
      : storedWindows(source, resource, what, options.signal);
  for await (const window of windows) {
    hash?.update(window);
    yield window;
  }
  if (hash && options.sha1 !== null) {
    const actual = hash.digest('hex');
    if (actual !== options.sha1)
      throw new WimError('ppkg.bad-hash', `${what}: SHA-1 ${actual}, expected ${options.sha1}`);
  }
}

/** Reads a whole resource into one buffer, refusing anything larger than `maxBytes` before reading it. */
export async function readResourceFully(
  source: ByteSource,
  resource: ResourceHeader,
  codec: ChunkCodec | null,
  what: string,
  maxBytes: number,
  options: ReadOptions,
): Promise<Uint8Array> {
  if (resource.originalSize > maxBytes) {
    throw new WimError('ppkg.too-large', `${what} is ${resource.originalSize} bytes; the limit is ${maxBytes}`);
  }
  const whole = Buffer.allocUnsafe(resource.originalSize);
  let at = 0;
  for await (const window of readResource(source, resource, codec, what, options)) {
    whole.set(window, at);
    at += window.length;
  }
  return whole;
}

async function* storedWindows(
  source: ByteSource,
  resource: ResourceHeader,
  what: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  for (let done = 0; done < resource.originalSize;) {
    signal?.throwIfAborted();
    const n = Math.min(WINDOW_BYTES, resource.originalSize - done);
    yield await readExactly(source, resource.offset + done, n, what);
    done += n;
  }
}

interface ChunkLayout {
  /** Offset of each chunk's compressed bytes from the start of the chunk data; one extra entry marks the end. */
  starts: Float64Array;
  dataOffset: number;
}

async function readChunkLayout(
  source: ByteSource,
  resource: ResourceHeader,
  chunkSize: number,
  what: string,
  maxTableBytes: number,
): Promise<ChunkLayout> {
  const numChunks = Math.ceil(resource.originalSize / chunkSize);
  const entrySize = resource.originalSize > 0xffff_ffff ? 8 : 4;
  const tableBytes = (numChunks - 1) * entrySize;
  if (tableBytes > resource.sizeInWim) throw corrupt(`${what}: chunk table is larger than the resource`);
  if (tableBytes > maxTableBytes) throw new WimError('ppkg.too-large', `${what}: ${numChunks} chunks`);
  const table = await readExactly(source, resource.offset, tableBytes, `${what} chunk table`);
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const starts = new Float64Array(numChunks + 1);
  for (let i = 1; i < numChunks; i++) {
    starts[i] =
      entrySize === 4
        ? view.getUint32((i - 1) * 4, true)
        : view.getUint32((i - 1) * 8, true) + view.getUint32((i - 1) * 8 + 4, true) * 0x1_0000_0000;
  }
  starts[numChunks] = resource.sizeInWim - tableBytes;
  for (let i = 0; i < numChunks; i++) {
    const stored = starts[i + 1]! - starts[i]!;
    const original = Math.min(chunkSize, resource.originalSize - i * chunkSize);
    if (!(stored > 0 && stored <= original)) {
      throw corrupt(`${what}: chunk ${i} claims ${stored} stored bytes for ${original} bytes of data`);
    }
  }
  return { starts, dataOffset: resource.offset + tableBytes };
}

async function* compressedWindows(
  source: ByteSource,
  resource: ResourceHeader,
  codec: ChunkCodec | null,
  what: string,
  options: ReadOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (!codec) throw corrupt(`${what} is marked compressed in an uncompressed archive`);
  if (resource.originalSize === 0) return;
  const { chunkSize } = codec;
  const { starts, dataOffset } = await readChunkLayout(source, resource, chunkSize, what, options.maxChunkTableBytes);
  const numChunks = starts.length - 1;
  const perWindow = Math.max(1, Math.floor(WINDOW_BYTES / chunkSize));
  const pool = codec.pool && resource.originalSize >= POOL_MIN_BYTES ? codec.pool() : null;
  // Windows read (and, with a pool, decoded) ahead of the consumer; bounded so memory stays flat.
  const depth = pool ? 2 * pool.size : 2;

  const produce = async (first: number): Promise<Uint8Array> => {
    const last = Math.min(numChunks, first + perWindow);
    const base = starts[first]!;
    const read = (): Promise<Uint8Array> => readExactly(source, dataOffset + base, starts[last]! - base, what);
    const job: WindowJob = {
      input: await read(),
      // Int32 from here on (windows are a few MiB), where the resource's own offsets may pass 2^31.
      starts: Int32Array.from(starts.subarray(first, last + 1), (s) => s - base),
      chunkSize,
      outLength: Math.min(resource.originalSize, last * chunkSize) - first * chunkSize,
    };
    if (pool) {
      try {
        return await pool.decode(codec.compression, job);
      } catch (error) {
        if (!(error instanceof PoolUnavailable)) throw error;
        // The input was handed to the worker (transferred): read it again.
        if (job.input.byteLength === 0) job.input = await read();
      }
    }
    try {
      return codec.decoder.decodeWindow(job);
    } catch (error) {
      throw error instanceof DecodeFault ? corrupt(`${what}: ${error.detail}`) : error;
    }
  };

  const queue: Promise<Uint8Array>[] = [];
  let next = 0;
  try {
    while (queue.length > 0 || next < numChunks) {
      options.signal?.throwIfAborted();
      while (queue.length < depth && next < numChunks) {
        const window = produce(next);
        // A window we never await (consumer stopped, earlier failure) must not become an unhandled rejection.
        window.catch(() => undefined);
        queue.push(window);
        next += perWindow;
      }
      yield await queue.shift()!;
    }
  } finally {
    queue.length = 0;
  }
}
