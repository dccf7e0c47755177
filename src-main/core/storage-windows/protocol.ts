import { z } from 'zod';

/**
 * The message protocol between the station and its Windows storage helper (resources/windows/wpd-helper), a small
 * process that talks to Windows Portable Devices (WPD) through COM. One JSON object per line, UTF-8, both ways.
 * Every message carries `v`: a helper that speaks another version is refused at `hello`, never half-understood.
 *
 * Station -> helper: `{ v, id, op, ...args }`. Helper -> station: a reply `{ v, id, ok: true, result }` or
 * `{ v, id, ok: false, error }`, progress `{ v, event: "progress", id, bytes, total }` for a running pull or push,
 * and object events `{ v, event: "object-added" | "object-removed" | "device-removed", device, ... }`.
 * File contents never cross the pipe: the helper reads and writes local files by path.
 */
export const WPD_PROTOCOL_VERSION = 1;

export const WpdErrorCode = z.enum([
  'device-gone',
  'access-denied',
  'disk-full',
  'not-found',
  'canceled',
  'bad-request',
  'local-file',
  'failed',
]);
export type WpdErrorCode = z.infer<typeof WpdErrorCode>;

export const WpdHello = z.object({ protocol: z.number().int(), helper: z.string(), version: z.string() });
export type WpdHello = z.infer<typeof WpdHello>;

/** One device WPD lists, with the PnP facts that tie it to a USB device on the bench. */
export const WpdDevice = z.object({
  /** WPD's device id: the device interface path Windows gives the MTP function. */
  wpdId: z.string().min(1),
  friendlyName: z.string(),
  manufacturer: z.string(),
  description: z.string(),
  /** Instance id of the USB device (the composite parent), e.g. "USB\\VID_045E&PID_0652\\SERIAL"; null if unknown. */
  usbInstanceId: z.string().nullable(),
  /** The parent's location paths, e.g. "PCIROOT(0)#PCI(1400)#USBROOT(0)#USB(4)#USB(2)"; may be empty. */
  locationPaths: z.array(z.string()),
});
export type WpdDevice = z.infer<typeof WpdDevice>;

export const WpdDeviceInfo = z.object({
  manufacturer: z.string(),
  model: z.string(),
  firmware: z.string(),
  serialNumber: z.string(),
  /** Percent, null where the device does not say. */
  batteryPercent: z.number().int().min(0).max(100).nullable(),
});
export type WpdDeviceInfo = z.infer<typeof WpdDeviceInfo>;

export const WpdStorage = z.object({
  objectId: z.string().min(1),
  description: z.string(),
  volume: z.string(),
  capacityBytes: z.number().nonnegative(),
  freeBytes: z.number().nonnegative(),
  readOnly: z.boolean(),
});
export type WpdStorage = z.infer<typeof WpdStorage>;

export const WpdObject = z.object({
  objectId: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['folder', 'file']),
  size: z.number().nonnegative().nullable(),
  /** ISO 8601 or null. */
  modified: z.string().nullable(),
});
export type WpdObject = z.infer<typeof WpdObject>;

/** What each request returns, by op. */
export const WPD_RESULTS = {
  hello: WpdHello,
  devices: z.array(WpdDevice),
  open: WpdDeviceInfo,
  storages: z.array(WpdStorage),
  children: z.array(WpdObject),
  pull: z.object({ bytes: z.number().nonnegative() }),
  push: z.object({ objectId: z.string().min(1) }),
  delete: z.object({}),
  watch: z.object({}),
  cancel: z.object({}),
  close: z.object({}),
} as const;
export type WpdOp = keyof typeof WPD_RESULTS;
export type WpdResult<O extends WpdOp> = z.infer<(typeof WPD_RESULTS)[O]>;

export interface WpdRequestArgs {
  hello: Record<string, never>;
  devices: Record<string, never>;
  open: { device: string };
  storages: { device: string };
  children: { device: string; objectId: string };
  pull: { device: string; objectId: string; localPath: string };
  push: { device: string; parentId: string; name: string; localPath: string; size: number };
  delete: { device: string; objectId: string };
  watch: { device: string };
  cancel: { target: number };
  close: { device: string };
}

export const WpdReply = z.discriminatedUnion('ok', [
  z.object({ v: z.number(), id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    v: z.number(),
    id: z.number().int(),
    ok: z.literal(false),
    error: z.object({ code: WpdErrorCode, message: z.string(), hresult: z.string().optional() }),
  }),
]);

export const WpdEvent = z.discriminatedUnion('event', [
  z.object({
    v: z.number(),
    event: z.literal('progress'),
    id: z.number().int(),
    bytes: z.number(),
    total: z.number().nullable(),
  }),
  z.object({
    v: z.number(),
    event: z.literal('object-added'),
    device: z.string(),
    objectId: z.string(),
    parentId: z.string().nullable(),
    name: z.string().nullable(),
  }),
  z.object({ v: z.number(), event: z.literal('object-removed'), device: z.string(), objectId: z.string() }),
  z.object({ v: z.number(), event: z.literal('device-removed'), device: z.string() }),
]);
export type WpdEvent = z.infer<typeof WpdEvent>;

export const WpdMessage = z.union([WpdReply, WpdEvent]);
