import { StationError } from '../../shared/errors.ts';
import { Emitter } from '../emitter.ts';
import { ScanBinder, type ScanTarget } from '../peripherals/scan-binder.ts';
import { buildBoard, cardOf, type AwaitingScan, type BatchBoard } from './board.ts';
import { DeviceWorkflow, type WorkflowHost } from './device-workflow.ts';
import type { BatchDeps, BatchEvents, BatchOptions } from './batch-types.ts';
import type { ResolvedStep } from './profiles.ts';
import { restoredProgress } from './resume.ts';
import type { BatchDeviceRecord, BatchRecord } from './store.ts';
import { summarizeBatch, type BatchSummary } from './summary.ts';
import { TERMINAL_STATES, type BatchDeviceFacts, type Scan } from './types.ts';
import { Slots } from './wait.ts';
import { say } from '../language.ts';
import { saidError, words } from '../ledger/words.ts';
import { utcMinute } from './steps/outcome.ts';

/**
 * A running batch: one workflow per device, the board, and the promise `finished`. Devices join when they are
 * present at the start or plugged in later; a device already done in an earlier batch of the same profile is
 * skipped unless overridden.
 */
export type { BatchDeps, BatchEvents, BatchOptions } from './batch-types.ts';

export class Batch implements ScanTarget {
  readonly id: number;
  readonly record: BatchRecord;
  readonly steps: readonly ResolvedStep[];
  readonly events = new Emitter<BatchEvents>();
  readonly finished: Promise<BatchSummary>;
  /** Routes scans (the scanner's and the simulated technician's) to the device being asked about. */
  readonly scans: ScanBinder;
  private state: BatchBoard['state'] = 'running';
  private stopping = false;
  private starting = true;
  private dead = false;
  private readonly deps: BatchDeps;
  private readonly options: BatchOptions;
  private readonly workflows = new Map<string, DeviceWorkflow>();
  private readonly boundTags = new Map<string, string>();
  private readonly host: WorkflowHost;
  private unsubscribe: (() => void) | null = null;
  private changeScheduled = false;
  private resolveFinished!: (s: BatchSummary) => void;
  private rejectFinished!: (e: unknown) => void;

  constructor(deps: BatchDeps, record: BatchRecord, steps: readonly ResolvedStep[], options: BatchOptions) {
    this.deps = deps;
    this.record = record;
    this.id = record.id;
    this.steps = steps;
    this.options = options;
    this.scans = new ScanBinder(this, deps.now);
    this.finished = new Promise<BatchSummary>((resolve, reject) => {
      this.resolveFinished = resolve;
      this.rejectFinished = reject;
    });
    // Callers that only watch events must not see an unhandled rejection when the ledger dies.
    this.finished.catch(() => undefined);
    this.host = {
      batchId: record.id,
      steps,
      params: record.params,
      store: deps.store,
      ports: deps.ports,
      slots: new Slots(options.concurrency ?? Number.POSITIVE_INFINITY),
      pollMs: deps.pollMs,
      workingAfterMs: deps.workingAfterMs,
      now: deps.now,
      facts: (serial) => deps.devices.get(serial),
      changed: () => this.scheduleChanged(),
      needsTech: (wf, fresh) => this.onNeedsTech(wf, fresh),
      ended: () => this.checkFinished(),
      fatal: (error) => this.fatal(error),
      claims: deps.claims
        ? {
            port: deps.claims,
            profile: record.profile.name,
            tech: record.tech,
            override: (serial) => deps.store.getDevice(record.id, serial)?.override ?? false,
          }
        : null,
    };
  }

  /** Starts watching the bench: resumes the stored devices, then takes every present device. */
  begin(stored: readonly BatchDeviceRecord[]): void {
    this.unsubscribe = this.deps.devices.subscribe({
      attached: (facts) => this.guard(() => this.join(facts)),
      detached: (serial) => this.workflows.get(serial)?.detached(),
      changed: (serial) => this.workflows.get(serial)?.nudge(),
    });
    this.guard(() => {
      for (const rec of stored) this.restore(rec);
      for (const facts of this.deps.devices.list()) this.join(facts);
      // Only now may the batch look finished: a first device skipped must not end it before the others join.
      this.starting = false;
      this.scheduleChanged();
      this.checkFinished();
    });
  }

  board(): BatchBoard {
    return buildBoard(
      {
        id: this.id,
        profile: this.record.profile.name,
        state: this.state,
        steps: this.steps,
        hasManifest: this.deps.manifest !== null,
      },
      this.workflows.values(),
      this.awaitingScan(),
    );
  }

  summary(): BatchSummary {
    return summarizeBatch(this.deps.store, this.id);
  }

  /** The tech pressed Confirm on a device's card. False when that device is not asking for a confirmation. */
  confirm(serial: string): boolean {
    const wf = this.workflows.get(serial);
    if (!wf?.confirm()) return false;
    this.deps.store.deviceEvent(wf.last.deviceKey, 'tech-confirmed', {
      batchId: this.id,
      action: wf.nextAction?.title,
    });
    return true;
  }

  /** Runs a failed device's failed step again. */
  retry(serial: string): boolean {
    return this.state === 'running' && (this.workflows.get(serial)?.retry() ?? false);
  }

  /** Runs a skipped (already done) device through the profile again: the explicit override. */
  override(serial: string): boolean {
    const wf = this.workflows.get(serial);
    if (this.state !== 'running' || !wf || wf.state !== 'skipped') return false;
    this.deps.store.updateDevice(this.id, serial, { state: 'waiting', error: null, override: true });
    this.workflows.set(serial, this.newWorkflow(wf.last, wf.manifestRow, 'waiting', 0, wf.present, []));
    void this.workflows.get(serial)?.start();
    this.scheduleChanged();
    return true;
  }

  /** Stops every workflow where it is; the batch stays resumable (resumeBatch) and `finished` resolves. */
  stop(): Promise<BatchSummary> {
    return this.end('stopped');
  }

  /** Ends the batch now (the UI's "Finish batch"); devices not done stay unfinished in the report. */
  finish(): Promise<BatchSummary> {
    return this.end('finished');
  }

  private async end(state: 'stopped' | 'finished'): Promise<BatchSummary> {
    if (this.state !== 'running') return this.finished;
    this.stopping = true;
    await Promise.all([...this.workflows.values()].map((wf) => wf.stop()));
    this.settle(state);
    return this.finished;
  }

  // ScanTarget: the device awaiting a scan is the one that has waited longest for one.
  awaitingScan(): AwaitingScan | null {
    let best: DeviceWorkflow | null = null;
    for (const wf of this.workflows.values()) {
      if (wf.state === 'needs-tech' && wf.nextAction?.scan && (!best || wf.since < best.since)) best = wf;
    }
    if (!best?.nextAction?.scan) return null;
    return {
      serial: best.serial,
      portPath: best.last.portPath,
      expect: best.nextAction.scan,
      assetTag: best.manifestRow?.assetTag ?? null,
      since: new Date(best.since).toISOString(),
    };
  }

  bindScan(serial: string, scan: Scan): boolean {
    const wf = this.workflows.get(serial);
    if (!wf?.acceptScan(scan)) return false;
    if (scan.kind === 'asset-tag') this.boundTags.set(scan.text.toUpperCase(), serial);
    this.deps.store.deviceEvent(wf.last.deviceKey, 'label-scanned', { batchId: this.id, ...scan });
    return true;
  }

  findSerial(text: string): { serial: string; portPath: string | null } | null {
    const t = text.toUpperCase();
    for (const wf of this.workflows.values()) {
      if (wf.serial.toUpperCase() === t) return { serial: wf.serial, portPath: wf.present ? wf.last.portPath : null };
    }
    const row = this.deps.manifest?.lookup(text);
    return row ? { serial: row.serial, portPath: null } : null;
  }

  assetTagOwner(tag: string): string | null {
    return this.deps.manifest?.lookupAssetTag(tag)?.serial ?? this.boundTags.get(tag.toUpperCase()) ?? null;
  }

  private join(facts: BatchDeviceFacts): void {
    if (this.state !== 'running' || this.stopping) return;
    const { store } = this.deps;
    const known = this.workflows.get(facts.serial);
    if (known) {
      store.updateDevice(this.id, facts.serial, { portPath: facts.portPath, deviceKey: facts.deviceKey });
      known.attached(facts);
      return;
    }
    const row = this.deps.manifest?.lookup(facts.serial) ?? null;
    const o = this.options.override;
    const override = o === true || (Array.isArray(o) && o.includes(facts.serial));
    const prev = override ? null : store.previousCompletion(facts.serial, this.record.profile.name, this.id);
    const joining = { serial: facts.serial, deviceKey: facts.deviceKey, portPath: facts.portPath, manifestRow: row };
    const notApplicable = this.steps
      .map((s) => s.kind.notApplicableTo?.(facts, s.params) ?? null)
      .find((r) => r !== null);
    if (notApplicable || prev) {
      // Worded as catalog words too: the skip reason is kept in the ledger and read in the reader's language.
      const error = notApplicable
        ? saidError(
            'not-applicable',
            words('workflow:skip.notApplicable.title'),
            words('workflow:skip.notApplicable.message', {
              serial: facts.serial,
              reason: notApplicable,
              profile: this.record.profile.name,
            }),
          )
        : saidError(
            'already-done',
            words('workflow:skip.alreadyDone.title'),
            words('workflow:skip.alreadyDone.message', {
              serial: facts.serial,
              profile: this.record.profile.name,
              batchId: prev!.batchId,
              at: utcMinute(prev!.at),
            }),
          );
      store.joinDevice(this.id, joining, 'skipped', { override: false, error });
      const wf = this.newWorkflow(facts, row, 'skipped', 0, true, []);
      wf.error = error;
      this.workflows.set(facts.serial, wf);
    } else {
      store.joinDevice(this.id, joining, 'waiting', { override });
      const wf = this.newWorkflow(facts, row, 'waiting', 0, true, []);
      this.workflows.set(facts.serial, wf);
      void wf.start();
    }
    this.scheduleChanged();
    this.checkFinished();
  }

  /** Brings back a device recorded in the ledger (resume): at its first step without a `done` run. */
  private restore(rec: BatchDeviceRecord): void {
    const { store, devices } = this.deps;
    const { stepIndex, stepStates, scannedTags } = restoredProgress(store, this.id, rec.serial, this.steps);
    for (const tag of scannedTags) this.boundTags.set(tag.toUpperCase(), rec.serial);
    const facts = devices.get(rec.serial);
    const last: BatchDeviceFacts = facts ?? {
      serial: rec.serial,
      deviceId: '',
      deviceKey: rec.deviceKey ?? '',
      portPath: rec.portPath,
      model: 'unknown',
      mode: 'unknown',
      batteryPercent: null,
      build: null,
      locked: null,
      simulated: false,
    };
    const retry = rec.state === 'failed' && this.options.retryFailed === true;
    const terminal = TERMINAL_STATES.includes(rec.state) && !retry;
    const wf = this.newWorkflow(
      last,
      rec.manifestRow,
      terminal ? rec.state : 'waiting',
      stepIndex,
      !!facts,
      stepStates,
    );
    wf.error = terminal ? rec.error : null;
    this.workflows.set(rec.serial, wf);
    if (!terminal) {
      if (retry) store.updateDevice(this.id, rec.serial, { state: 'waiting', error: null });
      void wf.start();
    }
  }

  private newWorkflow(
    last: BatchDeviceFacts,
    manifestRow: DeviceWorkflow['manifestRow'],
    state: DeviceWorkflow['state'],
    stepIndex: number,
    present: boolean,
    stepStates: DeviceWorkflow['stepStates'],
  ): DeviceWorkflow {
    return new DeviceWorkflow(this.host, {
      serial: last.serial,
      manifestRow,
      state,
      stepIndex,
      error: null,
      last,
      present,
      stepStates:
        stepStates.length > 0 ? stepStates : this.steps.map(() => ({ state: 'pending' as const, attempts: 0 })),
    });
  }

  private onNeedsTech(wf: DeviceWorkflow, fresh: boolean): void {
    if (fresh) this.safeEmit('deviceNeedsTech', cardOf(wf, this.steps, this.deps.manifest !== null));
    const action = wf.nextAction;
    if (!action || !this.deps.ports.simTech) return;
    this.deps.ports.simTech.needsTech(wf.last, action, {
      confirm: () => void this.confirm(wf.serial),
      scan: (text) => void this.scans.bind({ text }),
    });
  }

  private checkFinished(): void {
    if (this.state !== 'running' || this.stopping || this.starting || this.options.autoFinish === false) return;
    for (const wf of this.workflows.values()) if (!TERMINAL_STATES.includes(wf.state) || wf.isRunning) return;
    this.guard(() => this.settle('finished'));
  }

  private settle(state: 'stopped' | 'finished'): void {
    if (this.state !== 'running') return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.deps.store.setBatchState(this.id, state);
    this.state = state;
    const summary = this.summary();
    this.safeEmit('batchChanged', this.board());
    this.safeEmit('finished', summary);
    this.resolveFinished(summary);
  }

  private fatal(error: unknown): void {
    if (this.dead) return;
    this.dead = true;
    this.stopping = true;
    this.state = 'stopped';
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const wf of this.workflows.values()) void wf.stop();
    // A full disk or read-only folder says so plainly; anything else is the ledger failing in general.
    let storage: StationError | null = null;
    for (let e: unknown = error; e && !storage; e = (e as { cause?: unknown }).cause) {
      if (e instanceof StationError && e.code.startsWith('data-')) storage = e;
    }
    this.rejectFinished(
      storage ??
        new StationError(
          'ledger-write-failed',
          say('workflow:ledgerStopped.title'),
          say('workflow:ledgerStopped.batch'),
          { cause: error },
        ),
    );
  }

  /** Runs a ledger-touching callback from an event source; a failure there is the ledger failing. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fatal(error);
    }
  }

  private scheduleChanged(): void {
    if (this.changeScheduled) return;
    this.changeScheduled = true;
    setImmediate(() => {
      this.changeScheduled = false;
      if (this.events.listenerCount('batchChanged') > 0) this.safeEmit('batchChanged', this.board());
    });
  }

  /** A listener's bug (UI, CLI progress) must not stop devices mid-step. */
  private safeEmit<K extends keyof BatchEvents>(name: K, payload: BatchEvents[K]): void {
    try {
      this.events.emit(name, payload);
    } catch (error) {
      process.emitWarning(
        `A batch ${String(name)} listener failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
