import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { StationError } from '../../shared/errors.ts';
import { Emitter } from '../emitter.ts';
import {
  WPD_PROTOCOL_VERSION,
  WPD_RESULTS,
  WpdMessage,
  type WpdErrorCode,
  type WpdEvent,
  type WpdOp,
  type WpdRequestArgs,
  type WpdResult,
} from './protocol.ts';
import { say } from '../language.ts';

/** A failure the helper reported, with its protocol code; the storage adapter turns it into words. */
export class WpdHelperError extends StationError {
  readonly wpdCode: WpdErrorCode;
  readonly hresult: string | null;

  constructor(wpdCode: WpdErrorCode, message: string, hresult: string | null = null) {
    super(`wpd-${wpdCode}`, say('transfer:wpd.helper'), message, {
      disconnected: wpdCode === 'device-gone',
      canceled: wpdCode === 'canceled',
    });
    this.name = 'WpdHelperError';
    this.wpdCode = wpdCode;
    this.hresult = hresult;
  }
}

export function helperUnavailable(detail: string): StationError {
  return new StationError(
    'wpd-helper-unavailable',
    say('transfer:wpd.unavailable.title'),
    say('transfer:wpd.unavailable.message', { detail }),
  );
}

export interface HelperLaunch {
  command: string;
  args: string[];
}

export interface HelperClientOptions {
  /** How long a request other than pull and push may take. */
  requestTimeoutMs?: number;
}

interface Pending {
  op: WpdOp;
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (bytes: number, total: number | null) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface HelperClientEvents extends Record<string, unknown> {
  event: WpdEvent;
  exit: StationError;
}

/** The station's side of the helper process: one request at a time per id, replies matched by id. */
export class WpdHelperClient {
  readonly events = new Emitter<HelperClientEvents>();
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly timeoutMs: number;
  private nextId = 1;
  private gone: StationError | null = null;
  private stderrTail = '';

  private constructor(child: ChildProcessWithoutNullStreams, options: HelperClientOptions) {
    this.child = child;
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (this.stderrTail = (this.stderrTail + text).slice(-400)));
    createInterface({ input: child.stdout }).on('line', (line) => this.receive(line));
    child.on('error', (error) => this.fail(helperUnavailable(error.message)));
    child.on('exit', (code, signal) => {
      const why = signal ? `stopped by ${signal}` : `exit code ${code}`;
      const tail = this.stderrTail.trim().split('\n').pop();
      this.fail(helperUnavailable(tail ? `${why}: ${tail}` : why));
    });
    child.stdin.on('error', () => undefined);
  }

  /** Starts the helper and checks it speaks this protocol version. */
  static async start(launch: HelperLaunch, options: HelperClientOptions = {}): Promise<WpdHelperClient> {
    const child = spawn(launch.command, launch.args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const client = new WpdHelperClient(child, options);
    try {
      const hello = await client.request('hello', {});
      if (hello.protocol !== WPD_PROTOCOL_VERSION) {
        throw helperUnavailable(`it speaks protocol ${hello.protocol}, the station ${WPD_PROTOCOL_VERSION}`);
      }
    } catch (error) {
      await client.close();
      throw error;
    }
    return client;
  }

  /** The id the next request will get (so a caller can cancel a transfer it is about to start). */
  peekNextId(): number {
    return this.nextId;
  }

  request<O extends WpdOp>(
    op: O,
    args: WpdRequestArgs[O],
    options: { onProgress?: (bytes: number, total: number | null) => void; untimed?: boolean } = {},
  ): Promise<WpdResult<O>> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise<WpdResult<O>>((resolve, reject) => {
      const timer = options.untimed
        ? null
        : setTimeout(() => {
            this.pending.delete(id);
            reject(new WpdHelperError('failed', `The helper gave no answer to "${op}" in ${this.timeoutMs} ms.`));
          }, this.timeoutMs);
      this.pending.set(id, {
        op,
        resolve: resolve,
        reject,
        onProgress: options.onProgress,
        timer,
      });
      this.child.stdin.write(`${JSON.stringify({ v: WPD_PROTOCOL_VERSION, id, op, ...args })}\n`);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }

  private receive(line: string): void {
    if (!line.trim()) return;
    let parsed;
    try {
      parsed = WpdMessage.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      this.fail(helperUnavailable(`it sent a line the station cannot read: ${line.slice(0, 80)}`));
      void this.close();
      return;
    }
    const msg = parsed.data;
    if ('event' in msg) {
      if (msg.event === 'progress') this.pending.get(msg.id)?.onProgress?.(msg.bytes, msg.total);
      else this.events.emit('event', msg);
      return;
    }
    const waiting = this.pending.get(msg.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    if (waiting.timer) clearTimeout(waiting.timer);
    if (!msg.ok) {
      waiting.reject(new WpdHelperError(msg.error.code, msg.error.message, msg.error.hresult ?? null));
      return;
    }
    const result = WPD_RESULTS[waiting.op].safeParse(msg.result);
    if (result.success) waiting.resolve(result.data);
    else waiting.reject(helperUnavailable(`its answer to "${waiting.op}" has the wrong shape`));
  }

  private fail(error: StationError): void {
    if (this.gone) return;
    this.gone = error;
    for (const [id, p] of this.pending) {
      if (p.timer) clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(error);
    }
    this.events.emit('exit', error);
  }
}
