import type { BatchBoardView, ResumableBatch, ScanSeen, ScannerView } from '../../shared/contract/batch.ts';
import type { StationEvent } from '../../shared/contract/index.ts';
import { StationError } from '../../shared/errors.ts';
import type { DeviceConnections } from '../devices/connections.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { ScannerControl, ScannerControlOptions } from '../peripherals/scanner-control.ts';
import type { Batch } from './batch.ts';
import type { BatchBoard } from './board.ts';
import type { ClaimsPort } from './claims.ts';
import { boardView, cardView, resumableView } from './board-view.ts';
import { WorkflowEngine, type EngineTiming } from './engine.ts';
import type { Manifest } from './manifest.ts';
import { ProfileLibrary } from './profile-library.ts';
import { ScanDesk } from './scan-desk.ts';
import type { Profile } from './profiles.ts';
import { RegistryBatchDevices } from './registry-devices.ts';
import { ConnectionsStoragePort } from './storage-port.ts';
import { WorkflowStore } from './store.ts';
import { summarizeBatch, type BatchSummary } from './summary.ts';
import type { AutopilotPort, IntunePort, PackagesPort, ScanKind, SimTechPort, StepPorts } from './types.ts';
import { say } from '../language.ts';

/**
 * The station's batch service: one workflow engine over the station's devices, the step services (storage over
 * MTP here; packages and Autopilot registered by their features), at most one running batch, the barcode scanner
 * and the scans it saw. The app, the bridge and the CLI all drive batches through it.
 */

/** A simulated technician (training mode): presses buttons on simulated devices only. */
export interface SimTechnician extends SimTechPort {
  dispose(): void;
}

export interface SimTechnicianOptions {
  delayMs?: { min: number; max: number };
  repeatAfterMs?: number;
}

export interface BatchServiceDeps {
  ledger: Ledger;
  registry: DeviceRegistry;
  connections: DeviceConnections;
  /** A simulated technician over the simulator, or null when training mode is off (the composition root's). */
  simTechnician: (options: SimTechnicianOptions) => SimTechnician | null;
  dataPath: (...parts: string[]) => string;
  emit: (event: StationEvent) => void;
  timing?: Partial<EngineTiming>;
  scanner?: Pick<ScannerControlOptions, 'open' | 'list' | 'retry'>;
  /** The simulated technician's reaction time (`--sim-tech auto`). */
  simTechDelayMs?: { min: number; max: number };
}

export interface StartBatchOptions {
  profile: Profile;
  packagePath?: string | null;
  manifest?: Manifest | null;
  tech?: string;
  concurrency?: number | null;
  override?: boolean;
  /** A simulated technician does the hand steps on simulated devices. */
  simTech?: boolean;
  /** End by itself once every device is done (the CLI); the app waits for "Finish batch". */
  autoFinish?: boolean;
}

interface Active {
  batch: Batch;
  autoFinish: boolean;
  simTech: SimTechnician | null;
  offs: (() => void)[];
  ended: boolean;
}

export class BatchService {
  readonly store: WorkflowStore;
  readonly profiles: ProfileLibrary;
  readonly scanner: ScannerControl;
  private readonly deps: BatchServiceDeps;
  private readonly ports: StepPorts;
  private engine: { engine: WorkflowEngine; devices: RegistryBatchDevices } | null = null;
  private active: Active | null = null;
  private helper: SimTechnician | null = null;
  private readonly desk: ScanDesk;
  private claims: ClaimsPort | null = null;
  private readonly boardListeners = new Set<(board: BatchBoard) => void>();

  constructor(deps: BatchServiceDeps) {
    this.deps = deps;
    this.store = new WorkflowStore(deps.ledger);
    this.profiles = new ProfileLibrary(deps.dataPath('profiles'));
    this.ports = { storage: new ConnectionsStoragePort(deps.connections) };
    this.desk = new ScanDesk({
      ledger: deps.ledger,
      emit: deps.emit,
      running: () => this.running,
      ...(deps.scanner ? { scanner: deps.scanner } : {}),
    });
    this.scanner = this.desk.scanner;
  }

  /** Opens the barcode scanner and remembers its port and speed for next time. */
  startScanner(path: string, baudRate: number): Promise<ScannerView> {
    return this.desk.startScanner(path, baudRate);
  }

  /** The package and Autopilot services, registered by those features (absent ones fail their steps). */
  setBatchPorts(ports: { packages?: PackagesPort; autopilot?: AutopilotPort; intune?: IntunePort }): void {
    if (ports.packages) this.ports.packages = ports.packages;
    if (ports.autopilot) this.ports.autopilot = ports.autopilot;
    if (ports.intune) this.ports.intune = ports.intune;
  }

  /** Shares device claims with other processes or benches (the warehouse); takes effect from the next batch. */
  setClaims(claims: ClaimsPort | null): void {
    this.claims = claims;
    this.engine = null;
  }

  /** Every board change of whichever batch runs (the warehouse floor view follows it). */
  onBoard(listener: (board: BatchBoard) => void): () => void {
    this.boardListeners.add(listener);
    const running = this.running;
    if (running) listener(running.board());
    return () => this.boardListeners.delete(listener);
  }

  get stepPorts(): Readonly<StepPorts> {
    return this.ports;
  }

  /** The batch running now, if any. */
  get running(): Batch | null {
    return this.active && !this.active.ended ? this.active.batch : null;
  }

  /** The board on screen: the running batch, or the one that ended in this session. */
  board(): BatchBoardView | null {
    const a = this.active;
    if (!a) return null;
    return boardView(a.batch.board(), {
      autoFinish: a.autoFinish,
      simTech: a.simTech !== null,
      record: a.batch.record,
      modelOf: (c) => this.deps.registry.get(c.deviceId)?.view.model ?? 'unknown',
    });
  }

  /** The newest batch that did not finish and is not running now: offered for resume. */
  resumable(profileName?: string): ResumableBatch | null {
    const runningId = this.running?.id;
    const rec = this.store
      .listBatches(50)
      .find((b) => b.state !== 'finished' && b.id !== runningId && (!profileName || b.profile.name === profileName));
    return rec ? resumableView(summarizeBatch(this.store, rec.id)) : null;
  }

  recentScans(): ScanSeen[] {
    return this.desk.recent();
  }

  async start(opts: StartBatchOptions): Promise<Batch> {
    const autoFinish = opts.autoFinish ?? false;
    return this.launch(opts.simTech, autoFinish, (engine) =>
      engine.startBatch({
        profile: opts.profile,
        packagePath: opts.packagePath ?? null,
        manifest: opts.manifest ?? null,
        tech: opts.tech ?? '',
        ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
        override: opts.override ?? false,
        autoFinish,
      }),
    );
  }

  resume(
    batchId: number,
    opts: { simTech?: boolean; autoFinish?: boolean; concurrency?: number | null } = {},
  ): Promise<Batch> {
    const autoFinish = opts.autoFinish ?? false;
    return this.launch(opts.simTech, autoFinish, (engine) =>
      engine.resumeBatch(batchId, { autoFinish, ...(opts.concurrency ? { concurrency: opts.concurrency } : {}) }),
    );
  }

  /** Stops the running batch where it is; it stays resumable. */
  async stop(): Promise<BatchSummary | null> {
    return this.running ? this.running.stop() : null;
  }

  /** Finishes the running batch, or closes an unfinished one from an earlier run without running it. */
  async finish(batchId?: number): Promise<number> {
    const running = this.running;
    if (running && (batchId === undefined || batchId === running.id)) {
      await running.finish();
      return running.id;
    }
    const rec = batchId === undefined ? null : this.store.getBatch(batchId);
    if (!rec) {
      throw new StationError('batch-not-found', say('workflow:err.noBatch'), say('workflow:err.nothingToFinish'));
    }
    if (rec.state !== 'finished') this.store.setBatchState(rec.id, 'finished');
    return rec.id;
  }

  confirm(serial: string): boolean {
    return this.running?.confirm(serial) ?? false;
  }

  retry(serial: string): boolean {
    return this.running?.retry(serial) ?? false;
  }

  override(serial: string): boolean {
    return this.running?.override(serial) ?? false;
  }

  /** Training mode: the simulator does what a simulated device's card asks, at once. */
  simulateTech(serial: string): boolean {
    const batch = this.running;
    const card = batch?.board().cards.find((c) => c.serial === serial);
    const facts = this.engine?.devices.get(serial);
    if (!batch || !card?.nextAction?.sim?.length || !facts?.simulated) return false;
    this.helper ??= this.deps.simTechnician({ delayMs: { min: 0, max: 0 }, repeatAfterMs: 0 });
    if (!this.helper) return false;
    this.helper.needsTech(facts, card.nextAction, {
      confirm: () => void batch.confirm(serial),
      scan: (text) => void this.scan(text, 'simulated'),
    });
    return true;
  }

  /** A scanned or typed label: bound to the device the station is asking about, or refused with the reason. */
  scan(text: string, source: ScanSeen['source'], kind?: ScanKind): ScanSeen {
    return this.desk.scan(text, source, kind);
  }

  async close(): Promise<void> {
    await this.desk.close();
    const running = this.running;
    if (running) await running.stop().catch(() => undefined);
    this.active?.simTech?.dispose();
    this.helper?.dispose();
  }

  private refuseIfRunning(): void {
    const running = this.running;
    if (running) {
      throw new StationError(
        'batch-running',
        say('workflow:err.running.title'),
        say('workflow:err.running.message', { batchId: running.id, profile: running.record.profile.name }),
      );
    }
  }

  /** The engine over the station's devices (real and simulated alike). */
  private engineNow(): { engine: WorkflowEngine; devices: RegistryBatchDevices } {
    if (!this.engine) {
      const devices = new RegistryBatchDevices(this.deps.registry);
      const engine = new WorkflowEngine({
        ledger: this.deps.ledger,
        devices,
        ports: this.ports,
        claims: this.claims,
        ...(this.deps.timing ? { timing: this.deps.timing } : {}),
      });
      this.engine = { engine, devices };
    }
    return this.engine;
  }

  /** Starts or resumes a batch with the simulated technician (when asked for) in place for its whole run. */
  private async launch(
    simTech: boolean | undefined,
    autoFinish: boolean,
    begin: (engine: WorkflowEngine) => Batch | Promise<Batch>,
  ): Promise<Batch> {
    this.refuseIfRunning();
    const { engine } = this.engineNow();
    const tech = simTech ? this.newSimTech() : null;
    this.ports.simTech = tech ?? undefined;
    try {
      return this.adopt(await begin(engine), autoFinish, tech);
    } catch (error) {
      tech?.dispose();
      delete this.ports.simTech;
      throw error;
    }
  }

  private newSimTech(): SimTechnician {
    const tech = this.deps.simTechnician(this.deps.simTechDelayMs ? { delayMs: this.deps.simTechDelayMs } : {});
    if (!tech) {
      throw new StationError('sim-off', say('workflow:err.simOff.title'), say('workflow:err.simOff.message'));
    }
    return tech;
  }

  private adopt(batch: Batch, autoFinish: boolean, simTech: SimTechnician | null): Batch {
    this.active?.offs.splice(0).forEach((off) => off());
    const active: Active = { batch, autoFinish, simTech, offs: [], ended: false };
    this.active = active;
    const { emit } = this.deps;
    active.offs.push(
      batch.events.on('batchChanged', (board) => {
        for (const l of this.boardListeners) l(board);
        const view = this.active === active ? this.board() : null;
        if (view) emit({ name: 'batchChanged', payload: view });
      }),
      batch.events.on('deviceNeedsTech', (card) => {
        const model = this.deps.registry.get(card.deviceId)?.view.model ?? 'unknown';
        emit({ name: 'deviceNeedsTech', payload: { ...cardView(card, model), batchId: batch.id } });
      }),
      batch.events.on('finished', () => (active.ended = true)),
      ...this.desk.watch(batch),
    );
    const ended = () => {
      active.ended = true;
      simTech?.dispose();
      if (this.ports.simTech === simTech) delete this.ports.simTech;
    };
    batch.finished.then(ended, ended);
    const view = this.board();
    if (view) emit({ name: 'batchChanged', payload: view });
    return batch;
  }
}
