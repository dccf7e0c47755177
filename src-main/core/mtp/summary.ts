import type { DeviceStorage, StorageSummary } from './storage-port.ts';

/** A storage that also tells about its device: MtpStorage, and the Windows (WPD) adapter. */
export interface DescribedStorage extends DeviceStorage {
  readonly deviceInfo: { manufacturer: string; model: string; serialNumber: string; deviceVersion: string };
  battery(): Promise<number | null>;
}

/** What MTP tells about a device, for its card and the ledger. */
export interface MtpDeviceSummary {
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** DeviceInfo's DeviceVersion: on a HoloLens, the OS build. */
  firmware: string;
  /** Percent, or null when the device does not offer the property. */
  batteryPercent: number | null;
  storages: StorageSummary[];
  /** False while the device is locked or waits for sign-in: it then shows no storage at all. */
  storageVisible: boolean;
}

/** Reads identity, battery and storage in one go; a battery read that fails does not spoil the rest. */
export async function describeMtpDevice(storage: DescribedStorage): Promise<MtpDeviceSummary> {
  const info = storage.deviceInfo;
  const batteryPercent = await storage.battery().catch(() => null);
  const storages = await storage.storages();
  return {
    manufacturer: info.manufacturer.trim(),
    model: info.model.trim(),
    serialNumber: info.serialNumber.trim(),
    firmware: info.deviceVersion.trim(),
    batteryPercent,
    storages,
    storageVisible: storages.length > 0,
  };
}
