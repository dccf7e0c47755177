import { StationError, toErrorInfo } from '../../shared/errors.ts';
import type { DeviceConnections } from '../devices/connections.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { DeviceStorage } from '../mtp/storage-port.ts';
import type {
  AutopilotPort,
  BatchDeviceFacts,
  DiagnosticsState,
  HarvestRecord as BatchHarvestRecord,
} from '../workflow/types.ts';
import { harvestFromDevice, lookAtDocuments, sameSnapshot, type DiagnosticsSnapshot } from './harvest.ts';
import type { AutopilotService } from './service.ts';
import { enqueueLatestHarvests } from './upload-queue.ts';
import { say } from '../language.ts';

/**
 * The batch engine's AutopilotPort over the real harvest: the device's storage over MTP, the zip pulled and read,
 * the hash saved in the ledger and queued for upload with the manifest's group tag and user.
 *
 * A zip already in Documents when the batch first looks at a device is taken for an old collection: the step
 * asks for the chord and only a new or changed zip is harvested. When the storage was hidden at that first look
 * (setup page, locked), a zip seen later counts as new if the device was seen writing it, or if it is recent.
 */

type Baseline = DiagnosticsSnapshot | null | { hiddenSince: number };

const CLOCK_SKEW_MS = 10 * 60_000;
const BATCH_HARVEST_TIMEOUT_MS = 60_000;

export interface BatchPortDeps {
  service: AutopilotService;
  connections: DeviceConnections;
  registry: DeviceRegistry;
  ledger: Ledger;
  /** Faster settling in tests. */
  stableMs?: number;
}

export class StationAutopilotPort implements AutopilotPort {
  private readonly deps: BatchPortDeps;
  /** Per serial: what was in Documents when the batch first looked. */
  private readonly baselines = new Map<string, Baseline>();

  constructor(deps: BatchPortDeps) {
    this.deps = deps;
  }

  readonly diagnosticsState = async (device: BatchDeviceFacts, _signal?: AbortSignal): Promise<DiagnosticsState> => {
    const storage = await this.storageOf(device);
    if (!storage) return 'no-storage';
    const look = await lookAtDocuments(storage);
    const key = device.serial.toUpperCase();
    const base = this.baselines.get(key);
    if (look.hidden) {
      if (base === undefined) this.baselines.set(key, { hiddenSince: Date.now() });
      return 'no-storage';
    }
    if (look.temp) {
      // Seen writing: whatever zip it ends with is the new one.
      if (base === undefined || isHidden(base)) this.baselines.set(key, look.zip);
      return 'collecting';
    }
    if (base === undefined) {
      this.baselines.set(key, look.zip);
      return 'none';
    }
    if (isHidden(base)) {
      const recent = look.zip?.modified ? Date.parse(look.zip.modified) >= base.hiddenSince - CLOCK_SKEW_MS : false;
      this.baselines.set(key, recent ? null : look.zip);
      return look.zip && recent ? 'ready' : 'none';
    }
    return look.zip && !sameSnapshot(look.zip, base) ? 'ready' : 'none';
  };

  readonly harvest = async (
    device: BatchDeviceFacts,
    values: { groupTag: string | null; assignedUser: string | null },
    signal: AbortSignal,
  ): Promise<BatchHarvestRecord> => {
    const live = this.deps.registry.get(device.deviceId);
    const storage = await this.storageOf(device);
    if (!live || !storage) {
      throw new StationError(
        'device-gone',
        say('station-work:batch.gone.title'),
        say('station-work:batch.gone.message', { serial: device.serial }),
        {
          disconnected: true,
        },
      );
    }
    const key = device.serial.toUpperCase();
    const base = this.baselines.get(key);
    const result = await harvestFromDevice(storage, {
      signal,
      timeoutMs: BATCH_HARVEST_TIMEOUT_MS,
      stableMs: this.deps.stableMs,
      baseline: base === undefined || isHidden(base) ? null : base,
      zipDir: this.deps.service.zipDirFor(device.serial),
      deviceKey: device.deviceKey,
      store: this.deps.service.store,
      simulated: live.view.source === 'sim',
      now: this.deps.ledger.now,
    });
    this.baselines.delete(key);
    this.deps.service.recordHarvest(live, result);
    const h = result.harvest;
    try {
      enqueueLatestHarvests(this.deps.service.store, {
        serialNumbers: [h.serialNumber],
        groupTag: values.groupTag ?? undefined,
        assignedUser: values.assignedUser ?? undefined,
      });
      this.deps.service.changed();
    } catch (error) {
      // The hash is safe in the ledger; a bad group tag must not cost a second harvest.
      const info = toErrorInfo(error);
      this.deps.ledger.addEvent(live.ledgerKey, 'autopilot-upload-not-queued', {
        code: info.code,
        message: info.message,
      });
    }
    return { serialNumber: h.serialNumber, hashSha256: h.hashSha256, harvestId: h.id, zipPath: result.zipPath };
  };

  private async storageOf(device: BatchDeviceFacts): Promise<DeviceStorage | null> {
    try {
      return await this.deps.connections.storage(device.deviceId);
    } catch (error) {
      if (error instanceof StationError && error.disconnected) throw error;
      return null;
    }
  }
}

function isHidden(b: Baseline | undefined): b is { hiddenSince: number } {
  return typeof b === 'object' && b !== null && 'hiddenSince' in b;
}
