/**
 * How the station recognises an MTP function on a USB device. One rule for the bench (core/devices/descriptor.ts)
 * and for opening the device (usb-pipe.ts), so a device shown as offering file transfer is also one that opens:
 * - the Still Image class 0x06, subclass 0x01, protocol 0x01 (what MTP 1.1 devices declare);
 * - or "MTP" in the interface's name (Android and Windows devices often use a vendor class, 0xFF, named so);
 * - or, for devices that say it nowhere in their descriptors, the Microsoft OS descriptor's compatible ID "MTP"
 *   (probed over control requests once the device is open: see parseMsOsVendorCode and parseMtpCompatIds).
 */
export interface InterfaceFacts {
  classCode: number;
  subclassCode: number;
  protocolCode: number;
  name: string | null | undefined;
}

export function isStillImageMtp(i: InterfaceFacts): boolean {
  return i.classCode === 0x06 && i.subclassCode === 0x01 && i.protocolCode === 0x01;
}

export function isNamedMtp(i: InterfaceFacts): boolean {
  return /MTP/i.test(i.name ?? '');
}

export function looksLikeMtp(i: InterfaceFacts): boolean {
  return isStillImageMtp(i) || isNamedMtp(i);
}

/** String descriptor index 0xEE: the Microsoft OS string descriptor ("MSFT100" and a vendor request code). */
export const MS_OS_STRING_INDEX = 0xee;
/** wIndex of the vendor request that returns the Extended Compat ID descriptor. */
export const MS_COMPAT_ID_INDEX = 0x0004;

/** The vendor request code from a Microsoft OS string descriptor, or null when it is not one. */
export function parseMsOsVendorCode(bytes: Uint8Array | null): number | null {
  if (!bytes || bytes.length < 18 || bytes[1] !== 0x03) return null;
  const signature = Buffer.from(bytes.buffer, bytes.byteOffset + 2, 14).toString('utf16le');
  if (signature !== 'MSFT100') return null;
  return bytes[16]!;
}

/**
 * The interface numbers whose compatible ID is "MTP" in an Extended Compat ID descriptor: a 16-byte header
 * (dwLength, bcdVersion, wIndex 4, bCount, reserved), then 24 bytes per function (bFirstInterfaceNumber, a reserved
 * byte, an 8-byte compatible ID, an 8-byte sub-compatible ID, 6 reserved bytes).
 */
export function parseMtpCompatIds(bytes: Uint8Array | null): number[] {
  if (!bytes || bytes.length < 16) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(6, true) !== MS_COMPAT_ID_INDEX) return [];
  const count = bytes[8]!;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = 16 + 24 * i;
    if (at + 24 > bytes.length) break;
    const id = Buffer.from(bytes.buffer, bytes.byteOffset + at + 2, 8)
      .toString('latin1')
      .replace(/\0+$/, '');
    if (id === 'MTP') out.push(bytes[at]!);
  }
  return out;
}
