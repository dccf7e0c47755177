import { CONTAINER_TYPE, UNKNOWN_LENGTH } from './codes.ts';
import {
  HEADER_SIZE,
  dataContainerLength,
  decodeResponse,
  encodeCommand,
  readHeader,
  roundUpToPacket,
  writeHeader,
  type OperationContainer,
} from './container.ts';
import { protocolError } from './errors.ts';
import type { BulkPipe } from './pipe.ts';
import { PhaseInterrupted, ReadAhead, SinkWriter, local } from './streaming.ts';

export { PhaseInterrupted } from './streaming.ts';

/**
 * Where the bytes of an outgoing data phase come from. `fill` must fill `target` whole with the next bytes. Calls
 * come in order but up to three may be in flight: take the position before the first await, keep hashing in order.
 */
export interface DataOutSource {
  readonly size: number;
  fill(target: Uint8Array): Promise<void> | void;
}

/**
 * Where the bytes of an incoming data phase go. Chunks are owned by the sink once written. A few writes may be in
 * flight at once (calls still come in order): do order-dependent work before the first await.
 */
export interface DataSink {
  write(chunk: Uint8Array): Promise<void> | void;
  /** Forget what was written, so a transaction can be retried (after Device Busy or a cleared stall). */
  reset?(): Promise<void> | void;
}

export interface PhaseControl {
  signal?: AbortSignal;
  /** Payload bytes moved so far in this data phase. */
  onBytes?: (bytes: number) => void;
}

const EMPTY = new Uint8Array(0);
const WRITES_IN_FLIGHT = 3;
const noop = () => undefined;

export interface TransportOptions {
  timeoutMs: number;
  /**
   * Extra wait for the response after a data phase the station sent, per GB sent: a device may first write the
   * whole object to flash before it answers. Default 30 s per GB.
   */
  responseMsPerGb?: number;
  /** Bytes per bulk request: big transfers keep the per-call cost low. Rounded to a multiple of the packet size. */
  transferSize: number;
}

/**
 * Containers over a BulkPipe: commands, streamed data phases in both directions, responses. It keeps the two bits of
 * stream state USB leaves to the host: bytes read past the end of a container, and whether a zero-length packet that
 * ends an exactly packet-sized data phase may still be queued.
 */
export class MtpTransport {
  readonly pipe: BulkPipe;
  readonly transferSize: number;
  timeoutMs: number;
  readonly responseMsPerGb: number;
  private leftover: Uint8Array | null = null;
  private zlpMayFollow = false;
  /** A pipe call we stopped waiting for (cancel): the next call waits for it, so it cannot steal later bytes. */
  private straggler: Promise<void> | null = null;

  constructor(pipe: BulkPipe, options: TransportOptions) {
    this.pipe = pipe;
    this.timeoutMs = options.timeoutMs;
    this.responseMsPerGb = options.responseMsPerGb ?? 30_000;
    const mps = pipe.maxPacketSize;
    this.transferSize = Math.max(mps, Math.floor(options.transferSize / mps) * mps);
  }

  async sendCommand(op: OperationContainer, signal?: AbortSignal): Promise<void> {
    await this.io(() => this.pipe.writeOut(encodeCommand(op), this.timeoutMs), signal);
  }

  /** Sends a data container, header and payload packed into transfers of `transferSize`, reading ahead. */
  async sendData(
    code: number,
    transactionId: number,
    source: DataOutSource,
    control: PhaseControl = {},
  ): Promise<void> {
    const mps = this.pipe.maxPacketSize;
    const size = source.size;
    const total = HEADER_SIZE + size;
    const bufferSize = Math.min(this.transferSize, total);
    const first = Buffer.allocUnsafe(bufferSize);
    writeHeader(first, { length: dataContainerLength(size), type: CONTAINER_TYPE.Data, code, transactionId });
    await local(() => source.fill(first.subarray(HEADER_SIZE, bufferSize)));
    const spare = total > bufferSize ? [Buffer.allocUnsafe(bufferSize), Buffer.allocUnsafe(bufferSize)] : [];
    const ahead = new ReadAhead(source, bufferSize - HEADER_SIZE, this.transferSize, spare);
    let current: Uint8Array = first.subarray(0, bufferSize);
    let buffer: Buffer = first;
    let sent = bufferSize - HEADER_SIZE;
    for (;;) {
      const chunk = current;
      await this.io(() => this.pipe.writeOut(chunk, this.timeoutMs), control.signal);
      control.onBytes?.(sent);
      ahead.give(buffer);
      const next = await ahead.take();
      if (!next) break;
      ({ view: current, buffer } = next);
      sent += current.length;
    }
    // A data phase that fills its last packet exactly is ended by a zero-length packet.
    if (total % mps === 0) await this.io(() => this.pipe.writeOut(EMPTY, this.timeoutMs), control.signal);
  }

  /**
   * Reads a data phase into `sink` and then the response. A device may skip the data phase and answer at once (an
   * error); that response is returned as is. Sink writes overlap the next USB read.
   */
  async receiveData(
    code: number,
    transactionId: number,
    sink: DataSink,
    control: PhaseControl = {},
  ): Promise<OperationContainer> {
    const mps = this.pipe.maxPacketSize;
    const size = this.transferSize;
    const first = await this.readTransfer(size, control.signal);
    const header = readHeader(first);
    if (header.type === CONTAINER_TYPE.Response) return this.checkResponse(first, transactionId);
    if (header.type !== CONTAINER_TYPE.Data) throw protocolError(`expected data but got container type ${header.type}`);
    if (header.code !== code || header.transactionId !== transactionId) {
      throw protocolError(`data for transaction ${header.transactionId} arrived during ${transactionId}`);
    }
    const unknownLength = header.length === UNKNOWN_LENGTH;
    if (!unknownLength && header.length < HEADER_SIZE) throw protocolError(`a data length of ${header.length}`);
    const expected = unknownLength ? Number.POSITIVE_INFINITY : header.length - HEADER_SIZE;

    const writer = new SinkWriter(sink, WRITES_IN_FLIGHT);
    let received = 0;
    const deliver = async (chunk: Uint8Array): Promise<void> => {
      received += chunk.length;
      await writer.write(chunk);
      control.onBytes?.(received);
    };

    let payload = first.subarray(HEADER_SIZE);
    if (payload.length > expected) {
      this.leftover = payload.subarray(expected);
      payload = payload.subarray(0, expected);
    }
    await deliver(payload);
    let lastFull = first.length === size;
    // A header that came alone (some devices send it as a transfer of its own) never ends the data phase, also
    // for objects of 4 GB and more, whose unknown length is otherwise ended by the first short transfer.
    let ended = unknownLength && !lastFull && first.length > HEADER_SIZE;
    while (received < expected && !ended) {
      const want = unknownLength ? size : Math.min(size, roundUpToPacket(expected - received, mps));
      let chunk = await this.readTransfer(want, control.signal, true);
      if (chunk.length === 0) {
        if (unknownLength) break;
        throw protocolError(`the data ended after ${received} of ${expected} bytes`);
      }
      if (chunk.length > expected - received) {
        this.leftover = chunk.subarray(expected - received);
        chunk = chunk.subarray(0, expected - received);
      }
      lastFull = chunk.length === want;
      if (!lastFull && !unknownLength && received + chunk.length < expected) {
        throw protocolError(`a short packet after ${received + chunk.length} of ${expected} bytes`);
      }
      await deliver(chunk);
      if (unknownLength && !lastFull) ended = true;
    }
    await writer.flush();
    // A ZLP may still be queued when our last buffer filled up just at the end of the data: after a container that
    // fills its last packet, or after a payload that does when its header came alone.
    if (!this.leftover && !unknownLength && lastFull) this.zlpMayFollow = true;
    return this.readResponse(transactionId, control.signal);
  }

  /** How long to wait for the response after sending `bytes` (kept below what a timer can hold). */
  responseTimeoutAfter(bytes: number): number {
    return Math.min(this.timeoutMs + Math.ceil((bytes / 1e9) * this.responseMsPerGb), 0x7fffffff);
  }

  async readResponse(transactionId: number, signal?: AbortSignal, timeoutMs?: number): Promise<OperationContainer> {
    const bytes = await this.readTransfer(this.pipe.maxPacketSize, signal, false, timeoutMs);
    return this.checkResponse(bytes, transactionId);
  }

  /**
   * After a cleared stall: the device's response to this transaction if it sent one within `timeoutMs`, else null.
   * Anything else that arrives (late data) is left to the caller's drain.
   */
  async readResponseIfAny(transactionId: number, timeoutMs: number): Promise<OperationContainer | null> {
    this.leftover = null;
    this.zlpMayFollow = false;
    let bytes: Uint8Array;
    try {
      bytes = await this.pipe.readIn(this.transferSize, timeoutMs);
      if (bytes.length === 0) bytes = await this.pipe.readIn(this.transferSize, timeoutMs);
    } catch {
      return null;
    }
    if (bytes.length < HEADER_SIZE || bytes.length > 32) return null;
    const header = readHeader(bytes);
    if (header.type !== CONTAINER_TYPE.Response || header.transactionId !== transactionId) return null;
    return decodeResponse(bytes);
  }

  private checkResponse(bytes: Uint8Array, transactionId: number): OperationContainer {
    const response = decodeResponse(bytes);
    if (response.transactionId !== transactionId) {
      throw protocolError(`the answer is for transaction ${response.transactionId}, not ${transactionId}`);
    }
    return response;
  }

  private async readTransfer(
    maxLength: number,
    signal?: AbortSignal,
    allowEmpty = false,
    timeoutMs = this.timeoutMs,
  ): Promise<Uint8Array> {
    if (this.leftover) {
      const rest = this.leftover;
      this.leftover = null;
      return rest;
    }
    let bytes = await this.io(() => this.pipe.readIn(maxLength, timeoutMs), signal);
    if (bytes.length === 0 && this.zlpMayFollow) {
      this.zlpMayFollow = false;
      bytes = await this.io(() => this.pipe.readIn(maxLength, timeoutMs), signal);
    }
    this.zlpMayFollow = false;
    if (bytes.length === 0 && !allowEmpty) throw protocolError('an empty transfer where a container should start');
    return bytes;
  }

  /** Waits for a call abandoned by a cancel; it settles by its own timeout at the latest. */
  async settle(): Promise<void> {
    const s = this.straggler;
    this.straggler = null;
    if (s) await s;
  }

  /** After a cancel or reset: drop stream state and read off what the device may still have queued. */
  async drain(timeoutMs: number, maxReads = 8): Promise<void> {
    await this.settle();
    this.leftover = null;
    this.zlpMayFollow = false;
    for (let i = 0; i < maxReads; i++) {
      try {
        await this.pipe.readIn(this.transferSize, timeoutMs);
      } catch {
        return;
      }
    }
  }

  private async io<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.straggler) await this.settle();
    if (signal?.aborted) throw new PhaseInterrupted('aborted');
    const p = call();
    if (!signal) return p;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        this.straggler = p.then(noop, noop);
        reject(new PhaseInterrupted('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      p.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: Error) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }
}
