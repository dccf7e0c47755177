import type { DeviceView } from '../../shared/contract/devices.ts';
import { osBuildFromDeviceVersion } from '../knowledge/builds.ts';

/**
 * What the station has read from a device over USB: its MTP session's battery and OS build, and whether it shows
 * its storage. The same for a real and a simulated device (the simulator answers over the same MTP session), and
 * the one place the registry's view is turned into these facts: the planner, the package flows and the batch
 * engine all read them here.
 */
export interface DeviceReadings {
  /** Percent from the MTP battery property; null when not read (yet) or not offered. */
  batteryPercent: number | null;
  /** "19041.1128", from the MTP device version; null when not read or not a build. */
  build: string | null;
  /** True when the device hides its storage (locked, or at setup); null when the station cannot tell. */
  locked: boolean | null;
}

export function deviceReadings(view: DeviceView): DeviceReadings {
  const battery = view.batteryPercent;
  return {
    batteryPercent: battery !== null && battery >= 0 && battery <= 100 ? battery : null,
    build: osBuildFromDeviceVersion(view.mtpInfo?.deviceVersion),
    locked: lockedFromStorage(view),
  };
}

/**
 * The device's serial number, as every lookup of its history by serial takes it: the one its MTP session reports,
 * else the USB descriptor's; null when neither gives one.
 */
export function serialNumberOf(view: {
  serialNumber: string | null;
  mtpInfo?: { serialNumber: string } | null;
}): string | null {
  return view.mtpInfo?.serialNumber || view.serialNumber || null;
}

/** A HoloLens shows no storage while locked (or before setup lets it); "checking" or "unreachable" tell nothing. */
function lockedFromStorage(v: DeviceView): boolean | null {
  if (v.storageState === 'available') return false;
  if (v.storageState === 'no-storage-yet') return true;
  return null;
}
