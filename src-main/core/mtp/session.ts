import { Emitter } from '../emitter.ts';
import { RESPONSE } from './codes.ts';
import type { DeviceInfo } from './datasets.ts';
import { disconnectedError, isMtpError, timeoutError, type MtpError } from './errors.ts';
import { parseEvent, type MtpEvent } from './events.ts';
import { MtpOperations } from './operations.ts';
import { isPipeError, type BulkPipe } from './pipe.ts';
import { TransactionRunner, type SessionState } from './transaction.ts';
import { MtpTransport } from './transport.ts';

export interface MtpSessionOptions {
  /** Per USB transfer. Default 20 s (libmtp's default too: some devices take seconds to list a big folder). */
  timeoutMs?: number;
  /** Extra wait for the response after an upload, per GB sent (the device may write it out first). Default 30 s. */
  responseMsPerGb?: number;
  /** Bytes per bulk request. Default 1 MiB (rounded to a multiple of the packet size). */
  transferSize?: number;
  /** How often Device Busy is retried, with doubling backoff from busyBackoffMs. Defaults 5 and 100 ms. */
  busyRetries?: number;
  busyBackoffMs?: number;
  /** How often a transaction without outgoing data is retried after a cleared stall. Default 1. */
  stallRetries?: number;
  cleanupTimeoutMs?: number;
  /** How long one interrupt read waits before it is posted again. Default 1 s. */
  eventPollMs?: number;
  sessionId?: number;
  /** Read events from the interrupt pipe. Default true. */
  events?: boolean;
  sleep?: (ms: number) => Promise<void>;
}

export interface SessionEvents extends Record<string, unknown> {
  event: MtpEvent;
  /** The pipe reported a disconnect (cable pulled), from a transfer or from the event reader. */
  disconnected: MtpError | null;
}

const DEFAULT_TIMEOUT_MS = 20_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One open MTP session over a BulkPipe. Operations run one at a time (MTP allows a single transaction in flight);
 * `transaction()` holds the session for several operations that must not be interleaved (SendObjectInfo +
 * SendObject). Events from the interrupt pipe are emitted as they arrive.
 */
export class MtpSession {
  readonly pipe: BulkPipe;
  readonly sessionId: number;
  private readonly runner: TransactionRunner;
  private readonly ops: MtpOperations;
  private readonly emitter = new Emitter<SessionEvents>();
  private readonly eventPollMs: number;
  private readonly watchEvents: boolean;
  private tail: Promise<unknown> = Promise.resolve();
  /** Transactions running or queued. */
  private active = 0;
  private eventLoop: Promise<void> | null = null;
  private disconnectEmitted = false;
  /** False once the pipe said it cannot read events (some USB stacks): callers then poll instead. */
  eventsAvailable = true;

  private constructor(pipe: BulkPipe, options: MtpSessionOptions) {
    this.pipe = pipe;
    this.sessionId = options.sessionId ?? 1;
    this.eventPollMs = options.eventPollMs ?? 1000;
    this.watchEvents = options.events ?? true;
    const transport = new MtpTransport(pipe, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      transferSize: options.transferSize ?? 1024 * 1024,
      responseMsPerGb: options.responseMsPerGb,
    });
    this.runner = new TransactionRunner(transport, {
      busyRetries: options.busyRetries ?? 5,
      busyBackoffMs: options.busyBackoffMs ?? 100,
      stallRetries: options.stallRetries ?? 1,
      cleanupTimeoutMs: options.cleanupTimeoutMs ?? Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 1000),
      sleep: options.sleep ?? defaultSleep,
    });
    this.ops = new MtpOperations(this.runner);
  }

  /** GetDeviceInfo, then OpenSession. A session left open by an earlier host is reset and opened again. */
  static async open(pipe: BulkPipe, options: MtpSessionOptions = {}): Promise<MtpSession> {
    const session = new MtpSession(pipe, options);
    try {
      await session.start();
    } catch (error) {
      await pipe.close().catch(() => undefined);
      throw error;
    }
    return session;
  }

  /**
   * GetDeviceInfo outside a session as PTP prescribes, then OpenSession, then GetDeviceInfo inside it when the
   * first one was refused: some devices (uMTP-Responder 1.3) answer it only in a session, and a device whose
   * session was left open (a crash, kill -9) refuses transaction id 0. A session already open is recovered.
   */
  private async start(): Promise<void> {
    let info: DeviceInfo | null = null;
    try {
      info = await this.ops.getDeviceInfo(true);
    } catch (error) {
      if (!isMtpError(error) || error.responseCode === null) throw error;
    }
    await this.openOrCarryOn();
    this.runner.state = 'open';
    if (!info) await this.ops.getDeviceInfo(false);
    if (this.watchEvents && !this.eventLoop) this.eventLoop = this.readEvents().catch(() => undefined);
  }

  /**
   * OpenSession; on SessionAlreadyOpen, Device Reset (which closes a compliant device's session) and again. A device
   * that only acknowledges the reset keeps its session: the station carries on in it, as libmtp does. One that
   * stalls the reset gets a USB port reset where the pipe can do one, then OpenSession once more.
   */
  private async openOrCarryOn(): Promise<void> {
    this.runner.restartTransactionIds(0);
    if (await this.tryOpenSession()) return;
    const t = this.runner.options.cleanupTimeoutMs;
    let reset = false;
    try {
      await this.pipe.resetDevice(t);
      reset = true;
    } catch (error) {
      if (isPipeError(error, 'disconnected')) throw disconnectedError('opening', error);
    }
    if (!reset && this.pipe.resetPort) {
      try {
        await this.pipe.resetPort(t);
        reset = true;
      } catch (error) {
        if (isPipeError(error, 'disconnected')) throw disconnectedError('opening', error);
      }
    }
    await this.runner.transport.drain(50);
    if (reset) await this.tryOpenSession();
    this.runner.restartTransactionIds(0);
  }

  /** True when the session opened; false when the device says one is already open. */
  private async tryOpenSession(): Promise<boolean> {
    try {
      await this.ops.openSession(this.sessionId);
      return true;
    } catch (error) {
      if (isMtpError(error) && error.responseCode === RESPONSE.SessionAlreadyOpen) return false;
      throw error;
    }
  }

  get deviceInfo(): DeviceInfo {
    if (!this.ops.deviceInfo) throw new Error('session not started');
    return this.ops.deviceInfo;
  }

  get state(): SessionState {
    return this.runner.state;
  }

  supports(operation: number): boolean {
    return this.ops.supports(operation);
  }

  on<K extends keyof SessionEvents>(name: K, listener: (payload: SessionEvents[K]) => void): () => void {
    return this.emitter.on(name, listener);
  }

  /** Runs `work` with the session to itself: nothing else is sent to the device until it settles. */
  transaction<T>(work: (ops: MtpOperations) => Promise<T>): Promise<T> {
    this.active++;
    const run = this.tail
      .then(() => this.watchDisconnect(work(this.ops)))
      .finally(() => {
        this.active--;
      });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async watchDisconnect<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (isMtpError(error) && error.disconnected) this.noteDisconnect(error);
      throw error;
    }
  }

  getStorageIds = () => this.transaction((o) => o.getStorageIds());
  getStorageInfo = (id: number) => this.transaction((o) => o.getStorageInfo(id));
  getObjectHandles = (storageId: number, parent?: number) =>
    this.transaction((o) => o.getObjectHandles(storageId, parent));
  getObjectInfo = (handle: number) => this.transaction((o) => o.getObjectInfo(handle));
  deleteObject = (handle: number) => this.transaction((o) => o.deleteObject(handle));
  getBatteryLevel = () => this.transaction((o) => o.getBatteryLevel());

  /** After a timeout or a malformed reply: reset the device's side, then open the session again. */
  async recover(): Promise<void> {
    await this.transaction(async () => {
      if (this.runner.state === 'disconnected' || this.runner.state === 'closed') return;
      const during = 'reconnecting';
      try {
        await this.pipe.resetDevice(this.runner.options.cleanupTimeoutMs);
        await this.runner.recoverPipes(true);
      } catch (error) {
        if (isPipeError(error, 'disconnected')) throw disconnectedError(during, error);
        if (isPipeError(error, 'timeout')) throw timeoutError(during, error);
        // A device without Device Reset support: carry on and try to open the session anyway.
      }
      await this.runner.transport.drain(50);
      this.runner.state = 'idle';
      try {
        await this.start();
      } catch (error) {
        if (this.runner.state === 'idle') this.runner.state = 'broken';
        throw error;
      }
    });
  }

  /**
   * Closes the session and the pipe. When idle it says CloseSession first; while a transfer runs it closes the pipe
   * at once, which ends that transfer with a typed "closed" error instead of waiting for it.
   */
  async close(): Promise<void> {
    if (this.runner.state === 'closed') return;
    if (this.active === 0 && this.runner.state === 'open') {
      await this.transaction(async () => {
        // A device that stopped answering must not hold up closing for a full transfer timeout.
        this.runner.transport.timeoutMs = this.runner.options.cleanupTimeoutMs;
        await this.ops.closeSession();
      }).catch(() => undefined);
    }
    this.runner.state = 'closed';
    await this.pipe.close().catch(() => undefined);
  }

  private noteDisconnect(error: MtpError | null): void {
    if (this.runner.state === 'closed' || this.disconnectEmitted) return;
    this.disconnectEmitted = true;
    this.runner.state = 'disconnected';
    try {
      this.emitter.emit('disconnected', error);
    } catch {
      // A listener's failure must not replace the error the caller is about to get.
    }
  }

  private async readEvents(): Promise<void> {
    let failures = 0;
    while (this.runner.state === 'open' || this.runner.state === 'broken' || this.runner.state === 'idle') {
      let bytes: Uint8Array | null;
      try {
        bytes = await this.pipe.readEvent(this.eventPollMs);
        failures = 0;
      } catch (error) {
        if (isPipeError(error, 'disconnected')) {
          this.noteDisconnect(null);
          return;
        }
        if (isPipeError(error, 'timeout')) continue;
        if (isPipeError(error, 'closed') || isPipeError(error, 'unsupported') || ++failures > 10) {
          this.eventsAvailable = false;
          return;
        }
        await defaultSleep(100);
        continue;
      }
      if (!bytes) continue;
      let event: MtpEvent;
      try {
        event = parseEvent(bytes);
      } catch {
        continue; // A malformed event is dropped; the next one may be fine.
      }
      // The device reset itself (its MTP service restarted): its session is gone. Marked broken, the next
      // request through MtpStorage opens a new one instead of failing with "session not open".
      if (event.type === 'device-reset' && this.runner.state === 'open') this.runner.state = 'broken';
      try {
        this.emitter.emit('event', event);
      } catch {
        // A listener's failure must not stop the event reader.
      }
    }
  }
}
