import { randomUUID } from 'node:crypto';
import type { JobView } from '../shared/contract/jobs.ts';
import { StationError, toErrorInfo } from '../shared/errors.ts';
import { Emitter } from './emitter.ts';
import { say } from './language.ts';

export interface JobControl {
  signal: AbortSignal;
  progress(phase: string, bytes: number, total: number | null): void;
  say(message: string): void;
}

export interface JobEvents extends Record<string, unknown> {
  changed: JobView;
}

/**
 * Long operations the technician watches: each gets an id, progress events (throttled), a cancel that aborts
 * its signal, and ends done, failed or canceled with a plain message. Nothing is reported done unless the work
 * function returned.
 */
export class JobRunner {
  readonly events = new Emitter<JobEvents>();
  private readonly jobs = new Map<string, { view: JobView; abort: AbortController; lastEmit: number }>();
  private readonly keep: number;

  constructor(opts: { keep?: number } = {}) {
    this.keep = opts.keep ?? 50;
  }

  list(): JobView[] {
    return [...this.jobs.values()].map((j) => j.view).reverse();
  }

  get(id: string): JobView | undefined {
    return this.jobs.get(id)?.view;
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || job.view.state !== 'running') return false;
    job.abort.abort(
      new StationError('canceled', say('station:job.canceledTitle'), say('station:job.canceledByTech'), {
        canceled: true,
      }),
    );
    return true;
  }

  /** Starts work in the background and returns its view at once; `done` settles with the final view. */
  private refusal: () => Error | null = () => null;

  /** While `reason` returns an error, start() throws it instead of starting (e.g. the disk is full). */
  refuseWhile(reason: () => Error | null): void {
    this.refusal = reason;
  }

  start(
    spec: { kind: string; title: string; deviceId: string | null },
    work: (control: JobControl) => Promise<Record<string, unknown>>,
  ): { view: JobView; done: Promise<JobView> } {
    const refused = this.refusal();
    if (refused) throw refused;
    const id = randomUUID();
    const abort = new AbortController();
    const view: JobView = {
      id,
      kind: spec.kind,
      title: spec.title,
      deviceId: spec.deviceId,
      state: 'running',
      phase: 'starting',
      bytes: 0,
      total: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      message: say('station:job.starting'),
      result: null,
      error: null,
    };
    const entry = { view, abort, lastEmit: 0 };
    this.jobs.set(id, entry);
    this.prune();
    this.emit(entry, true);
    const control: JobControl = {
      signal: abort.signal,
      progress: (phase, bytes, total) => {
        entry.view = { ...entry.view, phase, bytes, total };
        this.emit(entry, false);
      },
      say: (message) => {
        entry.view = { ...entry.view, message };
        this.emit(entry, true);
      },
    };
    const done = (async () => {
      try {
        const result = await work(control);
        entry.view = { ...entry.view, state: 'done', result, finishedAt: new Date().toISOString() };
      } catch (error) {
        const info = toErrorInfo(error);
        const canceled = abort.signal.aborted || info.canceled === true;
        entry.view = {
          ...entry.view,
          state: canceled ? 'canceled' : 'failed',
          error: canceled ? null : info,
          message: canceled
            ? say('station:job.canceled')
            : say('station:job.failed', { title: info.title, message: info.message }),
          finishedAt: new Date().toISOString(),
        };
      }
      this.emit(entry, true);
      return entry.view;
    })();
    return { view, done };
  }

  private emit(entry: { view: JobView; lastEmit: number }, force: boolean): void {
    const now = performance.now();
    if (!force && now - entry.lastEmit < 100) return;
    entry.lastEmit = now;
    this.events.emit('changed', entry.view);
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.view.state !== 'running');
    while (this.jobs.size > this.keep && finished.length > 0) this.jobs.delete(finished.shift()![0]);
  }
}
