import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * SHA-256 of a transfer, computed off the main thread so it overlaps the USB transfer and the file I/O instead of
 * following them. One worker serves every transfer of the process (streams by id); it is kept referenced only while
 * it has work the process waits for (chunks queued, a digest asked), so it never holds a finished process open,
 * and a stream given up without its digest costs nothing but its entry. Chunks are copied on `update` (the transfer reuses
 * its buffers at once) and hashed in the order given. Where a worker cannot start, hashing stays in this thread.
 */
export interface StreamHash {
  /** Resolves when there is room for more (the worker keeps up to a few MiB queued per stream). */
  update(chunk: Uint8Array): Promise<void> | void;
  digest(): Promise<string>;
  /** Drops what was hashed: a transaction retried from the start. */
  reset(): void;
  /** The transfer failed: the digest will never be asked for. */
  abandon(): void;
}

// Loaded by getBuiltinModule, so the code runs whether the worker is evaluated as a script or as a module.
const WORKER_CODE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash } = process.getBuiltinModule('node:crypto');
const streams = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'update') {
    let h = streams.get(m.id);
    if (!h) streams.set(m.id, (h = createHash('sha256')));
    h.update(m.data);
    parentPort.postMessage({ id: m.id, op: 'done', bytes: m.data.byteLength });
  } else if (m.op === 'reset') {
    streams.delete(m.id);
  } else if (m.op === 'digest') {
    const h = streams.get(m.id) ?? createHash('sha256');
    streams.delete(m.id);
    parentPort.postMessage({ id: m.id, op: 'digest', hex: h.digest('hex') });
  }
});
`;

const MAX_QUEUED = 8 * 1024 * 1024;

interface StreamState {
  queued: number;
  room: (() => void)[];
  digest: ((hex: string) => void) | null;
  failed: Error | null;
}

class HashWorker {
  private readonly worker: Worker;
  private readonly streams = new Map<number, StreamState>();
  private nextId = 1;
  /** Chunks and digests the worker still owes an answer for. */
  private owed = 0;
  broken: Error | null = null;

  constructor() {
    this.worker = new Worker(WORKER_CODE, { eval: true });
    this.worker.on('message', (m: { id: number; op: string; bytes?: number; hex?: string }) => this.onMessage(m));
    this.worker.on('error', (error: Error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the hashing worker stopped')));
    // After the listeners: adding a 'message' listener refs the worker's port again, and a worker opened for a
    // transfer that died before its first chunk (a device gone silent) then held the process open for good.
    this.worker.unref();
  }

  open(): { id: number; state: StreamState } {
    const id = this.nextId++;
    const state: StreamState = { queued: 0, room: [], digest: null, failed: null };
    this.streams.set(id, state);
    return { id, state };
  }

  post(message: { id: number; op: string; data?: Uint8Array }, transfer?: ArrayBuffer[]): void {
    if (message.op !== 'reset' && this.owed++ === 0) this.worker.ref();
    this.worker.postMessage(message, transfer);
  }

  /** Forgets a stream given up without its digest (a failed or canceled transfer). */
  abandon(id: number): void {
    if (!this.streams.delete(id)) return;
    this.worker.postMessage({ id, op: 'reset' });
  }

  private onMessage(m: { id: number; op: string; bytes?: number; hex?: string }): void {
    if (--this.owed === 0) this.worker.unref();
    const state = this.streams.get(m.id);
    if (!state) return;
    if (m.op === 'done') {
      state.queued -= m.bytes ?? 0;
      if (state.queued <= MAX_QUEUED) for (const wake of state.room.splice(0)) wake();
    } else if (m.op === 'digest') {
      this.streams.delete(m.id);
      state.digest?.(m.hex ?? '');
    }
  }

  private fail(error: Error): void {
    this.broken = error;
    for (const state of this.streams.values()) {
      state.failed = error;
      for (const wake of state.room.splice(0)) wake();
      state.digest?.('');
    }
    shared = null;
  }
}

let shared: HashWorker | null = null;

function worker(): HashWorker | null {
  if (shared && !shared.broken) return shared;
  try {
    shared = new HashWorker();
  } catch {
    shared = null;
  }
  return shared;
}

/** A SHA-256 stream hashed in the shared worker, or in this thread where no worker can run. */
export function streamHash(): StreamHash {
  const w = worker();
  return w ? new WorkerStreamHash(w) : new LocalStreamHash();
}

class WorkerStreamHash implements StreamHash {
  private readonly w: HashWorker;
  private readonly id: number;
  private readonly state: StreamState;
  private closed = false;

  constructor(w: HashWorker) {
    this.w = w;
    ({ id: this.id, state: this.state } = w.open());
  }

  update(chunk: Uint8Array): Promise<void> | void {
    if (chunk.length === 0) return;
    if (this.state.failed) throw this.state.failed;
    const copy = new Uint8Array(chunk);
    this.state.queued += copy.length;
    this.w.post({ id: this.id, op: 'update', data: copy }, [copy.buffer]);
    if (this.state.queued <= MAX_QUEUED) return;
    return new Promise<void>((resolve) => this.state.room.push(resolve));
  }

  reset(): void {
    this.w.post({ id: this.id, op: 'reset' });
  }

  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    this.w.abandon(this.id);
  }

  digest(): Promise<string> {
    if (this.closed) return Promise.reject(new Error('digest taken twice'));
    this.closed = true;
    return new Promise<string>((resolve, reject) => {
      this.state.digest = (hex) => {
        if (this.state.failed) reject(this.state.failed);
        else resolve(hex);
      };
      this.w.post({ id: this.id, op: 'digest' });
    });
  }
}

class LocalStreamHash implements StreamHash {
  private hash: Hash = createHash('sha256');

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  reset(): void {
    this.hash = createHash('sha256');
  }

  abandon(): void {}

  digest(): Promise<string> {
    return Promise.resolve(this.hash.digest('hex'));
  }
}
