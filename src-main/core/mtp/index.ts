/** The MTP stack's public surface: what the station, the CLI and the simulator wire together. */
export type { BulkPipe, DeviceStatus, PipeErrorKind } from './pipe.ts';
export { PipeError, isPipeError } from './pipe.ts';
export { MtpError, isMtpError } from './errors.ts';
export type { MtpEvent } from './events.ts';
export type { DeviceInfo, ObjectInfo, StorageInfo } from './datasets.ts';
export { MtpSession, type MtpSessionOptions } from './session.ts';
export { MtpStorage } from './mtp-storage.ts';
export { describeMtpDevice, type MtpDeviceSummary } from './summary.ts';
export type * from './storage-port.ts';
export { findMtpInterface, openUsbMtpPipe, type UsbPipeOptions } from './usb-pipe.ts';
export type { NativeMtpDevice } from './native-usb.ts';
