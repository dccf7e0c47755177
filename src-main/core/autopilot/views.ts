import { hashFingerprint, type HarvestView, type UploadView } from '../../shared/contract/autopilot.ts';
import type { DeviceView } from '../../shared/contract/devices.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { AutopilotStore, HarvestRecord, UploadRecord } from './store.ts';

/** What the station shows of harvests and uploads: never the hash itself, only its fingerprint. */

export function uploadView(u: UploadRecord): UploadView {
  return {
    id: u.id,
    harvestId: u.harvestId,
    serialNumber: u.serialNumber,
    state: u.state,
    importStatus: u.importStatus,
    errorCode: u.errorCode,
    errorName: u.errorName,
    groupTag: u.groupTag,
    assignedUser: u.assignedUser,
    message: u.message,
    attempts: u.attempts,
    enqueuedAt: u.enqueuedAt,
    updatedAt: u.updatedAt,
    finishedAt: u.finishedAt,
  };
}

/** The device views of the registry by ledger key, present ones first so a replugged device wins. */
export function devicesByLedgerKey(registry: DeviceRegistry): Map<string, DeviceView> {
  const byKey = new Map<string, DeviceView>();
  const views = registry.list().sort((a, b) => Number(a.present) - Number(b.present));
  for (const view of views) {
    const live = registry.get(view.id);
    if (live) byKey.set(live.ledgerKey, view);
  }
  return byKey;
}

export function harvestView(
  h: HarvestRecord,
  history: readonly HarvestRecord[],
  upload: UploadRecord | undefined,
  device: DeviceView | undefined,
): HarvestView {
  return {
    id: h.id,
    serialNumber: h.serialNumber,
    productId: h.productId,
    fingerprint: hashFingerprint(h.hashSha256),
    harvestedAt: h.harvestedAt,
    source: h.source,
    simulated: h.simulated,
    deviceId: device?.id ?? null,
    portPath: device?.portPath ?? null,
    zipPath: h.zipPath,
    historyCount: Math.max(1, history.length),
    hashChanged: history.some((o) => o.hashSha256 !== h.hashSha256),
    upload: upload ? uploadView(upload) : null,
  };
}

/** The newest harvest of every serial, each with its newest upload and the device it came from. */
export function listHarvestViews(store: AutopilotStore, registry: DeviceRegistry): HarvestView[] {
  const latestUpload = new Map<string, UploadRecord>();
  for (const u of store.listUploads()) latestUpload.set(u.serialNumber.toUpperCase(), u);
  const devices = devicesByLedgerKey(registry);
  return store.latestHarvests().map((h) => {
    const device = h.deviceKey ? devices.get(h.deviceKey) : undefined;
    return harvestView(h, store.harvestHistory(h.serialNumber), latestUpload.get(h.serialNumber.toUpperCase()), device);
  });
}
