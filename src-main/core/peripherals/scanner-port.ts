import { stat } from 'node:fs/promises';
import type { SerialPort } from 'serialport';
import { Emitter } from '../emitter.ts';
import type { ScanKind } from '../workflow/types.ts';
import { LineSplitter } from './line-splitter.ts';
import { DEFAULT_SCAN_RULES, judgeScan, type ScanRules } from './scan-rules.ts';
import { say } from '../language.ts';

/** The parts of a serialport stream the scanner uses, so tests can hand in a SerialPortMock. */
export type SerialLike = Pick<SerialPort, 'open' | 'close' | 'isOpen' | 'on' | 'removeAllListeners'>;

export type SerialFactory = (path: string, baudRate: number) => SerialLike | Promise<SerialLike>;

export interface ScannerOptions {
  /** e.g. /dev/ttyACM0, /dev/serial/by-id/usb-..., COM5. */
  path: string;
  baudRate?: number;
  /** Longest line accepted; longer ones are rejected whole. */
  maxLineLength?: number;
  rules?: Partial<ScanRules>;
  /** Reconnect backoff: first wait, then doubling up to maxMs. */
  retry?: { initialMs: number; maxMs: number };
  open?: SerialFactory;
  now?: () => Date;
  /**
   * While open, how often to check that a device path (/dev/...) still exists; 0 turns the check off (the default
   * when `open` is given: a mock has no path on disk). A pty whose other end died, or a USB scanner pulled out, is
   * not always reported by the port itself: a loaded machine once went 15 s without a close event.
   */
  presenceMs?: number;
}

export type ScannerState = 'connecting' | 'open' | 'retrying' | 'closed';

export interface ScannerStatus {
  state: ScannerState;
  path: string;
  /** A sentence for the status bar. */
  detail: string;
  at: string;
}

export interface ScanEvent {
  text: string;
  kind: ScanKind;
  at: string;
}

export interface RejectedScan {
  reason: string;
  /** What came in, made safe to show. */
  shown: string;
  at: string;
}

export interface ScannerEvents extends Record<string, unknown> {
  scan: ScanEvent;
  rejected: RejectedScan;
  status: ScannerStatus;
}

// serialport loads a native module: load it only when a scanner is actually used.
const realSerial: SerialFactory = async (path, baudRate) => {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ path, baudRate, autoOpen: false });
};

/**
 * A USB serial barcode scanner: opens the port, cuts the stream into lines, judges each line, and keeps trying
 * to reopen the port (with backoff) whenever it disappears, e.g. when the scanner's cable is pulled and plugged
 * back. Bad input is reported as `rejected` with a reason, never passed on as a scan.
 */
export class ScannerPort {
  readonly events = new Emitter<ScannerEvents>();
  readonly path: string;
  private readonly baudRate: number;
  private readonly splitter: LineSplitter;
  private readonly rules: ScanRules;
  private readonly retryMs: { initialMs: number; maxMs: number };
  private readonly factory: SerialFactory;
  private readonly now: () => Date;
  private port: SerialLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly presenceMs: number;
  private presence: ReturnType<typeof setInterval> | null = null;
  private backoff: number;
  private stopped = true;
  private current: ScannerStatus;

  constructor(opts: ScannerOptions) {
    this.path = opts.path;
    this.baudRate = opts.baudRate ?? 9600;
    this.splitter = new LineSplitter(opts.maxLineLength ?? 64);
    this.rules = { ...DEFAULT_SCAN_RULES, ...opts.rules };
    this.retryMs = opts.retry ?? { initialMs: 250, maxMs: 5000 };
    this.backoff = this.retryMs.initialMs;
    this.factory = opts.open ?? realSerial;
    this.now = opts.now ?? (() => new Date());
    this.presenceMs = opts.presenceMs ?? (opts.open || !this.path.startsWith('/') ? 0 : 1000);
    this.current = { state: 'closed', path: this.path, detail: say('workflow:scanner.notStarted'), at: this.stamp() };
  }

  get status(): ScannerStatus {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.stopWatching();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const port = this.port;
    this.port = null;
    if (port) await this.release(port);
    this.setStatus('closed', say('workflow:scanner.closed', { path: this.path }));
  }

  private connect(): void {
    this.timer = null;
    if (this.stopped) return;
    this.setStatus('connecting', say('workflow:scanner.opening', { path: this.path }));
    Promise.resolve()
      .then(() => this.factory(this.path, this.baudRate))
      .then(
        (port) => this.attach(port),
        (err: unknown) => this.retry('noSerial', err instanceof Error ? err.message : String(err)),
      );
  }

  private attach(port: SerialLike): void {
    if (this.stopped) return void this.release(port);
    this.port = port;
    port.on('data', (chunk: Buffer) => {
      if (this.port === port) this.onData(chunk);
    });
    port.on('close', () => this.lost(port, 'gone', ''));
    port.on('end', () => this.lost(port, 'silent', ''));
    port.on('error', (err: Error) => this.lost(port, 'failed', err.message));
    port.open((err) => {
      if (this.port !== port) return;
      if (err) {
        this.port = null;
        void this.release(port);
        return this.retry('noAnswer', err.message);
      }
      this.backoff = this.retryMs.initialMs;
      this.splitter.reset();
      this.watchPresence(port);
      this.setStatus('open', say('workflow:scanner.ready', { path: this.path }));
    });
  }

  /** Checks, while `port` is open, that its device path is still there; a path gone is a scanner gone. */
  private watchPresence(port: SerialLike): void {
    this.stopWatching();
    if (this.presenceMs <= 0) return;
    this.presence = setInterval(() => {
      stat(this.path).then(
        () => undefined,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') this.lost(port, 'gone', '');
        },
      );
    }, this.presenceMs);
    this.presence.unref();
  }

  private stopWatching(): void {
    if (this.presence) clearInterval(this.presence);
    this.presence = null;
  }

  private lost(port: SerialLike, why: 'gone' | 'silent' | 'failed', reason: string): void {
    if (this.port !== port || this.stopped) return;
    this.stopWatching();
    this.port = null;
    void this.release(port);
    this.retry(why, reason);
  }

  /** Why the scanner is not open (a key of workflow:scanner.retry.*), and when the station tries again. */
  private retry(why: 'noSerial' | 'noAnswer' | 'gone' | 'silent' | 'failed', reason: string): void {
    if (this.stopped) return;
    const wait = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.retryMs.maxMs);
    const seconds = wait / 1000;
    this.setStatus('retrying', say(`workflow:scanner.retry.${why}`, { path: this.path, reason, seconds }));
    this.timer = setTimeout(() => this.connect(), wait);
  }

  /** Closes a port we no longer use, ignoring its complaints: it is usually already gone. */
  private release(port: SerialLike): Promise<void> {
    port.removeAllListeners();
    port.on('error', () => undefined);
    if (!port.isOpen) return Promise.resolve();
    return new Promise((resolve) => port.close(() => resolve()));
  }

  private onData(chunk: Uint8Array): void {
    for (const piece of this.splitter.push(chunk)) {
      const at = this.stamp();
      if (piece.kind === 'overflow') {
        this.events.emit('rejected', {
          at,
          shown: say('workflow:scan.characters', { count: piece.length }),
          reason: say('workflow:scan.tooLong'),
        });
        continue;
      }
      const verdict = judgeScan(piece.bytes, this.rules);
      if (!verdict) continue;
      if (verdict.ok) this.events.emit('scan', { text: verdict.text, kind: verdict.kind, at });
      else this.events.emit('rejected', { reason: verdict.reason, shown: verdict.shown, at });
    }
  }

  private setStatus(state: ScannerState, detail: string): void {
    this.current = { state, path: this.path, detail, at: this.stamp() };
    this.events.emit('status', this.current);
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}
