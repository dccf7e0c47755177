import { z } from 'zod';
import { call } from './define.ts';

export const Model = z.enum(['hololens1', 'hololens2', 'unknown']);
export type Model = z.infer<typeof Model>;
export const Mode = z.enum(['normal', 'flashing', 'unknown']);
export type Mode = z.infer<typeof Mode>;
export const Confidence = z.enum(['confirmed', 'heuristic']);
export type Confidence = z.infer<typeof Confidence>;

/** What kind of thing is on the bus, beyond the model: traps are Microsoft devices that are not HoloLens. */
export const DeviceKind = z.enum(['hololens', 'probable-hololens', 'not-hololens', 'unknown-microsoft']);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const Identification = z.object({
  model: Model,
  mode: Mode,
  confidence: Confidence,
  kind: DeviceKind,
  /** Which rule matched: a table entry id, a heuristic name, or "label". */
  rule: z.string(),
  /** One sentence a technician can read: why the station thinks this. */
  reason: z.string(),
  labelled: z.boolean(),
});
export type Identification = z.infer<typeof Identification>;

export const NextAction = z.object({
  severity: z.enum(['ok', 'todo', 'attention', 'none']),
  title: z.string(),
  detail: z.string(),
});
export type NextAction = z.infer<typeof NextAction>;

export const StorageView = z.object({
  id: z.number().int(),
  description: z.string(),
  capacityBytes: z.number(),
  freeBytes: z.number(),
});
export type StorageView = z.infer<typeof StorageView>;

export const StorageState = z.enum(['available', 'no-storage-yet', 'not-mtp', 'unreachable', 'checking']);
export type StorageState = z.infer<typeof StorageState>;

/** Why the storage of a device on the bus cannot be reached, what to do, and the way that needs no storage. */
export const StorageProblemView = z.object({
  reason: z.enum(['windows-driver', 'other-program', 'ptpcamerad', 'no-permission']),
  holders: z.array(z.string()),
  why: z.string(),
  fix: z.string(),
  fallback: z.object({ routes: z.array(z.enum(['usb-drive-kit', 'copy-by-hand'])), text: z.string() }),
});
export type StorageProblemView = z.infer<typeof StorageProblemView>;

export const DeviceInfoView = z.object({
  manufacturer: z.string(),
  model: z.string(),
  deviceVersion: z.string(),
  serialNumber: z.string(),
});
export type DeviceInfoView = z.infer<typeof DeviceInfoView>;

export const DeviceView = z.object({
  id: z.string(),
  source: z.enum(['usb', 'sim']),
  present: z.boolean(),
  model: Model,
  mode: Mode,
  confidence: Confidence,
  kind: DeviceKind,
  identification: Identification,
  vendorId: z.number().int(),
  productId: z.number().int(),
  usbId: z.string(),
  portPath: z.string(),
  serialNumber: z.string().nullable(),
  productName: z.string().nullable(),
  manufacturer: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  nextAction: NextAction,
  storageState: StorageState,
  storages: z.array(StorageView),
  /** Set while storageState is "unreachable" for a reason the station could name. */
  storageProblem: StorageProblemView.nullable().optional(),
  mtpInfo: DeviceInfoView.nullable(),
  batteryPercent: z.number().nullable(),
});
export type DeviceView = z.infer<typeof DeviceView>;

export const BusState = z.object({
  usb: z.object({ available: z.boolean(), detail: z.string() }),
  simulator: z.object({ enabled: z.boolean() }),
});
export type BusState = z.infer<typeof BusState>;

export const DeviceLabel = z.object({
  usbId: z.string().regex(/^[0-9A-F]{4}:[0-9A-F]{4}$/),
  model: Model,
  mode: Mode,
  note: z.string().max(200).default(''),
  labelledBy: z.string().max(80).default(''),
  labelledAt: z.string(),
});
export type DeviceLabel = z.infer<typeof DeviceLabel>;

export const LedgerEventView = z.object({
  at: z.string(),
  kind: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type LedgerEventView = z.infer<typeof LedgerEventView>;

export const deviceCalls = {
  listDevices: call(z.object({}), z.array(DeviceView)),
  busState: call(z.object({}), BusState),
  labelDevice: call(
    z.object({
      deviceId: z.string().min(1).max(200),
      model: Model,
      mode: Mode,
      note: z.string().max(200).optional(),
      labelledBy: z.string().max(80).optional(),
    }),
    DeviceLabel,
  ),
  removeLabel: call(
    z.object({ usbId: z.string().regex(/^[0-9A-F]{4}:[0-9A-F]{4}$/) }),
    z.object({ removed: z.boolean() }),
  ),
  listLabels: call(z.object({}), z.array(DeviceLabel)),
  deviceHistory: call(z.object({ deviceId: z.string().min(1).max(200) }), z.array(LedgerEventView)),
};

export const deviceEvents = {
  deviceChanged: DeviceView,
  busChanged: BusState,
};
