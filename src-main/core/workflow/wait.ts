/** Small waiting primitives for the engine: all of them give up at once when their AbortSignal fires. */

/** Resolves after ms, or at once when the signal aborts (never rejects: callers look at the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Something others can nudge: a device changed, the tech confirmed, a label was scanned. */
export class Waker {
  private waiters = new Set<() => void>();
  private pending = false;

  wake(): void {
    if (this.waiters.size === 0) {
      // Remember a wake that came while nobody waited, so a change between two waits is not lost.
      this.pending = true;
      return;
    }
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** Resolves on the next wake, after ms, or when the signal aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }

  clear(): void {
    this.pending = false;
  }
}

/** A counting semaphore; `limit` Infinity never waits. Waiters are served oldest first. */
export class Slots {
  private readonly limit: number;
  private used = 0;
  private readonly queue: (() => void)[] = [];

  constructor(limit = Number.POSITIVE_INFINITY) {
    this.limit = limit;
  }

  /** Resolves true with a slot held, or false when the signal aborted first (no slot held). */
  acquire(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.used < this.limit) {
      this.used++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const grant = (): void => {
        signal.removeEventListener('abort', cancel);
        this.used++;
        resolve(true);
      };
      const cancel = (): void => {
        const i = this.queue.indexOf(grant);
        if (i >= 0) this.queue.splice(i, 1);
        resolve(false);
      };
      this.queue.push(grant);
      signal.addEventListener('abort', cancel, { once: true });
    });
  }

  release(): void {
    this.used = Math.max(0, this.used - 1);
    const next = this.queue.shift();
    if (next) next();
  }

  get inUse(): number {
    return this.used;
  }
}
