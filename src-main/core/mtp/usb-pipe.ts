/**
 * Taking hold of a device's MTP interface through node-usb: finding it (descriptors first, then the Microsoft OS
 * descriptors), switching configuration and alternate setting, and claiming it (taking it over from another
 * program only with the technician's consent). The transfers over it are usb-bulk-pipe.ts.
 */
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
import { classify, message, type MtpInterfaceMatch, type NativeMtpDevice } from './native-usb.ts';
import { PipeError, type BulkPipe } from './pipe.ts';
import { UsbMtpPipe } from './usb-bulk-pipe.ts';

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
