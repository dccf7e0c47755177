import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BusState } from '../shared/contract/devices.ts';
import type { StationEvent } from '../shared/contract/index.ts';
import { StationSettings } from '../shared/contract/settings.ts';
import { Emitter } from './emitter.ts';
import { JobRunner } from './jobs.ts';
import { loadIdTable, type IdTable } from './devices/id-table.ts';
import { DeviceConnections, type ConnectionOptions } from './devices/connections.ts';
import { DeviceRegistry, deviceIdFor } from './devices/registry.ts';
import type { DeviceSource, SourceState } from './devices/source.ts';
import { NodeUsbSource } from './devices/usb-source.ts';
import { Ledger, type Clock } from './ledger/ledger.ts';
import { StationWarehouse } from './warehouse/station-warehouse.ts';
import type { DriveLister } from './packages/drives.ts';
import { PackageService } from './packages/service.ts';
import { RecoveryFollows } from './recovery/follow-service.ts';
import { SimBus, type SimSpec } from '../sim/sim-bus.ts';
import type { SimDevice, SimTiming } from '../sim/sim-device.ts';
import type { SimFunctionOptions } from '../sim/sim-functions.ts';
import { createSimTechnician } from '../sim/sim-tech.ts';
import { readStationSettings } from './settings.ts';
import { onSpokenLanguageChange, say, setStationLanguage, stationLanguage } from './language.ts';
import type { LanguageChoice } from '../shared/i18n/languages.ts';
import { BatchService, type BatchServiceDeps } from './workflow/service.ts';
import { AutopilotService, type AutopilotOptions } from './autopilot/service.ts';
import { StationAutopilotPort } from './autopilot/batch-port.ts';
import { IntuneAccess } from './intune/access.ts';
import { StationIntunePort } from './intune/batch-port.ts';
import { MemorySecretStore, type SecretStore } from './autopilot/secret-store.ts';
import { WpdStorageOpener } from './storage-windows/wpd-opener.ts';
import { CapturingPipe, writeCaptureFile, type CaptureFile } from './mtp/capture.ts';
import { ReplaySource } from './mtp/replay-source.ts';
import type { UsbDescriptor } from './devices/descriptor.ts';

export interface StationConfig {
  dataDir: string;
  resourcesDir: string;
  /** Watch the real USB bus. Off for pure simulation runs and tests. */
  usb: boolean;
  /** Start the simulator with these devices plugged in (training mode); an empty list starts it empty. */
  simulate?: SimSpec[];
  simTiming?: Partial<SimTiming>;
  /** Link speed and latency of simulated MTP connections (benchmarks, batch tests). */
  simFunctions?: SimFunctionOptions;
  connections?: ConnectionOptions;
  /** Batch engine timing, scanner adapters and the simulated technician's pace (tests, the CLI). */
  batches?: Pick<BatchServiceDeps, 'timing' | 'scanner' | 'simTechDelayMs'>;
  /** Where sign-ins are kept: the app passes the OS keychain (Electron safeStorage); default memory only. */
  secretStore?: SecretStore;
  /** Graph address, ready credentials, connectivity watch and harvest timing (CLI, serve, tests). */
  autopilot?: AutopilotOptions;
  /**
   * How long the enrollment wizard's "confirm in Intune" waits and how often it looks when the call does not say
   * (default 20 minutes, every 30 s; tests shorten them).
   */
  intuneConfirm?: { timeoutMinutes?: number; pollSeconds?: number };
  /**
   * Storage of real USB devices through Windows Portable Devices. Default: on Windows (where the system's MTP
   * driver owns the interface node-usb would need); null elsewhere. Tests pass one with a fake helper.
   */
  wpd?: WpdStorageOpener | null;
  /** The technician agreed to take devices from other programs (CLI --take-over); default: the app setting. */
  takeOver?: () => boolean;
  /** Record the first device's MTP session to this file when the station closes (--capture). */
  capture?: string;
  /** Play a capture back as the only USB device (--replay); the real bus is not watched. */
  replay?: CaptureFile;
  /** Stands in for the real USB adapter (tests). */
  usbSource?: DeviceSource;
  /** A language asked for on the command line: wins over the saved setting; a pick made during the run wins over it. */
  language?: LanguageChoice;
  now?: Clock;
  /** Removable-drive listing for USB kits: default the OS's own; null lists none (tests). */
  drives?: DriveLister | null;
}

export interface StationEvents extends Record<string, unknown> {
  event: StationEvent;
}

/**
 * The composition root: builds the station's services from adapters (real or simulated) and config. Nothing
 * here knows about Electron; the app, the CLI and the bridge all drive the same Station.
 */
export class Station {
  readonly config: StationConfig;
  readonly ledger: Ledger;
  readonly registry: DeviceRegistry;
  readonly idTable: IdTable;
  readonly events = new Emitter<StationEvents>();
  readonly jobs = new JobRunner();
  readonly connections: DeviceConnections;
  /** Warehouse batches: the workflow engine, the barcode scanner, reports. */
  readonly batches: BatchService;
  /** Device claims shared with other processes on this data folder and, when joined, a warehouse of benches. */
  readonly warehouse: StationWarehouse;
  /** Autopilot: hash harvests, the Intune CSV, the Graph upload and its offline queue. */
  readonly autopilot: AutopilotService;
  /** Provisioning packages: the library, guided applies, pushes and USB drive kits. */
  readonly packages: PackageService;
  /** Intune status, clean-up and tags over the Autopilot upload's sign-in. */
  readonly intune: IntuneAccess;
  /** Recovery wizards followed on the bus: the station confirms steps it sees happen. */
  readonly recovery: RecoveryFollows;
  private readonly usbSource: DeviceSource | null;
  private readonly wpd: WpdStorageOpener | null;
  private readonly captures: { pipe: CapturingPipe; descriptor: UsbDescriptor; source: string }[] = [];
  private usbState: SourceState = { available: false, detail: say('station:usb.notWatched') };
  private sim: SimBus | null = null;
  /** The simulator's bus, read through the same node-usb adapter as the real one. */
  private simSource: NodeUsbSource | null = null;
  private closed = false;
  private readonly stopFollowingLanguage: () => void;

  private constructor(config: StationConfig) {
    this.config = config;
    this.idTable = loadIdTable(config.resourcesDir);
    this.ledger = Ledger.open(config.dataDir, config.now);
    setStationLanguage(config.language ?? readStationSettings(this.ledger).language);
    // No new job starts once the data folder stopped taking writes: its outcome could not be recorded.
    this.jobs.refuseWhile(() => this.ledger.health.problem);
    const labels = () => new Map(this.ledger.listLabels().map((l) => [l.usbId, l]));
    let labelCache = labels();
    this.refreshLabels = () => {
      labelCache = labels();
    };
    this.registry = new DeviceRegistry(this.ledger, () => ({ table: this.idTable, labels: labelCache }));
    this.registry.events.on('changed', ({ view }) => this.emit({ name: 'deviceChanged', payload: view }));
    this.jobs.events.on('changed', (job) => this.emit({ name: 'jobChanged', payload: job }));
    // The screens speak the station's language: tell them first, then word the cards and the bus line again, so
    // everything on screen changes at once (from the settings, or from the shell's system languages).
    let wordedIn = stationLanguage();
    this.stopFollowingLanguage = onSpokenLanguageChange((spoken) => {
      if (this.closed) return;
      this.emit({ name: 'languageChanged', payload: spoken });
      if (spoken.language === wordedIn) return;
      wordedIn = spoken.language;
      this.registry.reword();
      this.emit({ name: 'busChanged', payload: this.busState() });
    });
    this.recovery = new RecoveryFollows(this.registry, (view) =>
      this.emit({ name: 'recoveryFollowChanged', payload: view }),
    );
    const takeOver = () => this.takeOverAllowed();
    this.usbSource = config.replay
      ? new ReplaySource(config.replay)
      : config.usb
        ? (config.usbSource ?? new NodeUsbSource({ takeOver }))
        : null;
    const wpd = config.replay
      ? null
      : config.wpd !== undefined
        ? config.wpd
        : config.usb && process.platform === 'win32'
          ? new WpdStorageOpener(config.resourcesDir, join(config.dataDir, 'wpd-helper'))
          : null;
    this.wpd = wpd;
    this.connections = new DeviceConnections(
      this.registry,
      this.ledger,
      () => ({ usb: this.usbSource, sim: this.simSource }),
      {
        ...config.connections,
        openStorage: wpd
          ? (live) => (live.sourceKind === 'usb' ? wpd.open(live.descriptor, live.view.model) : null)
          : config.connections?.openStorage,
        wrapPipe: config.capture
          ? (pipe, live) => {
              const capturing = new CapturingPipe(pipe);
              this.captures.push({ pipe: capturing, descriptor: live.descriptor, source: live.view.id });
              return capturing;
            }
          : undefined,
      },
    );
    this.batches = new BatchService({
      ledger: this.ledger,
      registry: this.registry,
      connections: this.connections,
      simTechnician: (options) => (this.sim ? createSimTechnician(() => this.sim, options) : null),
      dataPath: (...parts) => this.dataPath(...parts),
      emit: (event) => this.emit(event),
      ...config.batches,
    });
    this.warehouse = new StationWarehouse(this.ledger, this.batches, (event) => this.emit(event));
    this.autopilot = new AutopilotService({
      ledger: this.ledger,
      registry: this.registry,
      connections: this.connections,
      jobs: this.jobs,
      dataPath: (...parts) => this.dataPath(...parts),
      emit: (event) => this.emit(event),
      secretStore: config.secretStore ?? new MemorySecretStore(),
      options: config.autopilot,
    });
    this.packages = new PackageService({
      ledger: this.ledger,
      registry: this.registry,
      storage: (id) => this.connections.storage(id),
      jobs: this.jobs,
      dataPath: (...parts) => this.dataPath(...parts),
      dataDir: config.dataDir,
      technician: () => readStationSettings(this.ledger).technician,
      emit: (event) => this.emit(event),
      simIdFor: (id) => this.simulatedDevice(id)?.simId ?? null,
      trainingMode: () => this.sim !== null,
      ...(config.drives !== undefined ? { drives: config.drives } : {}),
    });
    this.batches.setBatchPorts({ packages: this.packages.batchPort });
    this.batches.setBatchPorts({
      autopilot: new StationAutopilotPort({
        service: this.autopilot,
        connections: this.connections,
        registry: this.registry,
        ledger: this.ledger,
      }),
    });
    this.intune = new IntuneAccess(this.ledger, () => this.autopilot.uploads.graphAccess());
    this.batches.setBatchPorts({ intune: new StationIntunePort(() => this.intune.service()) });
  }

  /** The app setting "take over devices other programs hold" (kept in the ledger with the other settings). */
  /** The technician agreed to take devices from other programs: on this command line, or in the settings. */
  private takeOverAllowed(): boolean {
    if (this.config.takeOver?.()) return true;
    const parsed = StationSettings.safeParse(this.ledger.getSetting('station') ?? {});
    return parsed.success && parsed.data.takeOverDevices;
  }

  /** Re-reads labels after a technician changed one. */
  readonly refreshLabels: () => void;

  static async open(config: StationConfig): Promise<Station> {
    const station = new Station(config);
    await station.start();
    return station;
  }

  private async start(): Promise<void> {
    if (this.usbSource) {
      this.usbState = await this.usbSource.start(this.listenerFor('usb'));
    }
    if (this.config.simulate) {
      const sim = await this.enableSimulator(true);
      sim?.addAll(this.config.simulate);
    }
    // A bench saved as part of a warehouse joins it again (in the background: the server may be away).
    const settings = StationSettings.safeParse(this.ledger.getSetting('station') ?? {});
    this.warehouse.joinSaved(settings.success ? settings.data.technician : '');
  }

  /** A folder inside the data folder (created on demand): pulled files, uploads, reports, the package library. */
  dataPath(...parts: string[]): string {
    const dir = join(this.config.dataDir, ...parts);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  /** Upload and download folders for the browser bridge. */
  transferDirs(): { uploadDir: string; downloadRoots: string[] } {
    return {
      uploadDir: this.dataPath('uploads'),
      downloadRoots: [this.dataPath('pulled'), this.dataPath('reports'), this.dataPath('exports')],
    };
  }

  /** How this station reaches real devices' storage: 'wpd' on Windows, 'libusb' (node-usb) elsewhere. */
  get storagePath(): 'wpd' | 'libusb' | 'none' {
    if (!this.usbSource) return 'none';
    return this.wpd ? 'wpd' : 'libusb';
  }

  get simulator(): SimBus | null {
    return this.sim;
  }

  /**
   * The simulated device behind a device id (training mode), for what only a simulator can do: press its
   * buttons. Device facts never come from here: they are read over USB, as from a real device.
   */
  simulatedDevice(deviceId: string): SimDevice | null {
    const live = this.registry.get(deviceId);
    if (!this.sim || live?.sourceKind !== 'sim') return null;
    return this.sim.list().find((s) => s.onBus && deviceIdFor('sim', s.portPath) === deviceId) ?? null;
  }

  busState(): BusState {
    return {
      usb: this.usbSource
        ? { available: this.usbState.available, detail: this.usbState.detail }
        : { available: false, detail: say('station:usb.notWatchedThisRun') },
      simulator: { enabled: this.sim !== null },
    };
  }

  async enableSimulator(enabled: boolean): Promise<SimBus | null> {
    if (enabled && !this.sim) {
      const sim = new SimBus({ timing: this.config.simTiming, functions: this.config.simFunctions });
      this.sim = sim;
      sim.events.on('changed', (devices) =>
        this.emit({
          name: 'simChanged',
          payload: devices.map((d) => d.view(d.onBus ? deviceIdFor('sim', d.portPath) : null)),
        }),
      );
      const source = new NodeUsbSource({
        kind: 'sim',
        load: () => sim.nativeBinding(),
        hasBus: () => true,
        takeOver: () => this.takeOverAllowed(),
      });
      this.simSource = source;
      await source.start(this.listenerFor('sim'));
    } else if (!enabled && this.sim) {
      const sim = this.sim;
      const source = this.simSource;
      this.sim = null;
      for (const d of sim.list()) d.unplug();
      this.simSource = null;
      await source?.stop();
      sim.stop();
    }
    this.emit({ name: 'busChanged', payload: this.busState() });
    return this.sim;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopFollowingLanguage();
    // A running batch is stopped where it is (resumable) while the ledger can still record it.
    await this.batches.close();
    await this.warehouse.close();
    this.autopilot.close();
    await this.usbSource?.stop();
    await this.simSource?.stop();
    this.sim?.stop();
    await this.packages.close();
    await this.connections.closeAll();
    await this.wpd?.close();
    const first = this.captures[0];
    if (this.config.capture && first) {
      await writeCaptureFile(this.config.capture, first.pipe.file(first.descriptor, first.source));
    }
    this.ledger.close();
  }

  emit(event: StationEvent): void {
    this.events.emit('event', event);
  }

  /**
   * Bus events arrive from USB and the simulator, outside any caller that could take an error. Once the data
   * folder stops taking writes (already reported through ledger.health), a device that cannot be recorded is
   * not taken on: new work stops, the process keeps answering.
   */
  private unlessStorageFailed(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (error !== this.ledger.health.problem) throw error;
    }
  }

  private listenerFor(kind: 'usb' | 'sim') {
    return {
      attach: (e: Parameters<DeviceRegistry['attach']>[1]) => {
        if (!this.closed) this.unlessStorageFailed(() => this.registry.attach(kind, e));
      },
      detach: (key: string) => {
        if (!this.closed) this.unlessStorageFailed(() => this.registry.detach(kind, key));
      },
      state: (s: SourceState) => {
        if (kind === 'usb') this.usbState = s;
        if (!this.closed) this.emit({ name: 'busChanged', payload: this.busState() });
      },
    };
  }
}
