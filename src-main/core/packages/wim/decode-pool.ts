import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WindowJob } from './decode-window.ts';
import type { DecodeReply, DecodeRequest } from './decode-worker.ts';
import { WimError, type WimErrorCode } from './errors.ts';

/** Thrown when the pool cannot serve a job; callers decode on their own thread instead. */
export class PoolUnavailable extends Error {}

interface Slot {
  worker: Worker;
  inFlight: number;
}

/**
 * The worker's file: next to this module as TypeScript when run from sources, or as the bundle's own
 * decode-worker.js entry (the CLI's out/cli, the app's out/main), whose chunks all sit in one folder.
 */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './decode-worker.ts' : './decode-worker.js', import.meta.url);
}

/** Idle workers are stopped after this long; a station extracting package after package keeps them warm. */
const IDLE_MS = 15_000;

/**
 * A decode worker holds a chunk window in and out (about 2 MiB) and the decoder's tables: small heaps are plenty.
 * Without limits each worker reserves V8's default code range and heap, about 0.65 GB of address space, and a
 * reservation that fails under `ulimit -v` is a V8 abort of the whole process, which no try/catch can catch.
 */
const WORKER_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 64,
  maxYoungGenerationSizeMb: 16,
  codeRangeSizeMb: 16,
  stackSizeMb: 4,
};
/** Address space one bounded worker takes (measured near 125 MB) with room to spare, and what this thread keeps. */
const WORKER_RESERVE_BYTES = 384 << 20;
const CALLER_RESERVE_BYTES = 1 << 30;
const MAX_DEFAULT_THREADS = 4;

/** Soft address-space limit (`ulimit -v`) and what this process already uses, on Linux; null where unknown. */
function addressSpaceHeadroom(): number | null {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max address space\s+(\S+)/m.exec(limits)?.[1];
    if (!soft || soft === 'unlimited') return null;
    const used = Number(/^VmSize:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
    return Number.isFinite(used) ? Number(soft) - used : null;
  } catch {
    return null;
  }
}

/**
 * How many decode workers to start: `HOLOBENCH_DECODE_THREADS` (0 decodes on the calling thread) or `wanted`
 * (default: the machine's parallelism, at most 4), then only as many as the memory actually available and the
 * address-space limit leave room for.
 */
export function decodeThreadsFor(wanted?: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.HOLOBENCH_DECODE_THREADS;
  let threads = wanted ?? Math.min(MAX_DEFAULT_THREADS, availableParallelism());
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) threads = Math.min(threads, Number(fromEnv));
  const room = (bytes: number): number =>
    Math.max(0, Math.floor((bytes - CALLER_RESERVE_BYTES) / WORKER_RESERVE_BYTES));
  threads = Math.min(threads, room(process.availableMemory()));
  const headroom = addressSpaceHeadroom();
  if (headroom !== null) threads = Math.min(threads, room(headroom));
  return Math.max(0, threads);
}

let shared: DecodePool | null = null;
/** Set once workers failed to start here (e.g. a bundle without the worker file): never try again. */
let unavailable = false;

/**
 * Worker threads that decode windows in parallel: WIM chunks are independent, so big resources decode on other
 * cores while the calling thread reads, hashes and writes. One pool is shared by all archives so its workers
 * stay warm (their JIT has compiled the decoders); it stops itself when idle. A job's input is transferred to the
 * worker when it owns its whole ArrayBuffer (no copy; the caller's view is detached), copied otherwise: when the
 * pool fails, a caller whose input went away reads the bytes again and decodes them itself.
 */
export class DecodePool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<
    number,
    { slot: Slot; resolve: (b: Uint8Array) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  private broken = false;
  private answered = false;
  private idleTimer: NodeJS.Timeout | null = null;

  private constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl(), { resourceLimits: WORKER_LIMITS });
      const slot: Slot = { worker, inFlight: 0 };
      worker.unref();
      worker.on('message', (reply: DecodeReply) => this.settle(reply));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.slots.push(slot);
    }
  }

  /** The shared pool with `threads` workers, or null when threads < 1 or workers cannot run here. */
  static acquire(threads: number): DecodePool | null {
    if (threads < 1 || unavailable) return null;
    if (shared && !shared.broken && shared.size === threads) return shared;
    void shared?.close();
    try {
      shared = new DecodePool(threads);
    } catch {
      unavailable = true;
      shared = null;
    }
    return shared;
  }

  /** Stops the shared pool now (tests, shutdown). */
  static async closeShared(): Promise<void> {
    const pool = shared;
    shared = null;
    await pool?.close();
  }

  decode(compression: 'xpress' | 'lzx', job: WindowJob): Promise<Uint8Array> {
    if (this.broken) return Promise.reject(new PoolUnavailable());
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    const request: DecodeRequest = { id, compression, ...job };
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { slot, resolve, reject });
      if (slot.inFlight++ === 0) slot.worker.ref();
      const { input } = job;
      const owned = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
      slot.worker.postMessage(request, owned && input.buffer instanceof ArrayBuffer ? [input.buffer] : []);
    });
  }

  async close(): Promise<void> {
    if (shared === this) shared = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.broken = true;
    this.rejectAll();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private settle(reply: DecodeReply): void {
    this.answered = true;
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (--job.slot.inFlight === 0) job.slot.worker.unref();
    if ('output' in reply) job.resolve(reply.output);
    else job.reject(new WimError(reply.error.code as WimErrorCode, reply.error.detail));
    if (this.pending.size === 0) {
      this.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  private fail(): void {
    if (this.broken) return; // closing: workers exit on purpose
    // Workers that never answered most likely could not load: do not try again in this process.
    if (!this.answered) unavailable = true;
    this.broken = true;
    this.rejectAll();
    if (shared === this) shared = null;
    void Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private rejectAll(): void {
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      if (--job.slot.inFlight === 0) job.slot.worker.unref();
      job.reject(new PoolUnavailable());
    }
  }
}
