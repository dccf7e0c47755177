import type { BatchDeviceFacts } from './types.ts';

/**
 * How the engine sees the bench: the HoloLens devices present (with a serial number, the batch's key), and news
 * when one is plugged in, unplugged or changes. The station adapts its device registry and simulator to this
 * (registry-devices.ts); tests give the engine a plain in-memory one.
 */
export interface BatchDevicesListener {
  attached: (facts: BatchDeviceFacts) => void;
  detached: (serial: string) => void;
  /** Something about the device changed (battery, lock, setup page): a waiting step may look again. */
  changed: (serial: string) => void;
}

export interface BatchDevices {
  list: () => BatchDeviceFacts[];
  /** The device with this serial when it is present now, else null. */
  get: (serial: string) => BatchDeviceFacts | null;
  subscribe: (listener: BatchDevicesListener) => () => void;
}
