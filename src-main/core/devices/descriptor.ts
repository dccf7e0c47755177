import { looksLikeMtp } from '../mtp/mtp-interface.ts';

/**
 * A USB device as the station sees it on the bus: the descriptors that matter for telling what it is, plus where
 * it is plugged in. Both the node-usb adapter and the simulator produce exactly this shape.
 */
export interface EndpointDescriptor {
  /** Endpoint number without the direction bit. */
  number: number;
  direction: 'in' | 'out';
  type: 'bulk' | 'interrupt' | 'isochronous' | 'control';
  maxPacketSize: number;
}

export interface InterfaceDescriptor {
  number: number;
  alternate: number;
  classCode: number;
  subclassCode: number;
  protocolCode: number;
  name: string | null;
  endpoints: EndpointDescriptor[];
}

export interface ConfigurationDescriptor {
  value: number;
  name: string | null;
  interfaces: InterfaceDescriptor[];
}

export interface UsbDescriptor {
  /** Unique on its source while attached: the bus and port chain, e.g. "1-4.2". */
  key: string;
  vendorId: number;
  productId: number;
  deviceClass: number;
  deviceSubclass: number;
  deviceProtocol: number;
  /** bcdDevice as "major.minor.sub". */
  deviceVersion: string;
  usbVersion: string;
  manufacturer: string | null;
  product: string | null;
  serialNumber: string | null;
  /** Bus number and port chain, as Linux writes it: "1-4.2" = bus 1, root port 4, hub port 2. */
  portPath: string;
  configurations: ConfigurationDescriptor[];
  /**
   * What could not be read and why, e.g. "configurations: open error: Access denied". Absent or empty when every
   * descriptor was read. Identification then says "best guess" with this reason, never "not a HoloLens".
   */
  unreadable?: string[];
  /** Where the interfaces came from when the device could not be opened: "os" (sysfs) rather than the device. */
  interfacesFrom?: 'device' | 'os';
}

export const MICROSOFT_VID = 0x045e;
export const QUALCOMM_VID = 0x05c6;

/** The same rule the MTP pipe opens devices by (core/mtp/mtp-interface.ts): class 6/1/1 or "MTP" in the name. */
export function isMtpInterface(i: InterfaceDescriptor): boolean {
  return looksLikeMtp(i);
}

/** USB NCM (Network Control Model): Communications class 0x02, subclass 0x0D. HoloLens 2 always offers one. */
export function isNcmInterface(i: InterfaceDescriptor): boolean {
  return i.classCode === 0x02 && i.subclassCode === 0x0d;
}

export function allInterfaces(d: UsbDescriptor): InterfaceDescriptor[] {
  return d.configurations.flatMap((c) => c.interfaces);
}

export function usbId(vendorId: number, productId: number): string {
  return `${hex4(vendorId)}:${hex4(productId)}`;
}

export function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}
