import { CsvSyntaxError, readCsv } from '../csv.ts';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';
import {
  checkHardwareHash,
  checkSerial,
  deviceLabel,
  normalizeDevice,
  printable,
  type AutopilotDeviceRecord,
} from './values.ts';

/**
 * Reads the CSVs techs meet: the DeviceHash_*.csv a HoloLens 2 writes, Get-WindowsAutopilotInfo output (Windows
 * PowerShell 5.1 writes UTF-16LE with a BOM by default), and Intune import files with five columns, often re-saved
 * by Excel (UTF-8 BOM, quotes). Columns are found by header name, so their order and extra columns do not matter.
 */

export const MAX_CSV_BYTES = 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ParsedAutopilotCsv {
  devices: Required<AutopilotDeviceRecord>[];
  encoding: CsvEncoding;
  /** 'intune' when the Group Tag / Assigned User columns are present. */
  format: 'device-hash' | 'intune';
}

const COLUMNS = {
  serialNumber: 'device serial number',
  productId: 'windows product id',
  hardwareHash: 'hardware hash',
  groupTag: 'group tag',
  assignedUser: 'assigned user',
} as const;

function csvError(code: string, message: string, source?: string): StationError {
  const where = source ? ` (${source})` : '';
  return new StationError(code, say('hash-files:csv.title'), `${message}${where}`);
}

/** Decodes CSV bytes by BOM, falling back to BOM-less UTF-16LE detection, UTF-8, then Windows ANSI. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8OrAnsi(bytes.subarray(3)).text, encoding: 'utf-8' };
  }
  if (looksLikeUtf16le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  return decodeUtf8OrAnsi(bytes);
}

function decodeUtf8OrAnsi(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

// ASCII text in UTF-16LE has a zero in every odd byte; the header alone gives plenty to look at.
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 8) return false;
  for (let i = 1; i < n; i += 2) if (bytes[i] !== 0 || bytes[i - 1] === 0) return false;
  return true;
}

/** RFC 4180 records through the station's one CSV reader (core/csv.ts); a syntax problem names its line. */
export function parseCsvRecords(text: string, source?: string): string[][] {
  try {
    return readCsv(text).map((r) => r.fields);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw csvError(
      'autopilot-csv-malformed',
      say('hash-files:csv.syntax', { line: error.line, problem: error.message }),
      source,
    );
  }
}

const isBlank = (r: string[]): boolean => r.every((f) => f.trim() === '');

/**
 * Parses an Autopilot CSV (DeviceHash or Intune format) into normalized device records. Rows must carry a serial
 * and a Base64 hash; the Intune-only checks (group tag, UPN, product ID) are the writer's job.
 */
export function parseAutopilotCsv(input: string | Uint8Array, source?: string): ParsedAutopilotCsv {
  if (typeof input !== 'string' && input.length > MAX_CSV_BYTES) {
    throw csvError('autopilot-csv-too-large', say('hash-files:csv.tooLarge'), source);
  }
  const { text, encoding } =
    typeof input === 'string'
      ? { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' as const }
      : decodeCsvBytes(input);
  const records = parseCsvRecords(text, source).filter((r) => !isBlank(r));
  // Export-Csv without -NoTypeInformation starts with a "#TYPE ..." line.
  if (records[0]?.[0]?.startsWith('#TYPE')) records.shift();
  const header = records.shift();
  if (!header) throw csvError('autopilot-csv-empty', say('hash-files:csv.empty'), source);
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  const serialCol = col(COLUMNS.serialNumber);
  const hashCol = col(COLUMNS.hardwareHash);
  if (serialCol < 0 || hashCol < 0) {
    throw csvError(
      'autopilot-csv-malformed',
      say('hash-files:csv.noColumns', { header: printable(header.join(','), 100) }),
      source,
    );
  }
  const productCol = col(COLUMNS.productId);
  const tagCol = col(COLUMNS.groupTag);
  const userCol = col(COLUMNS.assignedUser);
  const devices = records.map((r, n) => {
    const line = n + 2;
    if (r.length > header.length && !r.slice(header.length).every((f) => f.trim() === '')) {
      throw csvError('autopilot-csv-malformed', say('hash-files:csv.rowTooLong', { line }), source);
    }
    const at = (c: number): string => (c >= 0 ? (r[c] ?? '') : '');
    const device = normalizeDevice({
      serialNumber: at(serialCol),
      productId: at(productCol),
      hardwareHash: at(hashCol),
      groupTag: at(tagCol),
      assignedUser: at(userCol),
    });
    const problem = checkSerial(device.serialNumber) ?? checkHardwareHash(device.hardwareHash);
    if (problem) {
      throw csvError(
        'autopilot-csv-malformed',
        say('hash-files:csv.rowProblem', { line, device: deviceLabel(device.serialNumber, line), problem }),
        source,
      );
    }
    return device;
  });
  return { devices, encoding, format: tagCol >= 0 || userCol >= 0 ? 'intune' : 'device-hash' };
}

/** A DeviceHash CSV describes exactly one device: the HoloLens that wrote it. */
export function parseDeviceHashCsv(input: string | Uint8Array, source?: string): Required<AutopilotDeviceRecord> {
  const { devices } = parseAutopilotCsv(input, source);
  const [first, second] = devices;
  if (!first) throw csvError('autopilot-csv-empty', say('hash-files:csv.noRow'), source);
  if (second) {
    throw csvError(
      'autopilot-csv-several-devices',
      say('hash-files:csv.severalDevices', {
        n: devices.length,
        serials: devices
          .slice(0, 3)
          .map((d) => d.serialNumber)
          .join(', '),
      }),
      source,
    );
  }
  return first;
}
