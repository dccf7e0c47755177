import { StationError } from '../../shared/errors.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { BatchDeviceFacts, CopyResult, OobePackageState, PackageInfo, PackagesPort } from '../workflow/types.ts';
import { copyPackageToDevice, sha256OfFile } from './apply.ts';
import { watchForApply } from './apply-watch.ts';
import { packageFileName } from './library.ts';
import type { PackageService } from './service.ts';
import { say } from '../language.ts';

interface Tracked {
  sha256: string;
  remotePath: string;
  applicationId: number;
  gone: boolean;
  stop: () => void;
}

/**
 * The batch engine's package port over the real services: copies go over MTP with read-back verification and
 * are recorded in the ledger; "applied" is what the station saw (the package left the device storage) or what
 * the ledger already holds. What a real device shows cannot be read over USB, so between the copy and that
 * sighting the port answers from what it can see (storage open or closed) and the step asks the tech to confirm
 * when unsure. A simulated device is read the same way, over its MTP session: training mode walks what a
 * technician at a real bench would see.
 */
export class StationPackagesPort implements PackagesPort {
  private readonly service: PackageService;
  private readonly registry: DeviceRegistry;
  private readonly tracked = new Map<string, Tracked>();

  constructor(service: PackageService, registry: DeviceRegistry) {
    this.service = service;
    this.registry = registry;
  }

  readonly describe = async (path: string): Promise<PackageInfo> => {
    const { sha256, size } = await sha256OfFile(path);
    return { path, name: packageFileName(path), sha256, size };
  };

  readonly oobeState = async (
    d: BatchDeviceFacts,
    pkg: PackageInfo,
    _signal?: AbortSignal,
  ): Promise<OobePackageState> => {
    const live = this.registry.get(d.deviceId);
    if (!live?.view.present) throw gone(d);
    const key = `${d.serial}\0${pkg.sha256}`;
    const mine = this.tracked.get(key);
    if (mine?.gone || this.appliedBefore(d, pkg)) return 'applied';
    const storage = live.view.storageState;
    if (storage === 'available') {
      if (!mine) return 'provisioning-open';
      // Copied and the storage still open: the device waits for the second chord and the trust prompt.
      return (await this.stillThere(d, mine)) ? 'trust-prompt' : 'applied';
    }
    if (mine) return 'unknown';
    if (storage === 'unreachable') {
      throw new StationError(
        'storage-unreachable',
        say('station-work:batch.cannotOpen.title'),
        say('station-work:batch.cannotOpen.message'),
      );
    }
    return 'first-page';
  };

  readonly copyToDevice = async (d: BatchDeviceFacts, pkg: PackageInfo, signal: AbortSignal): Promise<CopyResult> => {
    const key = `${d.serial}\0${pkg.sha256}`;
    this.tracked.get(key)?.stop();
    this.tracked.delete(key);
    const app = this.service.applications.start({
      packageSha256: pkg.sha256,
      packageName: pkg.name,
      method: 'oobe-mtp',
      deviceKey: d.deviceKey,
      deviceId: d.deviceId,
      serial: d.serial,
      model: d.model === 'unknown' ? null : d.model,
      technician: this.service.technician(),
      detail: { via: 'batch' },
    });
    try {
      const storage = await this.service.storage(d.deviceId);
      const copy = await copyPackageToDevice(storage, pkg.path, 'oobe', { signal, name: pkg.name });
      this.service.applications.finish(app.id, 'copied', 'station', { remotePath: copy.remotePath, verified: true });
      const entry: Tracked = {
        sha256: copy.sha256,
        remotePath: copy.remotePath,
        applicationId: app.id,
        gone: false,
        stop: () => undefined,
      };
      entry.stop = watchForApply(
        storage,
        { remotePath: copy.remotePath, handle: copy.handle, pollMs: 1000 },
        (seen) => {
          if (seen === 'package-gone') this.markApplied(entry);
        },
      );
      this.tracked.set(key, entry);
      return { remotePath: copy.remotePath, sha256: copy.sha256, verified: true };
    } catch (error) {
      this.service.applications.finish(app.id, signal.aborted ? 'canceled' : 'failed', null, {
        detail: { error: error instanceof Error ? error.message : String(error) },
      });
      throw error;
    }
  };

  dispose(): void {
    for (const t of this.tracked.values()) t.stop();
    this.tracked.clear();
  }

  private appliedBefore(d: BatchDeviceFacts, pkg: PackageInfo): boolean {
    return this.service.applications
      .list({ sha256: pkg.sha256, deviceKey: d.deviceKey, serial: d.serial, limit: 20 })
      .some((a) => a.result === 'applied');
  }

  private async stillThere(d: BatchDeviceFacts, t: Tracked): Promise<boolean> {
    try {
      const storage = await this.service.storage(d.deviceId);
      if ((await storage.stat(t.remotePath)) !== null) return true;
      if ((await storage.storages()).length === 0) return true;
      this.markApplied(t);
      return false;
    } catch {
      return true;
    }
  }

  private markApplied(t: Tracked): void {
    if (t.gone) return;
    t.gone = true;
    t.stop();
    try {
      this.service.applications.finish(t.applicationId, 'applied', 'station', { detail: { detected: 'package-gone' } });
    } catch {
      // Already recorded (a tech confirmed it first): the ledger keeps the first word.
    }
  }
}

function gone(d: BatchDeviceFacts): StationError {
  return new StationError(
    'device-gone',
    say('station-work:batch.gone.title'),
    say('station-work:batch.gone.message', { serial: d.serial }),
    { disconnected: true },
  );
}
