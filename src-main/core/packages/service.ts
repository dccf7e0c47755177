import { basename } from 'node:path';
import type { StationEvent } from '../../shared/contract/index.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import type { Application, DriveListing } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { deviceReadings } from '../devices/device-readings.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { JobRunner } from '../jobs.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { DeviceStorage, TransferProgress } from '../mtp/storage-port.ts';
import { ApplyFlows } from './apply-flows.ts';
import { StationPackagesPort } from './batch-port.ts';
import { checkApplyAllowed } from './apply-rules.ts';
import { PackageApplications } from './applications.ts';
import { copyPackageToDevice, type DeviceTarget } from './apply.ts';
import { osPaths, systemDriveLister, type DriveLister } from './drives.ts';
import { SimDriveLister } from './drives-sim.ts';
import { inspectPackage } from './inspect.ts';
import { KitWriter, USB_RULES, type KitPackage } from './kit.ts';
import { PackageLibrary, packageFileName } from './library.ts';
import { DecodePool } from './wim/decode-pool.ts';
import { say } from '../language.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

/** What the package service works with: passed in by the composition root, nothing reached for. */
export interface PackageServiceDeps {
  ledger: Ledger;
  registry: DeviceRegistry;
  /** The device's storage once its MTP session is open (DeviceConnections.storage). */
  storage: (deviceId: string) => Promise<DeviceStorage>;
  jobs: JobRunner;
  /** A folder inside the data folder, created on demand. */
  dataPath: (...parts: string[]) => string;
  dataDir: string;
  /** Who is at the station (goes into every record). */
  technician: () => string;
  emit: (event: StationEvent) => void;
  /** The simulator's id of a simulated device (training mode offers to press its buttons), else null. */
  simIdFor: (deviceId: string) => string | null;
  /** Whether training mode is on: folders under the data folder then play USB drives. */
  trainingMode: () => boolean;
  /** The OS's removable-drive listing; default the platform's own, null for none (tests). */
  drives?: DriveLister | null;
}

export interface PushRequest {
  deviceId: string;
  path: string;
  target: DeviceTarget;
  signal?: AbortSignal;
  onProgress?: (p: TransferProgress) => void;
}

/**
 * Everything about provisioning packages, in one place the UI, the CLI and the batch engine share: the library,
 * the ledger record of applies, guided applies on devices, plain pushes, and USB drive kits.
 */
export class PackageService {
  readonly library: PackageLibrary;
  readonly applications: PackageApplications;
  readonly flows: ApplyFlows;
  readonly kits: KitWriter;
  /** What the batch engine's apply-package step uses (the station hands it to the batch service). */
  readonly batchPort: StationPackagesPort;
  /** Folders that play removable drives whatever the mode (`--sim-drive`, tests). */
  readonly extraDrives = new SimDriveLister();
  private readonly deps: PackageServiceDeps;
  private systemDrives: DriveLister | null = null;
  private readonly systemDrivesReady: Promise<void>;
  private trainingDrives: SimDriveLister | null = null;

  constructor(deps: PackageServiceDeps) {
    this.deps = deps;
    const technician = deps.technician;
    this.applications = new PackageApplications(deps.ledger);
    this.library = new PackageLibrary({
      ledger: deps.ledger,
      dir: deps.dataPath('packages'),
      technician,
      onChange: () => deps.emit({ name: 'packagesChanged', payload: this.library.list() }),
    });
    this.flows = new ApplyFlows({
      registry: deps.registry,
      storage: deps.storage,
      jobs: deps.jobs,
      library: this.library,
      applications: this.applications,
      technician,
      simIdFor: deps.simIdFor,
      buildOf: (id) => this.buildOf(id),
      emit: (flow) => deps.emit({ name: 'applyFlowChanged', payload: flow }),
    });
    this.kits = new KitWriter({
      listers: () => this.listers(),
      stationDataDir: deps.dataDir,
      osPaths: osPaths(),
      applications: this.applications,
      technician,
    });
    this.batchPort = new StationPackagesPort(this, deps.registry);
    if (deps.drives !== undefined) {
      this.systemDrives = deps.drives;
      this.systemDrivesReady = Promise.resolve();
    } else {
      this.systemDrivesReady = systemDriveLister().then((l) => void (this.systemDrives = l));
    }
  }

  /** The device's storage, once its file transfer is open. */
  storage(deviceId: string): Promise<DeviceStorage> {
    return this.deps.storage(deviceId);
  }

  /** Who is at the station (goes into every record). */
  technician(): string {
    return this.deps.technician();
  }

  /** The OS build the device reported over MTP ("19041.1128"), if it did. */
  buildOf(deviceId: string): string | null {
    const live = this.deps.registry.get(deviceId);
    return live ? deviceReadings(live.view).build : null;
  }

  async listDrives(sha256s: string[] = []): Promise<DriveListing> {
    await this.systemDrivesReady;
    const kitBytes = sha256s.reduce((n, sha) => n + this.library.get(sha).size, 0);
    const { drives, problems } = await this.kits.listDrives(kitBytes);
    return { drives, problems, kitBytes, rules: USB_RULES };
  }

  /** Writes library packages to a drive as a job (progress, cancel, a plain result). */
  startKit(mountPath: string, sha256s: string[]): JobView {
    const packages: KitPackage[] = sha256s.map((sha) => {
      const { pkg, path } = this.library.usable(sha);
      return { sha256: pkg.sha256, name: pkg.name, path, size: pkg.size };
    });
    const job = this.deps.jobs.start(
      { kind: 'ppkg-kit', title: `USB kit on ${mountPath}`, deviceId: null },
      async (control) => {
        await this.systemDrivesReady;
        control.say(say('station-work:kit.writing', { count: packages.length, path: mountPath }));
        const result = await this.kits.write(mountPath, packages, {
          signal: control.signal,
          progress: (phase, bytes, total) => control.progress(phase, bytes, total),
        });
        control.say(say('station-work:kit.written', { names: result.files.map((f) => f.name).join(', ') }));
        return { ...result };
      },
    );
    return job.view;
  }

  /** The listed drive at a mount path and the drive rules' verdict for a kit of that size. */
  async kitTarget(mountPath: string, kitBytes: number) {
    await this.systemDrivesReady;
    return this.kits.target(mountPath, kitBytes);
  }

  /** Writes package files (not from the library) to a drive: the command line's kit. */
  async writeKitFiles(mountPath: string, files: string[], signal?: AbortSignal) {
    await this.systemDrivesReady;
    const packages: KitPackage[] = [];
    for (const file of files) {
      const inspection = await inspectPackage(file, { signal, target: 'hololens2' });
      const blocks = inspection.findings.filter((f) => f.severity === 'block');
      if (blocks.length > 0) {
        throw new StationError(
          'ppkg.blocked',
          `${basename(file)} cannot go on a kit`,
          blocks.map((f) => f.message).join(' '),
        );
      }
      packages.push({ sha256: inspection.sha256, name: packageFileName(file), path: file, size: inspection.size });
    }
    return this.kits.write(mountPath, packages, { signal });
  }

  /**
   * Copies a package file to a device and verifies it (no coaching): `holobench ppkg push`. Recorded as
   * 'copied': the station cannot know whether someone then applies it on the device.
   */
  async pushToDevice(req: PushRequest): Promise<Application & { bytes: number }> {
    const live = this.deps.registry.get(req.deviceId);
    const model = live?.view.model === 'hololens1' || live?.view.model === 'hololens2' ? live.view.model : undefined;
    const inspection = await inspectPackage(req.path, { signal: req.signal, target: model });
    const method = req.target === 'oobe' ? 'oobe-mtp' : 'documents-settings';
    checkApplyAllowed({
      device: live?.view,
      method,
      build: this.buildOf(req.deviceId),
      findings: inspection.findings,
    });
    const view = live!.view;
    const app = this.applications.start({
      packageSha256: inspection.sha256,
      packageName: packageFileName(req.path),
      method,
      deviceKey: live!.ledgerKey,
      deviceId: view.id,
      serial: serialNumberOf(view),
      model: model ?? null,
      technician: this.deps.technician(),
      detail: { via: 'command line' },
    });
    try {
      const storage = await this.deps.storage(req.deviceId);
      const copy = await copyPackageToDevice(storage, req.path, req.target, req);
      const done = this.applications.finish(app.id, 'copied', 'station', {
        remotePath: copy.remotePath,
        verified: true,
      });
      return { ...done, bytes: copy.bytes };
    } catch (error) {
      const canceled = req.signal?.aborted === true;
      this.applications.finish(app.id, canceled ? 'canceled' : 'failed', null, {
        detail: { error: error instanceof Error ? error.message : String(error) },
      });
      throw error;
    }
  }

  async close(): Promise<void> {
    this.flows.close();
    this.batchPort.dispose();
    await DecodePool.closeShared();
  }

  private listers(): DriveLister[] {
    const list: DriveLister[] = [];
    if (this.systemDrives) list.push(this.systemDrives);
    if (this.deps.trainingMode()) {
      this.trainingDrives ??= SimDriveLister.training(this.deps.dataPath('sim-drives'));
      list.push(this.trainingDrives);
    }
    list.push(this.extraDrives);
    return list;
  }
}
