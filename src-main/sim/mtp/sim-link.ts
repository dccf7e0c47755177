import { PipeError, type BulkPipe, type DeviceStatus } from '../../core/mtp/pipe.ts';
import { InQueue } from './in-queue.ts';
import { LinkPacer, type LinkModel } from './pacer.ts';

/** What the device does with class requests on endpoint 0. */
export interface SimControlHandler {
  cancel(transactionId: number): void;
  status(): number;
  /** Device Reset: done, only acknowledged, or refused with a stall. */
  reset(): 'reset' | 'ignored' | 'stall';
  /** A USB port reset: the device's function restarts, whatever state it was in. */
  portReset(): void;
  hostClosed(): void;
}

/** The device end of a link went away (unplug, reset, host closed): the responder stops its loop. */
export class LinkGone extends Error {}

interface Waiter {
  timer: ReturnType<typeof setTimeout> | null;
  settle(): boolean;
  fail(error: Error): void;
}

const IN_ENDPOINT = 0x81;
const OUT_ENDPOINT = 0x02;
const HIGH_WATER = 4 * 1024 * 1024;

export interface SimLinkOptions {
  maxPacketSize?: number;
  model?: LinkModel | null;
}

/**
 * An in-process USB link between the station (host side: a BulkPipe) and the simulated responder (device side).
 * It keeps the USB rules the initiator has to live with: transfers end at short or zero-length packets, a read
 * larger than what is queued waits, data is copied across (each side owns its buffers), endpoints can halt, and
 * the cable can be pulled at any moment.
 */
export class SimUsbLink {
  readonly maxPacketSize: number;
  readonly host: BulkPipe;
  control: SimControlHandler | null = null;
  private readonly pacer: LinkPacer;
  private readonly inQueue: InQueue;
  private outQueue: Uint8Array[] = [];
  private outQueued = 0;
  private events: Uint8Array[] = [];
  private readonly halted = { in: false, out: false };
  private hostRead: Waiter | null = null;
  private eventRead: Waiter | null = null;
  private deviceRead: { resolve(v: Uint8Array): void; reject(e: Error): void } | null = null;
  private inDrained: (() => void)[] = [];
  private outDrained: Waiter[] = [];
  private readonly silentWaiters = new Set<Waiter>();
  private gone: PipeError | null = null;
  private silenced = false;

  constructor(options: SimLinkOptions = {}) {
    this.maxPacketSize = options.maxPacketSize ?? 512;
    this.pacer = new LinkPacer(options.model ?? null);
    this.inQueue = new InQueue(this.maxPacketSize);
    this.host = this.makeHost();
  }

  get disconnected(): boolean {
    return this.gone?.kind === 'disconnected';
  }

  // ---- device side ----

  /** The next host OUT transfer (an empty array is a zero-length packet). */
  receiveOut(): Promise<Uint8Array> {
    if (this.gone) return Promise.reject(new LinkGone(this.gone.kind));
    const next = this.outQueue.shift();
    if (next) {
      this.outQueued -= next.length;
      this.wakeOutWriters();
      return Promise.resolve(next);
    }
    return new Promise((resolve, reject) => (this.deviceRead = { resolve, reject }));
  }

  /** Wakes a pending receiveOut with `error` (the device abandons a transaction on Cancel Request). */
  interruptDeviceRead(error: Error): void {
    const reader = this.deviceRead;
    this.deviceRead = null;
    reader?.reject(error);
  }

  /**
   * Queues bytes of the current IN container; resolves when the host has room for more (backpressure). The link
   * keeps a reference until the host reads (and copies) them: pass bytes nobody changes, like stored contents.
   */
  sendIn(data: Uint8Array, end: boolean, omitZlp = false): Promise<void> {
    if (this.gone) return Promise.reject(new LinkGone(this.gone.kind));
    if (this.silenced) return Promise.resolve();
    this.inQueue.push(data, end, omitZlp);
    this.pumpIn();
    if (this.inQueue.bytes <= HIGH_WATER) return Promise.resolve();
    return new Promise((resolve) => this.inDrained.push(resolve));
  }

  sendEvent(container: Uint8Array): void {
    if (this.gone || this.silenced) return;
    this.events.push(Uint8Array.from(container));
    const waiter = this.eventRead;
    if (waiter?.settle()) this.eventRead = null;
  }

  stall(direction: 'in' | 'out'): void {
    this.halted[direction] = true;
    if (direction === 'in') {
      this.flushIn();
      this.failHostRead(new PipeError('stall', 'The device halted its bulk IN endpoint.'));
    } else {
      this.flushOut();
      for (const w of this.outDrained.splice(0))
        w.fail(new PipeError('stall', 'The device halted its bulk OUT endpoint.'));
    }
  }

  /** Drops what the device queued for the host (cancel, reset). */
  flushIn(): void {
    this.inQueue.clear();
    for (const resolve of this.inDrained.splice(0)) resolve();
  }

  flushOut(): void {
    this.outQueue = [];
    this.outQueued = 0;
    this.wakeOutWriters();
  }

  /** The cable is pulled: every pending and later call fails with `disconnected`. */
  unplug(): void {
    this.end(new PipeError('disconnected', 'The device is no longer on the USB bus.'));
  }

  /** The device stops answering anything, control requests included (the "timeout" fault). */
  silence(): void {
    this.silenced = true;
    this.flushIn();
  }

  // ---- host side ----

  private makeHost(): BulkPipe {
    return {
      maxPacketSize: this.maxPacketSize,
      writeOut: (data, timeoutMs) => this.hostWrite(data, timeoutMs),
      readIn: (maxLength, timeoutMs) => this.hostReadIn(maxLength, timeoutMs),
      readEvent: (timeoutMs) => this.hostReadEvent(timeoutMs),
      clearHalt: (direction, timeoutMs) =>
        this.controlCall(timeoutMs, () => {
          this.halted[direction] = false;
        }),
      cancelRequest: (transactionId, timeoutMs) =>
        this.controlCall(timeoutMs, () => this.control?.cancel(transactionId)),
      getDeviceStatus: (timeoutMs) =>
        this.controlCall(timeoutMs, (): DeviceStatus => {
          const stalledEndpoints: number[] = [];
          if (this.halted.in) stalledEndpoints.push(IN_ENDPOINT);
          if (this.halted.out) stalledEndpoints.push(OUT_ENDPOINT);
          return { code: this.control?.status() ?? 0x2001, stalledEndpoints };
        }),
      resetDevice: (timeoutMs) =>
        this.controlCall(timeoutMs, () => {
          const outcome = this.control?.reset() ?? 'reset';
          if (outcome === 'stall') throw new PipeError('stall', 'The device stalled Device Reset.');
          if (outcome === 'ignored') return;
          this.flushIn();
          this.flushOut();
          this.halted.in = this.halted.out = false;
        }),
      resetPort: (timeoutMs) =>
        this.controlCall(timeoutMs, () => {
          this.flushIn();
          this.flushOut();
          this.halted.in = this.halted.out = false;
          this.control?.portReset();
        }),
      close: () => {
        if (!this.gone) {
          this.end(new PipeError('closed', 'The station closed the connection.'));
          this.control?.hostClosed();
        }
        return Promise.resolve();
      },
    };
  }

  private controlCall<T>(timeoutMs: number, act: () => T): Promise<T> {
    if (this.gone) return Promise.reject(this.gone);
    if (this.silenced) return this.neverAnswer(timeoutMs);
    try {
      return Promise.resolve(act());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new PipeError('io', String(error)));
    }
  }

  private neverAnswer<T>(timeoutMs: number): Promise<T> {
    return new Promise((_, reject) => {
      const waiter: Waiter = {
        timer: setTimeout(() => {
          this.silentWaiters.delete(waiter);
          reject(new PipeError('timeout', `No answer within ${timeoutMs} ms.`));
        }, timeoutMs),
        settle: () => false,
        fail: (e) => reject(e),
      };
      this.silentWaiters.add(waiter);
    });
  }

  private async hostWrite(data: Uint8Array, timeoutMs: number): Promise<void> {
    if (this.gone) throw this.gone;
    if (this.halted.out) throw new PipeError('stall', 'The bulk OUT endpoint is halted.');
    if (this.silenced) return this.neverAnswer(timeoutMs);
    const copy = Buffer.allocUnsafe(data.length);
    copy.set(data);
    if (this.pacer.active) {
      await this.pacer.pace(copy.length);
      if (this.gone) throw this.gone;
    }
    const reader = this.deviceRead;
    if (reader) {
      this.deviceRead = null;
      reader.resolve(copy);
      return;
    }
    this.outQueue.push(copy);
    this.outQueued += copy.length;
    if (this.outQueued <= HIGH_WATER) return;
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        timer: setTimeout(() => {
          this.outDrained = this.outDrained.filter((w) => w !== waiter);
          const at = this.outQueue.indexOf(copy);
          if (at >= 0) {
            this.outQueue.splice(at, 1);
            this.outQueued -= copy.length;
          }
          reject(new PipeError('timeout', `The device took no data for ${timeoutMs} ms.`));
        }, timeoutMs),
        settle: () => {
          if (this.outQueued > HIGH_WATER) return false;
          clearTimeout(waiter.timer ?? undefined);
          resolve();
          return true;
        },
        fail: (e) => {
          clearTimeout(waiter.timer ?? undefined);
          reject(e);
        },
      };
      this.outDrained.push(waiter);
    });
  }

  private wakeOutWriters(): void {
    this.outDrained = this.outDrained.filter((w) => !w.settle());
  }

  private hostReadIn(maxLength: number, timeoutMs: number): Promise<Uint8Array> {
    if (this.gone) return Promise.reject(this.gone);
    if (maxLength <= 0 || maxLength % this.maxPacketSize !== 0) {
      return Promise.reject(new PipeError('io', `A read of ${maxLength} bytes is not a whole number of packets.`));
    }
    if (this.halted.in) return Promise.reject(new PipeError('stall', 'The bulk IN endpoint is halted.'));
    if (this.hostRead) return Promise.reject(new PipeError('io', 'Two reads at once on one endpoint.'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        timer: null,
        settle: () => {
          const size = this.inQueue.completableSize(maxLength);
          if (size < 0) return false;
          clearTimeout(waiter.timer ?? undefined);
          const bytes = this.inQueue.take(maxLength, size);
          if (this.inQueue.bytes <= HIGH_WATER) for (const resolve of this.inDrained.splice(0)) resolve();
          if (this.pacer.active) this.pacer.pace(bytes.length).then(() => resolve(bytes), reject);
          else resolve(bytes);
          return true;
        },
        fail: (e) => {
          clearTimeout(waiter.timer ?? undefined);
          reject(e);
        },
      };
      if (!this.silenced && waiter.settle()) return;
      waiter.timer = setTimeout(() => {
        if (this.hostRead === waiter) this.hostRead = null;
        // Packets that came but did not complete the transfer went into it on the wire: a timed-out transfer
        // takes them along (a device that stopped a data phase mid-way leaves no stray bytes for the next read).
        if (!this.silenced && this.inQueue.bytes > 0 && this.inQueue.completableSize(maxLength) < 0) {
          this.inQueue.take(maxLength, this.inQueue.bytes);
          for (const resolve of this.inDrained.splice(0)) resolve();
        }
        reject(new PipeError('timeout', `No data within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.hostRead = waiter;
    });
  }

  private pumpIn(): void {
    const waiter = this.hostRead;
    if (waiter?.settle()) this.hostRead = null;
  }

  private failHostRead(error: PipeError): void {
    const waiter = this.hostRead;
    this.hostRead = null;
    waiter?.fail(error);
  }

  private hostReadEvent(timeoutMs: number): Promise<Uint8Array | null> {
    if (this.gone) return Promise.reject(this.gone);
    const ready = this.events.shift();
    if (ready) return Promise.resolve(ready);
    if (this.eventRead) return Promise.reject(new PipeError('io', 'Two event reads at once.'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        timer: null,
        settle: () => {
          const next = this.events.shift();
          if (!next) return false;
          clearTimeout(waiter.timer ?? undefined);
          resolve(next);
          return true;
        },
        fail: (e) => {
          clearTimeout(waiter.timer ?? undefined);
          reject(e);
        },
      };
      waiter.timer = setTimeout(() => {
        if (this.eventRead === waiter) this.eventRead = null;
        resolve(null);
      }, timeoutMs);
      // The event reader runs in the background; it must never keep a process alive by itself.
      waiter.timer.unref();
      this.eventRead = waiter;
    });
  }

  private end(error: PipeError): void {
    if (this.gone) return;
    this.gone = error;
    this.failHostRead(error);
    const ev = this.eventRead;
    this.eventRead = null;
    ev?.fail(error);
    for (const w of this.outDrained.splice(0)) w.fail(error);
    for (const w of this.silentWaiters) {
      clearTimeout(w.timer ?? undefined);
      w.fail(error);
    }
    this.silentWaiters.clear();
    const reader = this.deviceRead;
    this.deviceRead = null;
    reader?.reject(new LinkGone(error.kind));
    for (const resolve of this.inDrained.splice(0)) resolve();
  }
}
