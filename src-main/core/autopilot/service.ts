import { basename, join } from 'node:path';
import {
  HARVEST_JOB_KIND,
  hashFingerprint,
  type AutopilotStatus,
  type CsvExportResult,
  type HarvestView,
} from '../../shared/contract/autopilot.ts';
import type { StationEvent } from '../../shared/contract/index.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import { StationError, toErrorInfo } from '../../shared/errors.ts';
import type { DeviceConnections } from '../devices/connections.ts';
import type { DeviceRegistry, LiveDevice } from '../devices/registry.ts';
import type { JobRunner } from '../jobs.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { exportIntuneCsv } from './csv-export.ts';
import { fileStamp, harvestFromDevice, type DeviceHarvest, type HarvestStage } from './harvest.ts';
import type { SecretStore } from './secret-store.ts';
import { SqliteAutopilotStore } from './sqlite-store.ts';
import { AutopilotUploads, type UploadOptions } from './upload-service.ts';
import { listHarvestViews } from './views.ts';
import { say } from '../language.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

/**
 * The Autopilot feature on the station: harvests as jobs the tech watches (coached, staged, cancelable), the
 * ledger's harvests, the Intune CSV export into the data folder, and the upload (AutopilotUploads). The UI, the
 * CLI and the batch engine (batch-port.ts) all go through here.
 */

export interface AutopilotOptions extends UploadOptions {
  harvest?: { timeoutMs?: number; pollMs?: number; stableMs?: number };
}

export interface AutopilotDeps {
  ledger: Ledger;
  registry: DeviceRegistry;
  connections: DeviceConnections;
  jobs: JobRunner;
  dataPath: (...parts: string[]) => string;
  emit: (event: StationEvent) => void;
  secretStore: SecretStore;
  options?: AutopilotOptions;
}

export const DEFAULT_HARVEST_TIMEOUT_MS = 3 * 60_000;

/** What the harvest job says at each stage; "saved" is said once, with the serial and hash, when the job ends. */
const stageText = (stage: HarvestStage): string =>
  stage === 'saved' ? '' : say(`station-work:harvest.stage.${stage}`);

export function portText(view: { portPath: string }): string {
  return `port ${view.portPath}`;
}

/** Keeps serials usable as folder names on every system, and never "." or ".." (the folder above). */
export function serialFolderName(serial: string): string {
  const name = serial.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);
  if (/^\.*$/.test(name)) return name === '' ? 'unknown-serial' : name.replace(/\./g, '_');
  return name;
}

export class AutopilotService {
  readonly store: SqliteAutopilotStore;
  readonly uploads: AutopilotUploads;
  private readonly deps: AutopilotDeps;
  private revision = 0;
  private seq = 0;

  constructor(deps: AutopilotDeps) {
    this.deps = deps;
    this.store = new SqliteAutopilotStore(deps.ledger);
    this.uploads = new AutopilotUploads({
      ledger: deps.ledger,
      store: this.store,
      jobs: deps.jobs,
      secretStore: deps.secretStore,
      options: deps.options ?? {},
      changed: (lists) => (lists ? this.changed() : this.emitStatus()),
    });
  }

  status(): AutopilotStatus {
    return this.uploads.status(this.revision, this.seq);
  }

  /** Harvests or uploads changed: views read them again. */
  changed(): void {
    this.revision += 1;
    this.emitStatus();
  }

  private emitStatus(): void {
    this.seq += 1;
    this.deps.emit({ name: 'autopilotChanged', payload: this.status() });
  }

  harvests(): HarvestView[] {
    return listHarvestViews(this.store, this.deps.registry);
  }

  /** A HoloLens 2 on the bench, running; anything else gets a refusal that says why. */
  harvestTarget(deviceId: string): LiveDevice {
    const live = this.deps.registry.get(deviceId);
    if (!live || !live.view.present) {
      throw new StationError(
        'device-not-found',
        say('station-work:harvest.notConnected.title'),
        say('station-work:harvest.notConnected.message', { id: deviceId }),
        { disconnected: true },
      );
    }
    const v = live.view;
    if (v.model === 'hololens1') {
      throw new StationError(
        'autopilot-hololens2-only',
        say('station-work:harvest.hl1.title'),
        say('station-work:harvest.hl1.message', { port: v.portPath }),
      );
    }
    if (v.model !== 'hololens2' || v.kind === 'not-hololens' || v.kind === 'unknown-microsoft') {
      throw new StationError(
        'autopilot-not-hololens2',
        say('station-work:harvest.notHl2.title'),
        say('station-work:harvest.notHl2.message', { port: v.portPath }),
      );
    }
    if (v.mode !== 'normal') {
      throw new StationError(
        'autopilot-device-not-running',
        say('station-work:harvest.flashing.title'),
        say('station-work:harvest.flashing.message', { port: v.portPath }),
      );
    }
    return live;
  }

  /**
   * Starts a harvest job for a HoloLens 2. `onWaiting` runs once the station has noted what is in Documents and
   * waits for the chord (the CLI's simulated technician presses it there).
   */
  startHarvest(
    deviceId: string,
    o: { timeoutMs?: number; onWaiting?: () => void } = {},
  ): { view: JobView; done: Promise<JobView> } {
    const live = this.harvestTarget(deviceId);
    const running = this.deps.jobs
      .list()
      .find((j) => j.kind === HARVEST_JOB_KIND && j.deviceId === deviceId && j.state === 'running');
    if (running) return { view: running, done: this.whenFinished(running.id) };
    const v = live.view;
    const options = this.deps.options?.harvest ?? {};
    return this.deps.jobs.start(
      { kind: HARVEST_JOB_KIND, title: say('station-work:harvest.jobTitle', { port: v.portPath }), deviceId },
      async (control) => {
        const deviceSerial = serialNumberOf(v);
        try {
          const storage = await this.deps.connections.storage(deviceId);
          const result = await harvestFromDevice(storage, {
            signal: control.signal,
            timeoutMs: o.timeoutMs ?? options.timeoutMs ?? DEFAULT_HARVEST_TIMEOUT_MS,
            pollMs: options.pollMs,
            stableMs: options.stableMs,
            zipDir: this.zipDirFor(deviceSerial ?? 'unknown-serial'),
            deviceKey: live.ledgerKey,
            store: this.store,
            simulated: v.source === 'sim',
            now: this.deps.ledger.now,
            onStage: (stage, progress) => {
              control.progress(stage, progress?.bytes ?? 0, progress?.total ?? null);
              if ((stage === 'copying' && progress && progress.bytes > 0) || stage === 'saved') return;
              control.say(
                stage === 'waiting' ? say('station-work:harvest.press', { port: v.portPath }) : stageText(stage),
              );
              if (stage === 'waiting') o.onWaiting?.();
            },
          });
          this.recordHarvest(live, result);
          const h = result.harvest;
          const mismatch = deviceSerial !== null && deviceSerial.toUpperCase() !== h.serialNumber.toUpperCase();
          control.say(
            say(mismatch ? 'station-work:harvest.savedMismatch' : 'station-work:harvest.saved', {
              serial: h.serialNumber,
              fingerprint: hashFingerprint(h.hashSha256),
              deviceSerial,
            }),
          );
          return {
            harvestId: h.id,
            serialNumber: h.serialNumber,
            productId: h.productId,
            fingerprint: hashFingerprint(h.hashSha256),
            hashSha256: h.hashSha256,
            harvestedAt: h.harvestedAt,
            csvName: h.csvName,
            zipPath: result.zipPath,
            zipBytes: result.zipBytes,
            portPath: v.portPath,
            deviceSerial,
          };
        } catch (error) {
          const info = toErrorInfo(error);
          this.deps.ledger.addEvent(live.ledgerKey, 'autopilot-harvest-failed', {
            code: info.code,
            message: info.message,
          });
          throw error;
        }
      },
    );
  }

  /** Where the pulled zips of a device are kept (its MDM diagnostics logs matter for support). */
  zipDirFor(serial: string): string {
    return this.deps.dataPath('autopilot', serialFolderName(serial));
  }

  /** Records a harvest that happened (interactive or batch) in the device's history and tells the views. */
  recordHarvest(live: LiveDevice, result: DeviceHarvest): void {
    const h = result.harvest;
    this.deps.ledger.addEvent(live.ledgerKey, 'autopilot-harvested', {
      harvestId: h.id,
      serialNumber: h.serialNumber,
      hashSha256: h.hashSha256,
      zipPath: result.zipPath,
    });
    this.changed();
  }

  private whenFinished(jobId: string): Promise<JobView> {
    return new Promise((resolve) => {
      const off = this.deps.jobs.events.on('changed', (job) => {
        if (job.id === jobId && job.state !== 'running') {
          off();
          resolve(job);
        }
      });
    });
  }

  /**
   * Writes the Intune CSV of the latest harvests (all, or the given serials) into the data folder's exports.
   * Per-device values win over the batch's.
   */
  async exportCsv(input: {
    serialNumbers?: string[];
    groupTag?: string;
    assignedUser?: string;
    perDevice?: { serialNumber: string; groupTag?: string; assignedUser?: string }[];
    /** Training harvests (from simulated devices) too; left out unless asked for. */
    includeTraining?: boolean;
  }): Promise<CsvExportResult> {
    const wanted = input.serialNumbers ? new Set(input.serialNumbers.map((s) => s.toUpperCase())) : null;
    const own = new Map((input.perDevice ?? []).map((d) => [d.serialNumber.toUpperCase(), d]));
    const devices = this.store
      .latestHarvests()
      .filter((h) => !wanted || wanted.has(h.serialNumber.toUpperCase()))
      .filter((h) => input.includeTraining || !h.simulated)
      .map((h) => {
        const mine = own.get(h.serialNumber.toUpperCase());
        return {
          serialNumber: h.serialNumber,
          productId: h.productId,
          hardwareHash: h.hardwareHash,
          groupTag: mine?.groupTag,
          assignedUser: mine?.assignedUser,
        };
      });
    const out = join(this.deps.dataPath('exports'), `autopilot-devices-${fileStamp(this.deps.ledger.now())}.csv`);
    const written = await exportIntuneCsv(devices, out, {
      groupTag: input.groupTag?.trim() || undefined,
      assignedUser: input.assignedUser?.trim() || undefined,
    });
    return {
      files: written.files.map((f) => ({ path: f.path, name: basename(f.path), rows: f.rows, bytes: f.bytes })),
      devices: written.devices,
      warnings: written.warnings.map((w) => ({ serialNumber: w.serialNumber, message: w.message })),
    };
  }

  close(): void {
    this.uploads.close();
  }
}
