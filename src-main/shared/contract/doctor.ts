import { z } from 'zod';
import { call } from './define.ts';

/**
 * What the station sees, for a technician to read or send when something does not work. It holds no secrets:
 * no tokens, no tenant credentials, no file contents; device serials and names are in it (support needs them).
 */
export const DoctorDevice = z.object({
  id: z.string(),
  usbId: z.string(),
  model: z.string(),
  mode: z.string(),
  kind: z.string(),
  confidence: z.string(),
  identification: z.object({ rule: z.string(), reason: z.string() }),
  portPath: z.string(),
  productName: z.string().nullable(),
  serialNumber: z.string().nullable(),
  descriptors: z.object({
    /** Raw USB descriptors as the OS keeps them (Linux sysfs), hex; null where the station cannot read them raw. */
    rawHex: z.string().nullable(),
    rawSource: z.enum(['sysfs', 'none']),
    unreadable: z.array(z.string()),
    interfacesFrom: z.enum(['device', 'os']),
    interfaces: z.array(z.string()),
  }),
  storage: z.object({
    access: z.enum(['libusb', 'wpd', 'sim', 'none']),
    state: z.string(),
    reason: z.string().nullable(),
    fix: z.string().nullable(),
  }),
  /** MTP DeviceInfo as decoded; null where the device's storage was not reached. */
  mtpDeviceInfo: z
    .object({ manufacturer: z.string(), model: z.string(), deviceVersion: z.string(), serialNumber: z.string() })
    .nullable(),
});
export type DoctorDevice = z.infer<typeof DoctorDevice>;

export const DoctorProblem = z.object({
  deviceId: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  fix: z.string(),
});
export type DoctorProblem = z.infer<typeof DoctorProblem>;

export const DoctorReport = z.object({
  generatedAt: z.string(),
  platform: z.object({
    os: z.string(),
    release: z.string(),
    arch: z.string(),
    node: z.string(),
    holobench: z.string(),
    /** How real devices' storage is reached on this PC. */
    storagePath: z.enum(['libusb', 'wpd', 'none']),
  }),
  usb: z.object({ available: z.boolean(), watched: z.boolean(), detail: z.string(), permissions: z.string() }),
  simulator: z.object({ enabled: z.boolean() }),
  devices: z.array(DoctorDevice),
  problems: z.array(DoctorProblem),
});
export type DoctorReport = z.infer<typeof DoctorReport>;

export const doctorCalls = {
  doctorReport: call(z.object({}), DoctorReport),
};
