import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { StationError } from '../../shared/errors.ts';
import type { UsbDescriptor } from '../devices/descriptor.ts';
import { PipeError, type BulkPipe, type DeviceStatus } from './pipe.ts';

/**
 * An MTP session on file: every container both ways (bulk OUT, bulk IN, interrupt events) with its time, plus the
 * USB descriptor of the device it came from. Made with `--capture <file>` on any device command; played back with
 * `--replay <file>`, where the device answers from the file and the station must ask exactly what it asked then.
 */
const Entry = z.object({
  /** Milliseconds since the pipe opened. */
  t: z.number(),
  dir: z.enum(['out', 'in', 'event', 'control']),
  /** Hex bytes (out: what the station sent; in/event: what the device answered), or a control request's name. */
  data: z.string(),
  /** A failed call: the pipe error's kind and message, as the station saw it. */
  error: z.object({ kind: z.string(), message: z.string() }).optional(),
});
export type CaptureEntry = z.infer<typeof Entry>;

export const CaptureFile = z.object({
  format: z.literal('holobench-mtp-capture'),
  version: z.literal(1),
  createdAt: z.string(),
  /** Where it came from: "simulator hl2", "HoloLens 2 build 22621", ... Free text for people. */
  source: z.string(),
  descriptor: z.custom<UsbDescriptor>((v) => typeof v === 'object' && v !== null && 'vendorId' in v),
  maxPacketSize: z.number().int().positive(),
  entries: z.array(Entry),
});
export type CaptureFile = z.infer<typeof CaptureFile>;

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

/** Records a pipe's traffic; `file()` gives the capture once the command is done. */
export class CapturingPipe implements BulkPipe {
  readonly maxPacketSize: number;
  private readonly inner: BulkPipe;
  private readonly entries: CaptureEntry[] = [];
  private readonly started = performance.now();

  constructor(inner: BulkPipe) {
    this.inner = inner;
    this.maxPacketSize = inner.maxPacketSize;
  }

  file(descriptor: UsbDescriptor, source: string): CaptureFile {
    return {
      format: 'holobench-mtp-capture',
      version: 1,
      createdAt: new Date().toISOString(),
      source,
      descriptor,
      maxPacketSize: this.maxPacketSize,
      entries: [...this.entries],
    };
  }

  private async record<T>(dir: CaptureEntry['dir'], data: string, run: () => Promise<T>, answer?: (r: T) => string) {
    const t = Math.round(performance.now() - this.started);
    try {
      const result = await run();
      this.entries.push({ t, dir, data: answer ? answer(result) : data });
      return result;
    } catch (error) {
      const kind = error instanceof PipeError ? error.kind : 'io';
      this.entries.push({
        t,
        dir,
        data,
        error: { kind, message: error instanceof Error ? error.message : String(error) },
      });
      throw error;
    }
  }

  writeOut(data: Uint8Array, timeoutMs: number): Promise<void> {
    const sent = hex(data);
    return this.record('out', sent, () => this.inner.writeOut(data, timeoutMs));
  }
  readIn(maxLength: number, timeoutMs: number): Promise<Uint8Array> {
    return this.record('in', '', () => this.inner.readIn(maxLength, timeoutMs), hex);
  }
  async readEvent(timeoutMs: number): Promise<Uint8Array | null> {
    const event = await this.inner.readEvent(timeoutMs);
    if (event) this.entries.push({ t: Math.round(performance.now() - this.started), dir: 'event', data: hex(event) });
    return event;
  }
  clearHalt(direction: 'in' | 'out', timeoutMs: number): Promise<void> {
    return this.record('control', `clearHalt:${direction}`, () => this.inner.clearHalt(direction, timeoutMs));
  }
  cancelRequest(transactionId: number, timeoutMs: number): Promise<void> {
    return this.record('control', `cancel:${transactionId}`, () => this.inner.cancelRequest(transactionId, timeoutMs));
  }
  getDeviceStatus(timeoutMs: number): Promise<DeviceStatus> {
    return this.record(
      'control',
      'status',
      () => this.inner.getDeviceStatus(timeoutMs),
      (s) => `status:${JSON.stringify(s)}`,
    );
  }
  resetDevice(timeoutMs: number): Promise<void> {
    return this.record('control', 'reset', () => this.inner.resetDevice(timeoutMs));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The station asked something the capture does not have at that point. */
export class ReplayStrayError extends StationError {
  constructor(detail: string) {
    super('replay-strayed', 'The station strayed from the capture', detail);
    this.name = 'ReplayStrayError';
  }
}

/**
 * A device that plays a capture back. Bulk OUT is checked byte for byte against what the station sent when the
 * capture was made, in order; bulk IN and control answers come from the capture, in order; events are delivered at
 * their recorded time. The first difference is kept (`strayed`) and the pipe fails from then on, so a command run
 * against a replay ends with that difference, never with a quiet success.
 */
export class ReplayPipe implements BulkPipe {
  readonly maxPacketSize: number;
  strayed: ReplayStrayError | null = null;
  private readonly queues: Record<'out' | 'in' | 'control', { entry: CaptureEntry; index: number }[]>;
  private readonly events: { entry: CaptureEntry; index: number }[];
  private readonly started = performance.now();

  constructor(capture: CaptureFile) {
    this.maxPacketSize = capture.maxPacketSize;
    const of = (dir: CaptureEntry['dir']) =>
      capture.entries.map((entry, index) => ({ entry, index })).filter((e) => e.entry.dir === dir);
    this.queues = { out: of('out'), in: of('in'), control: of('control') };
    this.events = of('event');
  }

  /** What the capture still holds that the station never asked for (checked when the command ends). */
  leftover(): number {
    return this.queues.out.length + this.queues.in.length;
  }

  private next(dir: 'out' | 'in' | 'control', what: string): CaptureEntry & { index: number } {
    if (this.strayed) throw new PipeError('io', this.strayed.message);
    const item = this.queues[dir].shift();
    if (!item)
      return this.stray(
        `the station asked for ${what}, but the capture has no more ${dir === 'out' ? 'commands' : 'answers'} there.`,
      );
    if (item.entry.error) throw new PipeError(item.entry.error.kind as PipeError['kind'], item.entry.error.message);
    return { ...item.entry, index: item.index };
  }

  private stray(detail: string): never {
    this.strayed ??= new ReplayStrayError(detail);
    throw new PipeError('io', this.strayed.message);
  }

  writeOut(data: Uint8Array): Promise<void> {
    try {
      const expected = this.next('out', 'to send a container');
      const sent = hex(data);
      if (sent !== expected.data) {
        this.stray(
          `replay: at entry ${expected.index} of the capture the station sent ${sent.slice(0, 48)}…, the capture has ${expected.data.slice(0, 48)}….`,
        );
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }
  readIn(maxLength: number): Promise<Uint8Array> {
    try {
      const answer = bytes(this.next('in', 'an answer').data);
      if (answer.length > maxLength)
        this.stray(`the station read at most ${maxLength} bytes where the capture has ${answer.length}.`);
      return Promise.resolve(answer);
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }
  async readEvent(timeoutMs: number): Promise<Uint8Array | null> {
    const due = this.events[0];
    const now = performance.now() - this.started;
    if (due && due.entry.t <= now + timeoutMs) {
      await new Promise((r) => setTimeout(r, Math.max(0, due.entry.t - now)));
      this.events.shift();
      return bytes(due.entry.data);
    }
    await new Promise((r) => setTimeout(r, Math.min(timeoutMs, 200)));
    return null;
  }
  private control(what: string): Promise<string> {
    try {
      const e = this.next('control', what);
      if (!e.data.startsWith(what)) this.stray(`the station sent ${what} where the capture has ${e.data}.`);
      return Promise.resolve(e.data);
    } catch (error) {
      return Promise.reject(asError(error));
    }
  }
  async clearHalt(direction: 'in' | 'out'): Promise<void> {
    await this.control(`clearHalt:${direction}`);
  }
  async cancelRequest(transactionId: number): Promise<void> {
    await this.control(`cancel:${transactionId}`);
  }
  async getDeviceStatus(): Promise<DeviceStatus> {
    const data = await this.control('status');
    return JSON.parse(data.slice('status:'.length)) as DeviceStatus;
  }
  async resetDevice(): Promise<void> {
    await this.control('reset');
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export async function readCaptureFile(path: string): Promise<CaptureFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new StationError(
      'usage',
      'Bad capture',
      `${path} is not a readable capture file (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const parsed = CaptureFile.safeParse(raw);
  if (!parsed.success)
    throw new StationError('usage', 'Bad capture', `${path} is not a HoloBench MTP capture (version 1).`);
  return parsed.data;
}

export async function writeCaptureFile(path: string, capture: CaptureFile): Promise<void> {
  await writeFile(path, `${JSON.stringify(capture, null, 1)}\n`);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
