import { z } from 'zod';
import { call } from './define.ts';

export const SIM_PRESETS = [
  'hl1',
  'hl2',
  'hl2-oobe',
  'hl1-flashing',
  'hl2-flashing',
  'qualcomm-edl',
  'wmr-sensors',
  'other-ms',
] as const;
export const SimPreset = z.enum(SIM_PRESETS);
export type SimPreset = z.infer<typeof SimPreset>;

/**
 * Faults on demand, and the ways real devices are stricter or stranger than the default simulated one: no-zlp
 * (no zero-length packet where the length already says where the data ends), split-header (a data header in a
 * transfer of its own), reset-ignored / reset-stalls (Device Reset only acknowledged, or refused), slow-cancel
 * (data still comes for a moment after a cancel), session-open (a session left open by an earlier host) and
 * store-full (the storage fills up during an upload).
 */
export const SIM_FAULTS = [
  'unplug-mid-transfer',
  'stall',
  'slow',
  'busy',
  'timeout',
  'corrupt-reply',
  'no-zlp',
  'split-header',
  'reset-ignored',
  'reset-stalls',
  'slow-cancel',
  'session-open',
  'store-full',
  /** Another program (or, on Windows, the system driver) owns the device's storage: the reason follows the OS. */
  'storage-owned',
] as const;
export const SimFault = z.enum(SIM_FAULTS);
export type SimFault = z.infer<typeof SimFault>;

/** The physical inputs a technician gives a HoloLens; in training mode the station plays them. */
export const SIM_ACTIONS = [
  'press-power',
  'hold-power-15s',
  'volume-down-power',
  'power-volume-down',
  'hard-restart',
  'enter-flashing-mode',
  'accept-trust-prompt',
  'unlock',
  'lock',
  'finish-setup',
  'reflash',
  'reset',
] as const;
export const SimAction = z.enum(SIM_ACTIONS);
export type SimAction = z.infer<typeof SimAction>;

export const SimDeviceView = z.object({
  simId: z.string(),
  deviceId: z.string().nullable(),
  preset: SimPreset,
  faults: z.array(SimFault),
  plugged: z.boolean(),
  serialNumber: z.string(),
  portPath: z.string(),
  state: z.record(z.string(), z.unknown()),
});
export type SimDeviceView = z.infer<typeof SimDeviceView>;

export const simCalls = {
  simStatus: call(
    z.object({}),
    z.object({ enabled: z.boolean(), presets: z.array(SimPreset), devices: z.array(SimDeviceView) }),
  ),
  simEnable: call(z.object({ enabled: z.boolean() }), z.object({ enabled: z.boolean() })),
  simPlug: call(z.object({ preset: SimPreset, faults: z.array(SimFault).max(6).optional() }), SimDeviceView),
  simUnplug: call(z.object({ simId: z.string().min(1).max(100) }), SimDeviceView),
  simReplug: call(z.object({ simId: z.string().min(1).max(100) }), SimDeviceView),
  simAction: call(z.object({ simId: z.string().min(1).max(100), action: SimAction }), SimDeviceView),
};

export const simEvents = {
  simChanged: z.array(SimDeviceView),
};
