import type { DataOutSource, DataSink } from './transport.ts';

const noop = () => undefined;

/** A data phase stopped by the station (cancel) or by this PC (a local file failed), not by the device. */
export class PhaseInterrupted extends Error {
  readonly reason: 'aborted' | 'local';

  constructor(reason: 'aborted' | 'local', cause?: unknown) {
    super(reason === 'aborted' ? 'canceled' : 'local failure', { cause });
    this.reason = reason;
  }
}

/**
 * Keeps a few sink writes in flight while the next USB reads run, so disk and USB overlap; memory stays at a few
 * chunks. Sinks get `write` calls in order and must do order-dependent work (hashing, offsets) before awaiting.
 */
export class SinkWriter {
  private readonly sink: DataSink;
  private readonly depth: number;
  private readonly inFlight: Promise<void>[] = [];

  constructor(sink: DataSink, depth: number) {
    this.sink = sink;
    this.depth = depth;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    while (this.inFlight.length >= this.depth) await this.inFlight.shift();
    const pending = local(() => this.sink.write(chunk));
    // Marked handled now: it is awaited later, but may fail while a USB read is pending.
    pending.catch(noop);
    this.inFlight.push(pending);
  }

  async flush(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}

/** Fills spare buffers from the source ahead of the USB writes; fills start in order and the source keeps it. */
export class ReadAhead {
  private readonly source: DataOutSource;
  private readonly transferSize: number;
  private readonly spare: Buffer[];
  private readonly queue: { view: Uint8Array; buffer: Buffer; ready: Promise<void> }[] = [];
  private offset: number;

  constructor(source: DataOutSource, offset: number, transferSize: number, spare: Buffer[]) {
    this.source = source;
    this.offset = offset;
    this.transferSize = transferSize;
    this.spare = spare;
    this.top();
  }

  private top(): void {
    while (this.spare.length > 0 && this.offset < this.source.size) {
      const buffer = this.spare.pop()!;
      const view = buffer.subarray(0, Math.min(this.transferSize, this.source.size - this.offset));
      const ready = local(() => this.source.fill(view));
      ready.catch(noop);
      this.queue.push({ view, buffer, ready });
      this.offset += view.length;
    }
  }

  give(buffer: Buffer): void {
    if (this.spare.length < 2 && buffer.length === this.transferSize) this.spare.push(buffer);
    this.top();
  }

  async take(): Promise<{ view: Uint8Array; buffer: Buffer } | null> {
    const next = this.queue.shift();
    if (!next) return null;
    await next.ready;
    return next;
  }
}

/** Runs a local step (file read or write); its failure interrupts the data phase as a local problem. */
export async function local(step: () => Promise<void> | void): Promise<void> {
  try {
    await step();
  } catch (error) {
    throw new PhaseInterrupted('local', error);
  }
}
