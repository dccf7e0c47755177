import { CLASS_REQUEST } from './codes.ts';
import { findStorageHolders } from '../storage-access/holders.ts';
import {
  StorageUnreachableError,
  explainUnreachable,
  ownedReasonFor,
  platformOf,
} from '../storage-access/unreachable.ts';
import {
  MS_COMPAT_ID_INDEX,
  MS_OS_STRING_INDEX,
  isNamedMtp,
  isStillImageMtp,
  parseMsOsVendorCode,
  parseMtpCompatIds,
} from './mtp-interface.ts';
import {
  PipeError,
  decodeDeviceStatus,
  encodeCancelRequest,
  type BulkPipe,
  type DeviceStatus,
  type PipeErrorKind,
} from './pipe.ts';

interface NativeEndpoint {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: string;
  packetSize: number;
}

interface NativeAlternate {
  alternateSetting: number;
  interfaceClass: number;
  interfaceSubclass: number;
  interfaceProtocol: number;
  interfaceName?: string | null;
  endpoints: NativeEndpoint[];
}

interface ControlSetup {
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

/**
 * The MTP interface (see mtp-interface.ts): the Still Image class first, then an interface the Microsoft OS
 * descriptors name (`msOsInterfaces`, from probing the open device), then one with "MTP" in its name.
 */
export function findMtpInterface(
  device: Pick<NativeMtpDevice, 'configurations'>,
  msOsInterfaces: readonly number[] = [],
): MtpInterfaceMatch | null {
  let configurations: NativeMtpDevice['configurations'];
  try {
    configurations = device.configurations;
  } catch {
    return null;
  }
  const candidates: (MtpInterfaceMatch & { rank: number })[] = [];
  for (const config of configurations) {
    for (const iface of config.interfaces) {
      for (const alt of iface.alternates) {
        const facts = {
          classCode: alt.interfaceClass,
          subclassCode: alt.interfaceSubclass,
          protocolCode: alt.interfaceProtocol,
          name: alt.interfaceName,
        };
        const rank = isStillImageMtp(facts)
          ? 0
          : msOsInterfaces.includes(iface.interfaceNumber)
            ? 1
            : isNamedMtp(facts)
              ? 2
              : -1;
        if (rank < 0) continue;
        const bulkIn = alt.endpoints.find((e) => e.type === 'bulk' && e.direction === 'in');
        const bulkOut = alt.endpoints.find((e) => e.type === 'bulk' && e.direction === 'out');
        if (!bulkIn || !bulkOut) continue;
        const interruptIn = alt.endpoints.find((e) => e.type === 'interrupt' && e.direction === 'in') ?? null;
        candidates.push({
          configurationValue: config.configurationValue,
          interfaceNumber: iface.interfaceNumber,
          alternateSetting: alt.alternateSetting,
          bulkIn,
          bulkOut,
          interruptIn,
          rank,
        });
      }
    }
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  if (!best) return null;
  const { rank: _, ...match } = best;
  return match;
}

/**
 * Asks an open device for its Microsoft OS descriptors: string 0xEE gives a vendor request code, which returns the
 * Extended Compat ID list. Devices without them stall or answer garbage: that is "none", never an error.
 */
export async function probeMsOsMtpInterfaces(device: NativeMtpDevice, timeoutMs = 1000): Promise<number[]> {
  try {
    const str = await device.nativeControlTransferIn(
      { requestType: 'standard', recipient: 'device', request: 0x06, value: 0x0300 | MS_OS_STRING_INDEX, index: 0 },
      timeoutMs,
      18,
    );
    const vendorCode = parseMsOsVendorCode(str);
    if (vendorCode === null) return [];
    const compat = await device.nativeControlTransferIn(
      { requestType: 'vendor', recipient: 'device', request: vendorCode, value: 0, index: MS_COMPAT_ID_INDEX },
      timeoutMs,
      256,
    );
    return parseMtpCompatIds(compat);
  } catch {
    return [];
  }
}

export interface UsbPipeOptions {
  /** Detach a kernel driver bound to the interface before claiming it (an explicit take-over). Default false. */
  detachKernelDriver?: boolean;
  /**
   * When another program or driver holds the interface, take it (Linux: detach it; this disconnects gvfs, kio-mtp
   * or the libmtp tool using the device). Only with the technician's consent. Default false: say who holds it.
   */
  takeOver?: boolean;
  /** Extra time a native call gets beyond its own timeout before the pipe gives up on it. */
  guardMs?: number;
  /** Programs that may hold the device, for the message (injectable for tests). */
  holders?: () => string[];
}

/**
 * Opens the device, finds its MTP interface (probing the Microsoft OS descriptors when the descriptors do not say),
 * selects the configuration and alternate setting it lives in, claims it and returns a BulkPipe over it.
 */
export async function openUsbMtpPipe(device: NativeMtpDevice, options: UsbPipeOptions = {}): Promise<BulkPipe> {
  const platform = platformOf();
  try {
    if (!device.opened) await device.open();
  } catch (error) {
    if (/access|permission|EACCES|EPERM/i.test(message(error))) {
      throw new StorageUnreachableError(explainUnreachable('no-permission', 'unknown'), error);
    }
    throw classify(error, 'The device could not be opened');
  }
  if (!device.opened) {
    throw new StorageUnreachableError(explainUnreachable('no-permission', 'unknown'));
  }
  const match = findMtpInterface(device) ?? findMtpInterface(device, await probeMsOsMtpInterfaces(device));
  if (!match) {
    await device.close().catch(() => undefined);
    throw new PipeError('unsupported', 'This device has no MTP interface.');
  }
  const current = readConfigurationValue(device);
  if (device.selectConfiguration && current !== null && current !== match.configurationValue) {
    try {
      await device.selectConfiguration(match.configurationValue);
    } catch (error) {
      await device.close().catch(() => undefined);
      throw new PipeError('io', 'The device would not switch to its file-transfer configuration.', error);
    }
  }
  let detached = false;
  if (options.detachKernelDriver) detached = await detach(device, match.interfaceNumber);
  try {
    await device.claimInterface(match.interfaceNumber);
  } catch (firstError) {
    // Someone else has the interface. Take it only when the technician agreed, and only where the OS allows.
    let claimed = false;
    if (options.takeOver && platform === 'linux' && !detached) {
      detached = await detach(device, match.interfaceNumber);
      claimed =
        detached &&
        (await device.claimInterface(match.interfaceNumber).then(
          () => true,
          () => false,
        ));
    }
    if (!claimed) {
      if (detached) await device.attachKernelDriver(match.interfaceNumber).catch(() => undefined);
      await device.close().catch(() => undefined);
      const holders = (options.holders ?? (() => findStorageHolders(platform)))();
      throw new StorageUnreachableError(explainUnreachable(ownedReasonFor(platform), 'unknown', holders), firstError);
    }
  }
  if (match.alternateSetting !== 0 && device.selectAlternateInterface) {
    try {
      await device.selectAlternateInterface(match.interfaceNumber, match.alternateSetting);
    } catch (error) {
      await device.releaseInterface(match.interfaceNumber).catch(() => undefined);
      await device.close().catch(() => undefined);
      throw new PipeError('io', 'The device would not switch its interface to file transfer.', error);
    }
  }
  return new UsbMtpPipe(device, match, detached, options.guardMs ?? 2000);
}

function readConfigurationValue(device: NativeMtpDevice): number | null {
  try {
    return device.configuration?.configurationValue ?? null;
  } catch {
    return null;
  }
}

/** No driver bound is the normal case; a failed detach shows up as a failed claim. */
function detach(device: NativeMtpDevice, interfaceNumber: number): Promise<boolean> {
  return device.detachKernelDriver(interfaceNumber).then(
    () => true,
    () => false,
  );
}

function message(error: unknown): string {
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

class UsbMtpPipe implements BulkPipe {
  readonly maxPacketSize: number;
  private readonly device: NativeMtpDevice;
  private readonly match: MtpInterfaceMatch;
  private readonly detached: boolean;
  private readonly guardMs: number;
  /** Once the cable is gone every call fails the same way, at once. */
  private gone: PipeError | null = null;
  /** Rejects when the pipe is closed, so calls still waiting on the device end at once. */
  private readonly closed: Promise<never>;
  private markClosed: (error: PipeError) => void = () => undefined;
  private closing = false;

  constructor(device: NativeMtpDevice, match: MtpInterfaceMatch, detached: boolean, guardMs: number) {
    this.device = device;
    this.match = match;
    this.detached = detached;
    this.guardMs = guardMs;
    this.maxPacketSize = match.bulkIn.packetSize || 512;
    this.closed = new Promise<never>((_, reject) => (this.markClosed = reject));
    this.closed.catch(() => undefined);
  }

  private setup(request: number): ControlSetup {
    return { requestType: 'class', recipient: 'interface', request, value: 0, index: this.match.interfaceNumber };
  }

  /** Runs a native call with a guard timer: a native call that never returns must not hang the station. */
  private async call<T>(doing: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
    if (this.gone) throw this.gone;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new PipeError('timeout', `${doing}: no answer in ${timeoutMs} ms`)),
        timeoutMs + this.guardMs,
      );
    });
    try {
      return await Promise.race([run(), guard, this.closed]);
    } catch (error) {
      const e = classify(error, doing);
      if (e.kind === 'disconnected') this.gone = e;
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async writeOut(data: Uint8Array, timeoutMs: number): Promise<void> {
    const n = await this.call('Sending to the device', timeoutMs, () =>
      this.device.nativeTransferOut(this.match.bulkOut.endpointNumber, timeoutMs, data),
    );
    if (n < 0) throw new PipeError('stall', 'The device halted its bulk OUT endpoint.');
    if (n < data.length) throw new PipeError('io', `The device took ${n} of ${data.length} bytes.`);
  }

  async readIn(maxLength: number, timeoutMs: number): Promise<Uint8Array> {
    const bytes = await this.call('Reading from the device', timeoutMs, () =>
      this.device.nativeTransferIn(this.match.bulkIn.endpointNumber, timeoutMs, maxLength),
    );
    if (bytes === null) throw new PipeError('stall', 'The device halted its bulk IN endpoint.');
    return bytes;
  }

  async readEvent(timeoutMs: number): Promise<Uint8Array | null> {
    const ep = this.match.interruptIn;
    if (!ep) throw new PipeError('unsupported', 'The MTP interface has no event endpoint.');
    try {
      return await this.call('Waiting for device events', timeoutMs, () =>
        this.device.nativeTransferIn(ep.endpointNumber, timeoutMs, ep.packetSize || 64),
      );
    } catch (error) {
      if (error instanceof PipeError && error.kind === 'timeout') return null;
      throw error;
    }
  }

  async clearHalt(direction: 'in' | 'out', timeoutMs: number): Promise<void> {
    const ep = direction === 'in' ? this.match.bulkIn : this.match.bulkOut;
    await this.call('Clearing a halted endpoint', timeoutMs, () => this.device.clearHalt(direction, ep.endpointNumber));
  }

  async cancelRequest(transactionId: number, timeoutMs: number): Promise<void> {
    await this.call('Canceling the transfer', timeoutMs, () =>
      this.device.nativeControlTransferOut(
        this.setup(CLASS_REQUEST.Cancel),
        timeoutMs,
        encodeCancelRequest(transactionId),
      ),
    );
  }

  async getDeviceStatus(timeoutMs: number): Promise<DeviceStatus> {
    const bytes = await this.call('Asking the device for its status', timeoutMs, () =>
      this.device.nativeControlTransferIn(this.setup(CLASS_REQUEST.GetDeviceStatus), timeoutMs, 20),
    );
    const status = bytes ? decodeDeviceStatus(bytes) : null;
    if (!status) throw new PipeError('io', 'The device gave no usable status.');
    return status;
  }

  async resetDevice(timeoutMs: number): Promise<void> {
    await this.call('Resetting the device', timeoutMs, () =>
      this.device.nativeControlTransferOut(this.setup(CLASS_REQUEST.DeviceReset), timeoutMs, new Uint8Array(0)),
    );
  }

  async resetPort(timeoutMs: number): Promise<void> {
    const device = this.device;
    if (!device.reset) throw new PipeError('unsupported', 'This USB connection cannot reset the port.');
    await this.call('Resetting the USB port', timeoutMs, () => device.reset!());
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const interfaceNumber = this.match.interfaceNumber;
    // Closed because the cable went: calls still waiting learn that the device was unplugged, not just closed.
    if (this.gone?.kind !== 'disconnected') this.gone = new PipeError('closed', 'The station closed the connection.');
    this.markClosed(this.gone);
    await this.device.releaseInterface(interfaceNumber).catch(() => undefined);
    if (this.detached) await this.device.attachKernelDriver(interfaceNumber).catch(() => undefined);
    await this.device.close().catch(() => undefined);
  }
}
