import type { Socket } from 'node:net';
import { PipeError } from './pipe.ts';

/**
 * One endpoint of an ffs-loopback gadget (see shared/tools/ffs-loopback/README.md): a Unix stream socket on which
 * every USB transfer is one frame, a little-endian u32 length and then that many bytes. On ep0 the length
 * 0xFFFFFFFF (no bytes follow) means the device acknowledged a control request's status stage.
 */
export const FRAME_ACK = 'ack';
export type Frame = Uint8Array | typeof FRAME_ACK;

const ACK_LENGTH = 0xffffffff;
/** No single USB transfer of an MTP device comes near this; a larger length is a broken stream, not data. */
const MAX_FRAME = 256 * 1024 * 1024;

interface Waiter {
  resolve(frame: Frame): void;
  reject(error: PipeError): void;
  timer: ReturnType<typeof setTimeout> | null;
}

export class FrameChannel {
  readonly name: string;
  private readonly socket: Socket;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private wanted: number | null = null;
  private readonly frames: Frame[] = [];
  private waiter: Waiter | null = null;
  private gone: PipeError | null = null;
  private readonly closeListeners: (() => void)[] = [];

  constructor(socket: Socket, name: string) {
    this.socket = socket;
    this.name = name;
    socket.setNoDelay?.(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => this.end(new PipeError('disconnected', `The device closed its ${name} endpoint.`)));
  }

  get closed(): boolean {
    return this.gone !== null;
  }

  /** The next frame; rejects with a timeout (the frame, when it comes, stays queued) or a disconnect. */
  next(timeoutMs: number): Promise<Frame> {
    const ready = this.frames.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.gone) return Promise.reject(this.gone);
    if (this.waiter) return Promise.reject(new PipeError('io', `Two reads at once on ${this.name}.`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, timer: null };
      waiter.timer = setTimeout(() => {
        if (this.waiter === waiter) this.waiter = null;
        reject(new PipeError('timeout', `Nothing arrived on ${this.name} within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.waiter = waiter;
    });
  }

  /** Sends one frame; resolves once the bytes are handed to the system (the caller may then reuse `data`). */
  send(data: Uint8Array, timeoutMs: number): Promise<void> {
    if (this.gone) return Promise.reject(this.gone);
    const header = Buffer.allocUnsafe(4);
    header.writeUInt32LE(data.length, 0);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new PipeError('timeout', `The device took no data on ${this.name} for ${timeoutMs} ms.`)),
        timeoutMs,
      );
      this.socket.cork();
      this.socket.write(header);
      this.socket.write(data, (error) => {
        clearTimeout(timer);
        if (error) reject(this.gone ?? new PipeError('disconnected', `${this.name}: ${error.message}`, error));
        else resolve();
      });
      this.socket.uncork();
    });
  }

  /** Called once when the stream ends, whoever ended it. */
  onClose(listener: () => void): void {
    if (this.gone) listener();
    else this.closeListeners.push(listener);
  }

  /** Drops frames nobody waited for (a control reply that came after its request timed out). */
  discardQueued(): number {
    return this.frames.splice(0).length;
  }

  close(): void {
    this.end(new PipeError('closed', 'The station closed the connection.'));
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.wanted === null) {
        if (this.buffered < 4) return;
        const length = this.take(4).readUInt32LE(0);
        if (length === ACK_LENGTH) {
          this.deliver(FRAME_ACK);
          continue;
        }
        if (length > MAX_FRAME) {
          this.end(new PipeError('io', `A ${length}-byte frame on ${this.name}: the stream is broken.`));
          this.socket.destroy();
          return;
        }
        this.wanted = length;
      }
      if (this.buffered < this.wanted) return;
      const frame = this.take(this.wanted);
      this.wanted = null;
      this.deliver(frame);
    }
  }

  /** The first n buffered bytes, copied only when they span chunks. */
  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0];
    if (n === 0) return Buffer.alloc(0);
    if (first && first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const c = this.chunks[0]!;
      const k = Math.min(c.length, n - at);
      c.copy(out, at, 0, k);
      at += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    return out;
  }

  private deliver(frame: Frame): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      if (waiter.timer) clearTimeout(waiter.timer);
      waiter.resolve(frame);
    } else this.frames.push(frame);
  }

  private end(error: PipeError): void {
    if (this.gone) return;
    this.gone = error;
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter?.timer) clearTimeout(waiter.timer);
    waiter?.reject(error);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
