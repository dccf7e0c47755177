import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

/**
 * The AutopilotDiagnostics.zip a simulated HoloLens 2 writes into Documents after Power + Volume Down. Its members
 * follow Microsoft's list for HoloLens 2 (19041+): DeviceHash_<computer name>.csv, LicensingDiag.cab and its text
 * output, TpmHliInfo_Output.txt, DiagnosticLogCSP_Collector_*.etl; plus MDM diagnostics (report XML and an
 * event log) as the enrollment collector writes them. Everything derives from the inputs, so the same device and
 * time give byte-identical zips.
 */

export interface DiagnosticsZipInput {
  serialNumber: string;
  /** Windows Product ID column; may be ''. */
  productId: string;
  /** Defaults to `simulatedHardwareHash(serialNumber, seed)`. */
  hardwareHash?: string;
  seed?: string;
  now: Date;
  /** Defaults to HoloLens-XXXXX derived from the serial (the name a device gets before it is renamed). */
  computerName?: string;
  /** HoloLens docs show the five-column header with empty Group Tag / Assigned User; 'three-column' is the shape
   * Get-WindowsAutopilotInfo writes by default. */
  csvShape?: 'five-column' | 'three-column';
  csvEncoding?: 'utf-8' | 'utf-16le-bom';
}

/** Deterministic pseudo-random bytes: SHA-256 in counter mode over a label (not for anything secret). */
export function deterministicBytes(label: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let block = 0, at = 0; at < length; block++) {
    const digest = createHash('sha256').update(`${label}#${block}`).digest();
    out.set(digest.subarray(0, Math.min(digest.length, length - at)), at);
    at += digest.length;
  }
  return out;
}

/** A Base64 hash of about 4 KB decoded, like real Autopilot hashes, fixed for a given serial and seed. */
export function simulatedHardwareHash(serialNumber: string, seed = 'holobench'): string {
  const sizeJitter = deterministicBytes(`size:${seed}:${serialNumber}`, 2);
  const length = 3968 + ((((sizeJitter[0] ?? 0) << 8) | (sizeJitter[1] ?? 0)) % 256);
  return Buffer.from(deterministicBytes(`hash:${seed}:${serialNumber}`, length)).toString('base64');
}

export function simulatedComputerName(serialNumber: string): string {
  const digest = createHash('sha256').update(serialNumber).digest('hex').toUpperCase();
  return `HoloLens-${digest.slice(0, 5)}`;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '_');
}

export function deviceHashCsv(
  serialNumber: string,
  productId: string,
  hardwareHash: string,
  shape: 'five-column' | 'three-column',
): string {
  const header =
    shape === 'five-column'
      ? 'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User'
      : 'Device Serial Number,Windows Product ID,Hardware Hash';
  const row =
    shape === 'five-column'
      ? `${serialNumber},${productId},${hardwareHash},,`
      : `${serialNumber},${productId},${hardwareHash}`;
  return `${header}\r\n${row}\r\n`;
}

function encodeCsv(text: string, encoding: 'utf-8' | 'utf-16le-bom'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s.replace(/\n/g, '\r\n'));

function withMagic(magic: string, label: string, length: number): Uint8Array {
  const head = new TextEncoder().encode(magic);
  const out = deterministicBytes(label, length);
  out.set(head, 0);
  return out;
}

export function buildAutopilotDiagnosticsZip(input: DiagnosticsZipInput): Uint8Array {
  const seed = input.seed ?? 'holobench';
  const hash = input.hardwareHash ?? simulatedHardwareHash(input.serialNumber, seed);
  const computer = input.computerName ?? simulatedComputerName(input.serialNumber);
  const when = stamp(input.now);
  const iso = input.now.toISOString();
  const label = `${seed}:${input.serialNumber}:${iso}`;
  const csv = deviceHashCsv(input.serialNumber, input.productId, hash, input.csvShape ?? 'five-column');
  const files: Zippable = {
    [`DeviceHash_${computer}.csv`]: encodeCsv(csv, input.csvEncoding ?? 'utf-8'),
    'LicensingDiag.cab': [withMagic('MSCF\0\0\0\0', `cab:${label}`, 24_576), { level: 0 }],
    'LicensingDiag_Output.txt': text(
      `Licensing diagnostics\nCollected: ${iso}\nDevice: ${computer}\nSerial: ${input.serialNumber}\n` +
        `Windows Product ID: ${input.productId || '(none)'}\nEdition: Windows Holographic for Business\n` +
        'Activation: licensed\nResult: 0x00000000\n',
    ),
    'TpmHliInfo_Output.txt': text(
      `TPM HLI information\nCollected: ${iso}\nTPM present: yes\nTPM version: 2.0\nManufacturer: QCOM\n` +
        'Endorsement key: present\nAttestation ready: yes\n',
    ),
    [`DiagnosticLogCSP_Collector_DeviceEnrollment_${when}.etl`]: [
      withMagic('\0\0\0\0ETL0', `etl-enroll:${label}`, 65_536),
      { level: 1 },
    ],
    [`DiagnosticLogCSP_Collector_Autopilot_${when}.etl`]: [
      withMagic('\0\0\0\0ETL0', `etl-ap:${label}`, 49_152),
      { level: 1 },
    ],
    'MDMDiagReport.xml': text(
      `<?xml version="1.0" encoding="utf-8"?>\n<MDMEnterpriseDiagnosticsReport>\n  <GenerationTime>${iso}</GenerationTime>\n` +
        `  <DeviceName>${computer}</DeviceName>\n  <Enrollments />\n  <AutopilotSettings>\n` +
        '    <CloudAssignedTenantId />\n    <DeploymentProfile>none</DeploymentProfile>\n  </AutopilotSettings>\n' +
        '</MDMEnterpriseDiagnosticsReport>\n',
    ),
    'MdmLogCollectorFootPrint.txt': text(
      `MDM log collection\nStarted: ${iso}\nCollected: MDMDiagReport.xml\nResult: ok\n`,
    ),
    'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider-Admin.evtx': [
      withMagic('ElfFile\0', `evtx:${label}`, 69_632),
      { level: 1 },
    ],
  };
  return zipSync(files, { level: 6, mtime: input.now });
}
