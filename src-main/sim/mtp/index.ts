import type { BulkPipe } from '../../core/mtp/pipe.ts';
import type { SimFault } from '../../shared/contract/sim.ts';
import { hololensDeviceInfo, type SimIdentity } from './device-info.ts';
import { FaultPlan, type FaultTuning } from './faults.ts';
import { USB2_MODEL, type LinkModel } from './pacer.ts';
import { SimMtpResponder } from './responder.ts';
import { SimUsbLink } from './sim-link.ts';
import type { SimStorageTree } from './storage-tree.ts';

export { SimStorageTree, HOLOLENS_FOLDERS, type SimStorageOptions, type TreeChange } from './storage-tree.ts';
export { USB2_MODEL, type LinkModel } from './pacer.ts';
export type { FaultTuning } from './faults.ts';

export interface SimMtpOptions extends Omit<SimIdentity, 'battery'> {
  /** Battery level offered as device property 0x5001; absent or null: the device does not offer it. */
  batteryPercent?: number | null;
  faults?: readonly SimFault[];
  faultTuning?: Partial<FaultTuning>;
  /** Link speed. Default: no delay at all, or USB 2.0 speeds with the `slow` fault. */
  link?: LinkModel | null;
  /** Delay before each operation is answered. Default 0, or 5 ms with the `slow` fault. */
  opLatencyMs?: number;
  maxPacketSize?: number;
  /** Send the 0xFFFFFFFF data length for objects above this size (default: only when 32 bits do not fit). */
  unknownLengthAbove?: number;
  /** Keep what arrived of an interrupted SendObject (default true, like a picky real device). */
  keepPartialObjects?: boolean;
}

/** Controls a test or the training UI has over one simulated MTP connection. */
export interface SimMtpControl {
  /** Everything the initiator did that a strict device objects to; empty for a well-behaved initiator. */
  readonly violations: readonly string[];
  setBatteryPercent(percent: number | null): void;
  /** Pulls the cable: every pending and later transfer fails as disconnected. */
  unplug(): void;
  /** The device's MTP service restarts on its own: its session closes and it announces DeviceReset (0x400B). */
  restartService(): void;
}

export type SimMtpPipe = BulkPipe & { readonly sim: SimMtpControl };

/**
 * Opens one simulated MTP connection to the device whose storage is `tree`: what the station gets when it opens
 * a simulated HoloLens. The tree outlives connections; each connection has its own session and fault state.
 */
export function createSimMtpPipe(tree: SimStorageTree, options: SimMtpOptions = {}): SimMtpPipe {
  const faults = options.faults ?? [];
  const slow = faults.includes('slow');
  const link = new SimUsbLink({
    maxPacketSize: options.maxPacketSize ?? 512,
    model: options.link !== undefined ? options.link : slow ? USB2_MODEL : null,
  });
  const battery = options.batteryPercent ?? null;
  const responder = new SimMtpResponder(link, tree, {
    deviceInfo: hololensDeviceInfo({ ...options, battery: battery !== null }),
    faults: new FaultPlan(faults, options.faultTuning),
    batteryPercent: battery,
    opLatencyMs: options.opLatencyMs ?? (slow ? 5 : 0),
    unknownLengthAbove: options.unknownLengthAbove ?? 0xffffffff - 12 - 1,
    keepPartialObjects: options.keepPartialObjects ?? true,
  });
  const sim: SimMtpControl = {
    get violations() {
      return responder.violations;
    },
    setBatteryPercent: (percent) => responder.setBattery(percent),
    unplug: () => link.unplug(),
    restartService: () => responder.restartService(),
  };
  return Object.assign(link.host, { sim });
}
