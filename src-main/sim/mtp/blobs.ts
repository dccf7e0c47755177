import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The contents of a simulated file. Pieces are views the responder hands to the USB link, which copies them, so
 * nothing is copied twice. Three kinds: bytes in memory, a deterministic pattern (multi-gigabyte objects without
 * the memory), and a spill file (what a benchmark pushes, so the simulator's own memory stays flat).
 */
export interface SimBlob {
  readonly size: number;
  pieces(offset: number, length: number): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  readAll(): Buffer;
  dispose(): void;
}

export interface SimBlobWriter {
  readonly size: number;
  append(chunk: Uint8Array): Promise<void> | void;
  /** The blob holding what was appended so far (also after an interrupted transfer). */
  finish(): Promise<SimBlob>;
}

const PIECE = 1024 * 1024;

export class MemoryBlob implements SimBlob {
  private readonly chunks: Uint8Array[];
  readonly size: number;

  constructor(chunks: Uint8Array[]) {
    this.chunks = chunks.filter((c) => c.length > 0);
    this.size = this.chunks.reduce((n, c) => n + c.length, 0);
  }

  *pieces(offset: number, length: number): Iterable<Uint8Array> {
    let skip = offset;
    let left = Math.min(length, this.size - offset);
    for (const c of this.chunks) {
      if (left <= 0) return;
      if (skip >= c.length) {
        skip -= c.length;
        continue;
      }
      const piece = c.subarray(skip, Math.min(c.length, skip + left));
      skip = 0;
      left -= piece.length;
      yield piece;
    }
  }

  readAll(): Buffer {
    return Buffer.concat(this.chunks, this.size);
  }

  dispose(): void {}
}

/** Bytes from a seeded xorshift generator, repeating with a period that does not line up with USB transfers. */
export class PatternBlob implements SimBlob {
  readonly size: number;
  private readonly period: Buffer;

  constructor(size: number, seed = 1) {
    this.size = size;
    this.period = patternPeriod(seed);
  }

  *pieces(offset: number, length: number): Iterable<Uint8Array> {
    let at = offset;
    const end = Math.min(this.size, offset + length);
    while (at < end) {
      const p = at % this.period.length;
      const n = Math.min(this.period.length - p, end - at, PIECE);
      yield this.period.subarray(p, p + n);
      at += n;
    }
  }

  readAll(): Buffer {
    const out = Buffer.allocUnsafe(this.size);
    for (let at = 0; at < this.size; at += this.period.length)
      this.period.copy(out, at, 0, Math.min(this.period.length, this.size - at));
    return out;
  }

  dispose(): void {}
}

const periods = new Map<number, Buffer>();

export function patternPeriod(seed: number): Buffer {
  let period = periods.get(seed);
  if (period) return period;
  period = Buffer.allocUnsafe(PIECE + 13);
  let x = seed | 0 || 0x9e3779b9;
  for (let i = 0; i < period.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    period.writeInt32LE(x | 0, Math.min(i, period.length - 4));
  }
  periods.set(seed, period);
  return period;
}

export class SpillBlob implements SimBlob {
  readonly size: number;
  private readonly path: string;

  constructor(path: string, size: number) {
    this.path = path;
    this.size = size;
  }

  async *pieces(offset: number, length: number): AsyncIterable<Uint8Array> {
    const fh = await open(this.path, 'r');
    try {
      let at = offset;
      const end = Math.min(this.size, offset + length);
      while (at < end) {
        const buf = Buffer.allocUnsafe(Math.min(PIECE, end - at));
        const { bytesRead } = await fh.read(buf, 0, buf.length, at);
        if (bytesRead === 0) return;
        yield buf.subarray(0, bytesRead);
        at += bytesRead;
      }
    } finally {
      await fh.close();
    }
  }

  readAll(): Buffer {
    return readFileSync(this.path);
  }

  dispose(): void {
    rmSync(this.path, { force: true });
  }
}

export function memoryWriter(): SimBlobWriter {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    get size() {
      return size;
    },
    append(chunk) {
      chunks.push(chunk);
      size += chunk.length;
    },
    finish: () => Promise.resolve(new MemoryBlob(chunks)),
  };
}

let spillCount = 0;

/** Appends to a file in `dir`, a few writes at a time, so a benchmark's pushes do not grow the process. */
export function spillWriter(dir: string): SimBlobWriter {
  const path = join(dir, `sim-mtp-${process.pid}-${++spillCount}.bin`);
  let fh: Promise<FileHandle> | null = null;
  let size = 0;
  const inFlight: Promise<unknown>[] = [];
  return {
    get size() {
      return size;
    },
    async append(chunk) {
      fh ??= open(path, 'w');
      const handle = await fh;
      const at = size;
      size += chunk.length;
      while (inFlight.length >= 4) await inFlight.shift();
      const write = handle.write(chunk, 0, chunk.length, at);
      write.catch(() => undefined);
      inFlight.push(write);
    },
    async finish() {
      while (inFlight.length > 0) await inFlight.shift();
      if (fh) await (await fh).close();
      else closeSync(openSync(path, 'w'));
      return new SpillBlob(path, size);
    },
  };
}
