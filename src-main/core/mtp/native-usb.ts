/**
 * What the MTP code uses of node-usb: the shape of its native device, and how its error strings read as the
 * pipe's error kinds. Opening the device (usb-pipe.ts) and the transfers (usb-bulk-pipe.ts) share both.
 */
import { PipeError, type PipeErrorKind } from './pipe.ts';

export interface NativeEndpoint {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: string;
  packetSize: number;
}

export interface NativeAlternate {
  alternateSetting: number;
  interfaceClass: number;
  interfaceSubclass: number;
  interfaceProtocol: number;
  interfaceName?: string | null;
  endpoints: NativeEndpoint[];
}

export interface ControlSetup {
  requestType: 'standard' | 'class' | 'vendor';
  recipient: 'device' | 'interface' | 'endpoint' | 'other';
  request: number;
  value: number;
  index: number;
}

/** The parts of a node-usb 3.x native device (usb/index.js, see its index.d.ts) an MTP pipe uses. */
export interface NativeMtpDevice {
  readonly opened: boolean;
  readonly configurations: {
    configurationValue: number;
    interfaces: { interfaceNumber: number; alternates: NativeAlternate[] }[];
  }[];
  /** The configuration the device is in now (node-usb: `configuration`); absent where unknown. */
  readonly configuration?: { configurationValue: number } | null;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration?(configurationValue: number): Promise<void>;
  selectAlternateInterface?(interfaceNumber: number, alternateSetting: number): Promise<void>;
  /** USB port reset (libusb_reset_device): the device re-enumerates; claimed interfaces are restored. */
  reset?(): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  detachKernelDriver(interfaceNumber: number): Promise<void>;
  attachKernelDriver(interfaceNumber: number): Promise<void>;
  nativeTransferIn(endpointNumber: number, timeout: number, length: number): Promise<Uint8Array | null>;
  nativeTransferOut(endpointNumber: number, timeout: number, data: Uint8Array): Promise<number>;
  nativeControlTransferIn(setup: ControlSetup, timeout: number, length: number): Promise<Uint8Array | null>;
  nativeControlTransferOut(setup: ControlSetup, timeout: number, data?: Uint8Array | null): Promise<number>;
  clearHalt(direction: 'in' | 'out', endpointNumber: number): Promise<void>;
}

export interface MtpInterfaceMatch {
  configurationValue: number;
  interfaceNumber: number;
  alternateSetting: number;
  bulkIn: NativeEndpoint;
  bulkOut: NativeEndpoint;
  interruptIn: NativeEndpoint | null;
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sorts node-usb's error strings (from nusb/libusb) into the pipe's error kinds. */
export function classify(error: unknown, doing: string): PipeError {
  if (error instanceof PipeError) return error;
  const text = message(error);
  let kind: PipeErrorKind = 'io';
  if (/endpoint not found|not implemented|not supported/i.test(text)) kind = 'unsupported';
  // EPROTO (-71) and ESHUTDOWN (-108) are what Linux gives a transfer that the unplug itself cut short.
  else if (/disconnect|no such device|no[ _]device|ENODEV|not connected|EPROTO|ESHUTDOWN|-71\b|-108\b/i.test(text))
    kind = 'disconnected';
  else if (/stall|(?:^|[\s_:])pipe\b/i.test(text)) kind = 'stall';
  else if (/timed? ?out|cancel/i.test(text)) kind = 'timeout';
  else if (/invalid state|closed/i.test(text)) kind = 'closed';
  return new PipeError(kind, `${doing}: ${text}`, error);
}
