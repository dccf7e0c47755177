import type { UsbDescriptor } from '../devices/descriptor.ts';
import type { WpdDevice } from './protocol.ts';

export interface UsbInstance {
  vendorId: number;
  productId: number;
  /** The device's own serial; null when Windows made the id up (a device without a serial, or an interface). */
  serialNumber: string | null;
  /** MI_xx: this is one function of a composite device, not the device itself. */
  interfaceNumber: number | null;
}

/**
 * Reads a USB device instance id: "USB\VID_045E&PID_0652\SERIAL" (a device) or
 * "USB\VID_045E&PID_0652&MI_00\7&2A3B...&0&0000" (one function of a composite device). Windows puts the serial as
 * the last part only when the device has one; otherwise it makes up an id with "&" in it, which is not a serial.
 */
export function parseUsbInstanceId(instanceId: string): UsbInstance | null {
  const m = /^USB\\VID_([0-9A-F]{4})&PID_([0-9A-F]{4})(?:&MI_([0-9A-F]{2}))?\\(.+)$/i.exec(instanceId.trim());
  if (!m) return null;
  const last = m[4]!;
  const interfaceNumber = m[3] === undefined ? null : parseInt(m[3], 16);
  return {
    vendorId: parseInt(m[1]!, 16),
    productId: parseInt(m[2]!, 16),
    serialNumber: interfaceNumber === null && !last.includes('&') ? last : null,
    interfaceNumber,
  };
}

/** The hub port chain in a location path: "PCIROOT(0)#PCI(1400)#USBROOT(0)#USB(4)#USB(2)" -> [4, 2]. */
export function portsOfLocationPath(path: string): number[] | null {
  if (!/#USBROOT\(\d+\)/i.test(path)) return null;
  const ports = [...path.matchAll(/#USB\((\d+)\)/gi)].map((m) => Number(m[1]));
  return ports.length > 0 ? ports : null;
}

/** "1-4.2" -> [4, 2]; node-usb on Windows gives the same root-port chain the location path holds. */
function portsOfPortPath(portPath: string): number[] | null {
  const m = /^[^-]+-([\d.]+)$/.exec(portPath);
  return m ? m[1]!.split('.').map(Number) : null;
}

const sameSerial = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
const samePorts = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

export type WpdMatch =
  | { kind: 'matched'; device: WpdDevice; by: 'serial' | 'port' | 'only-one' }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: WpdDevice[] };

/**
 * Which WPD device is this USB device on the bench: same VID and PID, then the same serial; where serials do not
 * decide it (none, or two devices reporting the same one) the same hub port. Never guesses between two: a storage
 * shown on the wrong card would copy a package to the wrong headset.
 */
export function matchWpdDevice(usb: UsbDescriptor, wpdDevices: readonly WpdDevice[]): WpdMatch {
  const sameModel = wpdDevices.filter((w) => {
    const inst = w.usbInstanceId ? parseUsbInstanceId(w.usbInstanceId) : null;
    return inst !== null && inst.vendorId === usb.vendorId && inst.productId === usb.productId;
  });
  if (sameModel.length === 0) return { kind: 'none' };
  const serialOf = (w: WpdDevice) => parseUsbInstanceId(w.usbInstanceId!)?.serialNumber ?? null;
  let candidates = sameModel;
  if (usb.serialNumber) {
    const bySerial = sameModel.filter((w) => {
      const serial = serialOf(w);
      return serial !== null && sameSerial(serial, usb.serialNumber!);
    });
    if (bySerial.length === 1) return { kind: 'matched', device: bySerial[0]!, by: 'serial' };
    // Two with the same serial: let the port decide. None: only devices Windows knows without a serial remain.
    candidates = bySerial.length > 1 ? bySerial : sameModel.filter((w) => serialOf(w) === null);
  }
  const ports = portsOfPortPath(usb.portPath);
  if (ports) {
    const byPort = candidates.filter((w) =>
      w.locationPaths.some((p) => {
        const found = portsOfLocationPath(p);
        return found !== null && samePorts(found, ports);
      }),
    );
    if (byPort.length === 1) return { kind: 'matched', device: byPort[0]!, by: 'port' };
  }
  if (candidates.length === 1 && sameModel.length === 1)
    return { kind: 'matched', device: candidates[0]!, by: 'only-one' };
  return candidates.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', candidates };
}
