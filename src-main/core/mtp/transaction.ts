import { StationError } from '../../shared/errors.ts';
import { OPERATION, RESPONSE } from './codes.ts';
import type { OperationContainer } from './container.ts';
import {
  MtpError,
  canceledError,
  disconnectedError,
  isMtpError,
  responseError,
  sessionUnusableError,
  stalledError,
  timeoutError,
  type Moment,
} from './errors.ts';
import { isPipeError, type PipeError } from './pipe.ts';
import { PhaseInterrupted, type DataOutSource, type DataSink, type MtpTransport } from './transport.ts';
import { say } from '../language.ts';

export interface MtpRequest {
  code: number;
  params?: number[];
  /** A factory, so a transaction answered with Device Busy can send its data again. */
  dataOut?: () => DataOutSource;
  sink?: DataSink;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
  /** Forced transaction id: 0 for OpenSession and for GetDeviceInfo outside a session. */
  transactionId?: number;
}

export type SessionState = 'idle' | 'open' | 'broken' | 'disconnected' | 'closed';

export interface RunnerOptions {
  busyRetries: number;
  busyBackoffMs: number;
  stallRetries: number;
  /** Timeout for each step of cleaning up after a failed transfer (cancel, status, clear halt). */
  cleanupTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

const TRANSFER_OPS: ReadonlySet<number> = new Set([
  OPERATION.GetObject,
  OPERATION.GetPartialObject,
  OPERATION.SendObject,
  OPERATION.GetThumb,
]);
const BUSY = RESPONSE.DeviceBusy;

/**
 * Runs one MTP transaction at a time: transaction ids, Device Busy retries with backoff, and the cleanup each
 * failure needs (class Cancel Request, Get Device Status, clear halts) before it becomes a typed error.
 */
export class TransactionRunner {
  state: SessionState = 'idle';
  readonly transport: MtpTransport;
  readonly options: RunnerOptions;
  private lastTransactionId = 0;

  constructor(transport: MtpTransport, options: RunnerOptions) {
    this.transport = transport;
    this.options = options;
  }

  /** 1, 2, ... after OpenSession; 0 and 0xFFFFFFFF are reserved, so the count wraps from 0xFFFFFFFE to 1. */
  nextTransactionId(): number {
    this.lastTransactionId = this.lastTransactionId >= 0xfffffffe ? 1 : this.lastTransactionId + 1;
    return this.lastTransactionId;
  }

  restartTransactionIds(last = 0): void {
    this.lastTransactionId = last;
  }

  async run(req: MtpRequest): Promise<OperationContainer> {
    let busy = 0;
    let stalls = 0;
    for (;;) {
      this.assertUsable();
      // Checked before an id is taken: a command that never went out must not leave a gap in the ids.
      if (req.signal?.aborted) throw canceledError();
      const transactionId = req.transactionId ?? this.nextTransactionId();
      let response: OperationContainer;
      try {
        response = await this.once(req, transactionId);
      } catch (error) {
        const mapped = await this.fail(error, req, transactionId);
        if (isMtpError(mapped, 'mtp-stalled') && !req.dataOut && stalls < this.options.stallRetries) {
          stalls++;
          await req.sink?.reset?.();
          continue;
        }
        throw mapped;
      }
      if (response.code === BUSY && busy < this.options.busyRetries) {
        await this.options.sleep(this.options.busyBackoffMs * 2 ** busy);
        busy++;
        await req.sink?.reset?.();
        continue;
      }
      if (response.code !== RESPONSE.OK) throw responseError(response.code, req.code);
      return response;
    }
  }

  private assertUsable(): void {
    switch (this.state) {
      case 'idle':
      case 'open':
        return;
      case 'broken':
        throw sessionUnusableError();
      case 'disconnected':
        throw disconnectedError('earlier');
      case 'closed':
        throw new MtpError('mtp-closed', say('transfer:mtp-closed.title'), say('transfer:mtp-closed.byStation'));
    }
  }

  private async once(req: MtpRequest, transactionId: number): Promise<OperationContainer> {
    const t = this.transport;
    const control = { signal: req.signal, onBytes: req.onBytes };
    // The command always goes out whole (it is one short packet); a cancel can only stop what follows it.
    await t.sendCommand({ code: req.code, transactionId, params: req.params ?? [] });
    if (req.dataOut) {
      const source = req.dataOut();
      await t.sendData(req.code, transactionId, source, control);
      return t.readResponse(transactionId, req.signal, t.responseTimeoutAfter(source.size));
    }
    if (req.sink) return t.receiveData(req.code, transactionId, req.sink, control);
    return t.readResponse(transactionId, req.signal);
  }

  /** Cleans up after a failed transaction and returns the error to throw. */
  private async fail(error: unknown, req: MtpRequest, transactionId: number): Promise<unknown> {
    const during: Moment = TRANSFER_OPS.has(req.code) ? 'copy' : 'talking';
    if (error instanceof PhaseInterrupted) {
      const cleanup = await this.attempt(() => this.cancel(transactionId), during);
      if (cleanup) return cleanup;
      if (error.reason === 'aborted') return canceledError();
      return error.cause instanceof StationError ? error.cause : (error.cause ?? error);
    }
    if (isPipeError(error)) return this.failPipe(error, req, transactionId, during);
    if (isMtpError(error, 'mtp-protocol')) {
      this.state = 'broken';
      // Best effort: the device may still be mid-transaction. The session stays broken until recover().
      await this.attempt(() => this.cancel(transactionId), during);
    }
    return error;
  }

  private async failPipe(error: PipeError, req: MtpRequest, transactionId: number, during: Moment): Promise<MtpError> {
    switch (error.kind) {
      case 'disconnected':
        this.state = 'disconnected';
        return disconnectedError(during, error);
      case 'timeout': {
        const cleanup = await this.attempt(() => this.cancel(transactionId), during);
        if (this.state !== 'disconnected') this.state = 'broken';
        return cleanup ?? timeoutError(during, error);
      }
      case 'stall': {
        // A device halts a pipe to stop a data phase it cannot finish, then says why in its response (Store
        // Full, Incomplete Transfer...): keep that answer rather than drain it away as noise.
        let answer: OperationContainer | null = null;
        const cleanup = await this.attempt(async () => {
          await this.recoverPipes(true);
          answer = await this.transport.readResponseIfAny(transactionId, Math.min(this.options.cleanupTimeoutMs, 200));
          if (!answer) await this.transport.drain(Math.min(this.options.cleanupTimeoutMs, 50));
        }, during);
        if (cleanup) return cleanup;
        const said = answer as OperationContainer | null;
        if (said && said.code !== RESPONSE.OK) return responseError(said.code, req.code);
        return stalledError(during, error);
      }
      case 'closed':
        this.state = 'closed';
        return new MtpError('mtp-closed', say('transfer:mtp-closed.title'), say('transfer:mtp-closed.message'), {
          cause: error,
        });
      default:
        this.state = 'broken';
        return new MtpError(
          'mtp-usb-error',
          say('transfer:usb-io'),
          say('transfer:usbFailed', { detail: error.message }),
          {
            cause: error,
          },
        );
    }
  }

  /** Runs a cleanup step; a disconnect during cleanup wins over the original error, other failures break the session. */
  private async attempt(step: () => Promise<void>, during: Moment): Promise<MtpError | null> {
    try {
      await step();
      return null;
    } catch (error) {
      if (isPipeError(error, 'disconnected')) {
        this.state = 'disconnected';
        return disconnectedError(during, error);
      }
      this.state = 'broken';
      return null;
    }
  }

  /** The USB Still Image class cancel: Cancel Request, wait for the device to be ready, clear halts, drain. */
  async cancel(transactionId: number): Promise<void> {
    const { pipe } = this.transport;
    try {
      await pipe.cancelRequest(transactionId, this.options.cleanupTimeoutMs);
    } catch (error) {
      // A device that ignores control requests will ignore the rest too: stop here rather than wait on each step.
      if (isPipeError(error, 'disconnected') || isPipeError(error, 'timeout')) throw error;
    }
    await this.transport.settle();
    // Some devices go on sending for a moment after the request (slow-cancel): read it off before and after
    // they report ready, until a short quiet gap, so late data is never taken for the next transaction's answer.
    const gap = Math.min(this.options.cleanupTimeoutMs, 50);
    await this.transport.drain(gap, 64);
    await this.recoverPipes(false);
    await this.transport.drain(gap, 64);
  }

  /** Polls Get Device Status until the device is no longer busy, then clears the halts it reports (or both). */
  async recoverPipes(sawStall: boolean): Promise<void> {
    const { pipe } = this.transport;
    const t = this.options.cleanupTimeoutMs;
    let stalled: number[] | null = null;
    for (let i = 0; i < 20; i++) {
      let status;
      try {
        status = await pipe.getDeviceStatus(t);
      } catch (error) {
        if (isPipeError(error, 'disconnected') || isPipeError(error, 'timeout')) throw error;
        break;
      }
      stalled = status.stalledEndpoints;
      if (status.code !== BUSY) break;
      await this.options.sleep(20);
    }
    const directions = new Set<'in' | 'out'>();
    for (const ep of stalled ?? []) directions.add(ep & 0x80 ? 'in' : 'out');
    if (sawStall || stalled === null) {
      directions.add('in');
      directions.add('out');
    }
    for (const direction of directions) {
      try {
        await pipe.clearHalt(direction, t);
      } catch (error) {
        if (isPipeError(error, 'disconnected')) throw error;
      }
    }
  }
}
