import { basename } from 'node:path';
import type { JobView } from '../../shared/contract/jobs.ts';
import type { Application, DriveListing } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import { readSettings } from '../api/settings-api.ts';
import { deviceIdFor } from '../devices/registry.ts';
import type { TransferProgress } from '../mtp/storage-port.ts';
import type { Station } from '../station.ts';
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

export interface PackageServiceOptions {
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
  private readonly station: Station;
  private systemDrives: DriveLister | null = null;
  private readonly systemDrivesReady: Promise<void>;
  private trainingDrives: SimDriveLister | null = null;

  constructor(station: Station, options: PackageServiceOptions = {}) {
    this.station = station;
    const technician = () => readSettings(station).technician;
    this.applications = new PackageApplications(station.ledger);
    this.library = new PackageLibrary({
      ledger: station.ledger,
      dir: station.dataPath('packages'),
      technician,
      onChange: () => station.emit({ name: 'packagesChanged', payload: this.library.list() }),
    });
    this.flows = new ApplyFlows({
      registry: station.registry,
      storage: (id) => station.connections.storage(id),
      jobs: station.jobs,
      library: this.library,
      applications: this.applications,
      technician,
      simIdFor: (id) => this.simDevice(id)?.simId ?? null,
      buildOf: (id) => this.buildOf(id),
      emit: (flow) => station.emit({ name: 'applyFlowChanged', payload: flow }),
    });
    this.kits = new KitWriter({
      listers: () => this.listers(),
      stationDataDir: station.config.dataDir,
      osPaths: osPaths(),
      applications: this.applications,
      technician,
    });
    this.batchPort = new StationPackagesPort(this, station.registry);
    if (options.drives !== undefined) {
      this.systemDrives = options.drives;
      this.systemDrivesReady = Promise.resolve();
    } else {
      this.systemDrivesReady = systemDriveLister().then((l) => void (this.systemDrives = l));
    }
  }

  /** The device's storage, once its file transfer is open. */
  storage(deviceId: string) {
    return this.station.connections.storage(deviceId);
  }

  /** Who is at the station (goes into every record). */
  technician(): string {
    return readSettings(this.station).technician;
  }

  /** The simulated device behind a device id, in training mode. */
  simDevice(deviceId: string) {
    const sim = this.station.simulator;
    const live = this.station.registry.get(deviceId);
    if (!sim || live?.sourceKind !== 'sim') return null;
    return sim.list().find((s) => s.onBus && deviceIdFor('sim', s.portPath) === deviceId) ?? null;
  }

  /** The OS build the station knows: the simulator's, or the MTP device version ("10.0.19041.1128"). */
  buildOf(deviceId: string): string | null {
    const sim = this.simDevice(deviceId);
    if (sim) return sim.state.build;
    const version = this.station.registry.get(deviceId)?.view.mtpInfo?.deviceVersion.trim() ?? '';
    const m = /(\d{5}\.\d{1,6})/.exec(version);
    return m ? m[1]! : null;
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
    const job = this.station.jobs.start(
      { kind: 'ppkg-kit', title: `USB kit on ${mountPath}`, deviceId: null },
      async (control) => {
        await this.systemDrivesReady;
        control.say(`Writing ${packages.length} package${packages.length === 1 ? '' : 's'} to ${mountPath}…`);
        const result = await this.kits.write(mountPath, packages, {
          signal: control.signal,
          progress: (phase, bytes, total) => control.progress(phase, bytes, total),
        });
        control.say(`Written and checked: ${result.files.map((f) => f.name).join(', ')}.`);
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
    const live = this.station.registry.get(req.deviceId);
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
      serial: view.mtpInfo?.serialNumber || view.serialNumber || null,
      model: model ?? null,
      technician: readSettings(this.station).technician,
      detail: { via: 'command line' },
    });
    try {
      const storage = await this.station.connections.storage(req.deviceId);
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
    if (this.station.simulator) {
      this.trainingDrives ??= SimDriveLister.training(this.station.dataPath('sim-drives'));
      list.push(this.trainingDrives);
    }
    list.push(this.extraDrives);
    return list;
  }
}
