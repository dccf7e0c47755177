import { say } from '../language.ts';
/**
 * The rules one Autopilot device record must meet before it goes into an Intune CSV or a Graph import. Each check
 * returns a sentence a technician can act on (or null when the value is fine); callers add the device's serial.
 * Intune's CSV importer wants plain ASCII without quotes, so any comma, quote or non-ASCII character in a value
 * would silently shift or break columns: such values are refused here, never escaped.
 */

/** The device record the station harvests and exports. */
export interface AutopilotDeviceRecord {
  serialNumber: string;
  /** "Windows Product ID" column; often blank (tools outside the OEM channel leave it empty). */
  productId: string;
  /** Base64 hardware hash ("Hardware Hash" column; Graph's hardwareIdentifier). */
  hardwareHash: string;
  groupTag?: string;
  assignedUser?: string;
}

export type DeviceField = 'serialNumber' | 'productId' | 'hardwareHash' | 'groupTag' | 'assignedUser';

export interface DeviceProblem {
  /** The serial as given (may be empty when the serial itself is the problem). */
  serialNumber: string;
  /** 1-based position in the input, so a device without a usable serial can still be found. */
  position: number;
  field: DeviceField;
  message: string;
}

export const MAX_SERIAL_LENGTH = 128;
/** Intune does not publish a limit for group tags; 128 is a conservative cap (UNVERIFIED). */
export const MAX_GROUP_TAG_LENGTH = 128;
export const MAX_UPN_LENGTH = 256;
/** Real hashes are about 4 KB decoded (~5.4 KB of Base64); anything near this cap is not a hardware hash. */
export const MAX_HASH_LENGTH = 64 * 1024;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// PKID (13 digits, what OEMs put in the column) or a Windows product ID like 00330-80000-00000-AA123.
const PRODUCT_ID = /^(?:\d{13}|[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3})$/i;
const UPN = /^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isBase64(value: string): boolean {
  return value.length > 0 && value.length % 4 === 0 && BASE64.test(value);
}

export function isUpn(value: string): boolean {
  return value.length <= MAX_UPN_LENGTH && UPN.test(value);
}

type CsvUnsafe = 'non-ascii' | 'comma' | 'quote' | 'formula';

function csvUnsafe(value: string): CsvUnsafe | null {
  if (!PRINTABLE_ASCII.test(value)) return 'non-ascii';
  if (value.includes(',')) return 'comma';
  if (value.includes('"')) return 'quote';
  // Excel and LibreOffice run a cell starting with one of these as a formula when the CSV is opened. No real
  // serial or group tag starts that way, so it is refused rather than quietly changed.
  if (/^[=+\-@]/.test(value)) return 'formula';
  return null;
}

/** One whole sentence per field and problem, in the station's language. */
const problem = (key: string, params: Record<string, string | number> = {}): string =>
  say(`station-work:values.${key}`, params);

export function checkSerial(value: string): string | null {
  if (value === '') return problem('serial.empty');
  const unsafe = csvUnsafe(value);
  if (unsafe) return problem(`serial.${unsafe}`, { first: value[0] ?? '' });
  if (value.length > MAX_SERIAL_LENGTH) return problem('serial.long', { max: MAX_SERIAL_LENGTH });
  return null;
}

export function checkProductId(value: string): string | null {
  if (value === '') return null;
  if (!PRODUCT_ID.test(value)) {
    return problem('productId.bad', { value: printable(value) });
  }
  return null;
}

export function checkHardwareHash(value: string): string | null {
  if (value === '') return problem('hash.empty');
  if (value.length > MAX_HASH_LENGTH) return problem('hash.long');
  if (!isBase64(value)) return problem('hash.base64');
  return null;
}

export function checkGroupTag(value: string): string | null {
  if (value === '') return null;
  const unsafe = csvUnsafe(value);
  if (unsafe) return problem(`groupTag.${unsafe}`, { value: printable(value), first: value[0] ?? '' });
  if (value.length > MAX_GROUP_TAG_LENGTH) return problem('groupTag.long', { max: MAX_GROUP_TAG_LENGTH });
  return null;
}

export function checkAssignedUser(value: string): string | null {
  if (value === '') return null;
  if (!isUpn(value)) {
    return problem('user.bad', { value: printable(value) });
  }
  return null;
}

const CHECKS: Record<DeviceField, (v: string) => string | null> = {
  serialNumber: checkSerial,
  productId: checkProductId,
  hardwareHash: checkHardwareHash,
  groupTag: checkGroupTag,
  assignedUser: checkAssignedUser,
};

/** Trims every field (stray spaces from spreadsheets are the commonest damage) and fills optional ones with ''. */
export function normalizeDevice(d: AutopilotDeviceRecord): Required<AutopilotDeviceRecord> {
  return {
    serialNumber: d.serialNumber.trim(),
    productId: d.productId.trim(),
    hardwareHash: d.hardwareHash.replace(/\s+/g, ''),
    groupTag: (d.groupTag ?? '').trim(),
    assignedUser: (d.assignedUser ?? '').trim(),
  };
}

/** Every problem of one (normalized) device, in column order. */
export function checkDevice(d: Required<AutopilotDeviceRecord>, position: number): DeviceProblem[] {
  const problems: DeviceProblem[] = [];
  for (const field of Object.keys(CHECKS) as DeviceField[]) {
    const message = CHECKS[field](d[field]);
    if (message) problems.push({ serialNumber: d.serialNumber, position, field, message });
  }
  return problems;
}

/** How a device is named in messages: by serial when it has a usable one, else by its position. */
export function deviceLabel(serialNumber: string, position?: number): string {
  if (serialNumber !== '' && PRINTABLE_ASCII.test(serialNumber) && serialNumber.length <= MAX_SERIAL_LENGTH) {
    return say('hash-files:device.serial', { serial: serialNumber });
  }
  return position === undefined ? say('hash-files:device.none') : say('hash-files:device.position', { position });
}

/** Shows a value in a message without letting control characters or huge strings through. */
export function printable(value: string, max = 60): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
