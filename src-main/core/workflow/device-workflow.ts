import type { ErrorInfo } from '../../shared/errors.ts';
import { claimDevice, settleDeviceClaim, type BatchClaims, type ClaimCard } from './device-claim.ts';
import type { ManifestRow } from './manifest.ts';
import type { ResolvedStep } from './profiles.ts';
import { runStep, stepContext, STOPPED, UNPLUGGED } from './step-run.ts';
import type { DevicePatch, StepEnd, StepRunState, WorkflowStore } from './store.ts';
import type { BatchDeviceFacts, BatchParams, DeviceState, Scan, StepOutcome, StepPorts, TechAction } from './types.ts';
import { Waker, type Slots } from './wait.ts';
import { say } from '../language.ts';

/** What one device's workflow needs from its batch. */
export interface WorkflowHost {
  readonly batchId: number;
  readonly steps: readonly ResolvedStep[];
  readonly params: BatchParams;
  readonly store: WorkflowStore;
  readonly ports: StepPorts;
  readonly slots: Slots;
  readonly pollMs: number;
  /** After this long a re-check that is still running shows the device as working again. */
  readonly workingAfterMs: number;
  readonly now: () => Date;
  facts: (serial: string) => BatchDeviceFacts | null;
  changed: () => void;
  needsTech: (wf: DeviceWorkflow, fresh: boolean) => void;
  ended: (wf: DeviceWorkflow) => void;
  /** The ledger cannot be written: nothing more can be recorded, so nothing more may be done. */
  fatal: (error: unknown) => void;
  /** Other processes or benches that may work the same devices (null: this bench alone). */
  readonly claims: BatchClaims | null;
}

export type StepCardState = 'pending' | StepRunState;

/**
 * One device's run through the profile. Every attempt of a step is written `started` before it runs and
 * `done`/`failed`/`paused` after, in the same transaction as the device's new state. Unplugging aborts the running
 * step (AbortSignal) and records the attempt as paused; replugging starts a new attempt of the same step.
 */
export class DeviceWorkflow {
  readonly serial: string;
  readonly manifestRow: ManifestRow | null;
  state: DeviceState;
  stepIndex: number;
  nextAction: TechAction | null = null;
  error: ErrorInfo | null;
  /** When the device entered its current state (ms since epoch): the tech queue serves the oldest first. */
  since: number;
  last: BatchDeviceFacts;
  present: boolean;
  readonly stepStates: { state: StepCardState; attempts: number }[];
  private readonly host: WorkflowHost;
  private controller: AbortController | null = null;
  private readonly waker = new Waker();
  private readonly presence = new Waker();
  private readonly life = new AbortController();
  private confirmPending = false;
  private scanPending: Scan | null = null;
  private running: Promise<void> | null = null;
  private claimed = false;
  /** The card as the claim phase drives it. */
  private readonly claimCard: ClaimCard = {
    pauseFor: (action) => this.pauseFor(action),
    skip: (error) => {
      this.host.store.updateDevice(this.host.batchId, this.serial, { state: 'skipped', error, nextAction: null });
      this.enter('skipped', null);
      this.error = error;
    },
    wait: (ms, signal) => this.waker.wait(ms, signal),
  };

  constructor(
    host: WorkflowHost,
    init: {
      serial: string;
      manifestRow: ManifestRow | null;
      state: DeviceState;
      stepIndex: number;
      error: ErrorInfo | null;
      last: BatchDeviceFacts;
      present: boolean;
      stepStates: { state: StepCardState; attempts: number }[];
    },
  ) {
    this.host = host;
    this.serial = init.serial;
    this.manifestRow = init.manifestRow;
    this.state = init.state;
    this.stepIndex = init.stepIndex;
    this.error = init.error;
    this.last = init.last;
    this.present = init.present;
    this.stepStates = init.stepStates;
    this.since = host.now().getTime();
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Runs the workflow from its current step; resolves when it ends (terminal) or the batch stops. */
  start(): Promise<void> {
    this.running ??= this.admitThenLoop()
      .catch((error: unknown) => this.host.fatal(error))
      .finally(() => {
        this.running = null;
        this.host.ended(this);
      });
    return this.running;
  }

  attached(facts: BatchDeviceFacts): void {
    this.last = facts;
    this.present = true;
    this.presence.wake();
    this.waker.wake();
    this.host.changed();
  }

  detached(): void {
    this.present = false;
    this.controller?.abort(UNPLUGGED);
    this.host.changed();
  }

  /** Something changed on the device: a step waiting for the tech looks again now. */
  nudge(): void {
    this.waker.wake();
  }

  confirm(): boolean {
    if (this.state !== 'needs-tech' || !this.nextAction?.confirm) return false;
    this.confirmPending = true;
    this.waker.wake();
    return true;
  }

  acceptScan(scan: Scan): boolean {
    if (this.state !== 'needs-tech' || !this.nextAction?.scan) return false;
    this.scanPending = scan;
    this.waker.wake();
    return true;
  }

  stop(): Promise<void> {
    this.life.abort(STOPPED);
    this.controller?.abort(STOPPED);
    this.presence.wake();
    return this.running ?? Promise.resolve();
  }

  /** Sets the in-memory state the board shows; the ledger is written by the callers at the right moments. */
  private enter(state: DeviceState, action: TechAction | null): void {
    const same = state === this.state && JSON.stringify(action) === JSON.stringify(this.nextAction);
    if (!same) this.since = this.host.now().getTime();
    this.state = state;
    this.nextAction = action;
    if (state !== 'failed') this.error = null;
    this.host.changed();
  }

  private async admitThenLoop(): Promise<void> {
    try {
      if (await this.admitted()) await this.loop();
    } finally {
      await this.settleClaim();
    }
  }

  private async admitted(): Promise<boolean> {
    const claims = this.host.claims;
    if (!claims) return true;
    this.claimed = await claimDevice(claims, this.host, this.serial, this.claimCard, this.life.signal);
    return this.claimed;
  }

  private async settleClaim(): Promise<void> {
    const claims = this.host.claims;
    if (!claims || !this.claimed) return;
    this.claimed = false;
    await settleDeviceClaim(claims, this.host, this.serial, this.state === 'done');
  }

  /** Paused for the tech to act: written to the ledger when the card does not already ask for this. */
  private pauseFor(action: TechAction): void {
    if (this.state === 'paused' && this.nextAction?.title === action.title) return;
    this.host.store.updateDevice(this.host.batchId, this.serial, { state: 'paused', nextAction: action });
    this.enter('paused', action);
  }

  private async loop(): Promise<void> {
    const { steps, store, batchId } = this.host;
    while (!this.life.signal.aborted) {
      if (this.stepIndex >= steps.length) {
        if (this.state !== 'done') store.updateDevice(batchId, this.serial, { state: 'done', nextAction: null });
        this.enter('done', null);
        return;
      }
      if (!this.present) {
        this.pauseFor(replugAction(this.last));
        await this.presence.wait(60_000, this.life.signal);
        store.assertOpen();
        continue;
      }
      const step = steps[this.stepIndex]!;
      const end = await this.attempt(step);
      if (end === 'failed' || end === 'stopped') return;
      if (end === 'paused' && this.present) await this.waker.wait(this.host.pollMs, this.life.signal);
    }
  }

  private async attempt(step: ResolvedStep): Promise<'done' | 'failed' | 'paused' | 'stopped'> {
    const { store, batchId, slots } = this.host;
    const controller = new AbortController();
    this.controller = controller;
    const signal = controller.signal;
    if (this.life.signal.aborted) controller.abort(STOPPED);
    if (this.state !== 'waiting') this.enter('waiting', null);
    let held = await slots.acquire(signal);
    try {
      if (!held) return this.aborted(signal, step, null);
      const attempt = store.startStep(batchId, this.serial, step.index, step.kind.kind);
      this.markStep(step.index, 'started', attempt);
      this.enter('working', null);
      this.confirmPending = false;
      this.scanPending = null;
      for (;;) {
        const outcome = await this.runOnce(step, attempt, signal);
        if (signal.aborted) return this.aborted(signal, step, attempt);
        if (outcome.status !== 'needs-tech') return this.finish(step, attempt, outcome);
        if (held) slots.release();
        held = false;
        const fresh = this.state !== 'needs-tech' || JSON.stringify(this.nextAction) !== JSON.stringify(outcome.action);
        if (fresh) store.updateDevice(batchId, this.serial, { state: 'needs-tech', nextAction: outcome.action });
        this.enter('needs-tech', outcome.action);
        this.host.needsTech(this, fresh);
        await this.waitForTech(outcome.until, signal);
        store.assertOpen();
        if (signal.aborted) return this.aborted(signal, step, attempt);
        held = await slots.acquire(signal);
        if (!held) return this.aborted(signal, step, attempt);
      }
    } finally {
      if (held) slots.release();
      if (this.controller === controller) this.controller = null;
    }
  }

  private runOnce(step: ResolvedStep, attempt: number, signal: AbortSignal): Promise<StepOutcome> {
    const device = this.host.facts(this.serial) ?? this.last;
    this.last = device;
    const ctx = stepContext(this.host, step, {
      serial: this.serial,
      attempt,
      device,
      manifestRow: this.manifestRow,
      confirmed: this.confirmPending,
      scan: this.scanPending,
    });
    this.confirmPending = false;
    this.scanPending = null;
    // A re-check after the tech acted usually answers at once; only a slow one (a copy) shows "working" again.
    const showWorking =
      this.state === 'needs-tech' ? setTimeout(() => this.enter('working', null), this.host.workingAfterMs) : null;
    return runStep(step, ctx, signal).finally(() => {
      if (showWorking) clearTimeout(showWorking);
    });
  }

  private finish(
    step: ResolvedStep,
    attempt: number,
    outcome: Exclude<StepOutcome, { status: 'needs-tech' }>,
  ): 'done' | 'failed' | 'paused' {
    if (outcome.status === 'done') {
      const next = step.index + 1;
      const last = next >= this.host.steps.length;
      this.endAttempt(
        step,
        attempt,
        { state: 'done', result: outcome.result },
        { state: last ? 'done' : 'working', currentStep: next, nextAction: null },
      );
      this.stepIndex = next;
      if (last) this.enter('done', null);
      return 'done';
    }
    if (outcome.status === 'failed') {
      const info = outcome.error.toInfo();
      this.endAttempt(
        step,
        attempt,
        { state: 'failed', error: info },
        { state: 'failed', error: info, nextAction: null },
      );
      this.enter('failed', null);
      this.error = info;
      return 'failed';
    }
    this.endAttempt(step, attempt, { state: 'paused', reason: outcome.reason }, { state: 'paused' });
    this.enter('paused', null);
    return 'paused';
  }

  private aborted(signal: AbortSignal, step: ResolvedStep, attempt: number | null): 'paused' | 'stopped' {
    const stopped = signal.reason === STOPPED;
    if (attempt !== null) {
      const action = stopped ? null : replugAction(this.last);
      this.endAttempt(
        step,
        attempt,
        { state: 'paused', reason: stopped ? STOPPED : UNPLUGGED },
        { state: 'paused', nextAction: action },
      );
    }
    this.enter('paused', stopped ? null : replugAction(this.last));
    return stopped ? 'stopped' : 'paused';
  }

  /** Records how the attempt ended and where the device stands (one transaction), then updates the step's card. */
  private endAttempt(step: ResolvedStep, attempt: number, end: StepEnd, device: DevicePatch): void {
    this.host.store.finishStep(this.host.batchId, this.serial, step.index, attempt, end, device);
    this.markStep(step.index, end.state);
  }

  private async waitForTech(until: ((signal: AbortSignal) => Promise<void>) | undefined, signal: AbortSignal) {
    if (!until) return this.waker.wait(this.host.pollMs, signal);
    // The step's own condition is only a faster way to notice: a change, a confirm or the poll also end the wait.
    const inner = new AbortController();
    const stop = (): void => inner.abort();
    signal.addEventListener('abort', stop, { once: true });
    try {
      await Promise.race([until(inner.signal).catch(() => undefined), this.waker.wait(this.host.pollMs, signal)]);
    } finally {
      signal.removeEventListener('abort', stop);
      inner.abort();
    }
  }

  private markStep(index: number, state: StepCardState, attempt?: number): void {
    const s = this.stepStates[index];
    if (!s) return;
    s.state = state;
    if (attempt !== undefined) s.attempts = attempt;
  }

  /** Resets a failed device so its failed step runs again (a new attempt; finished steps stay finished). */
  retry(): boolean {
    if (this.state !== 'failed' || this.running) return false;
    this.host.store.updateDevice(this.host.batchId, this.serial, { state: 'waiting', error: null });
    this.enter('waiting', null);
    void this.start();
    return true;
  }
}

export function replugAction(d: Pick<BatchDeviceFacts, 'serial' | 'portPath'>): TechAction {
  return {
    title: say('workflow:replug.title'),
    detail: say('workflow:replug.detail', { serial: d.serial, port: d.portPath }),
  };
}
