import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import { UnreadableInput, readRegularFile } from '../files/bounded-read.ts';
import { MAX_CSV_BYTES, parseAutopilotCsv } from './csv-read.ts';
import { writeIntuneCsvFiles, type WrittenCsv } from './csv-files.ts';
import { extractDeviceHashFromZip } from './device-hash.ts';
import { applyBatchDefaults, buildIntuneCsv, type BatchDefaults, type IntuneCsvWarning } from './intune-csv.ts';
import type { AutopilotDeviceRecord } from './values.ts';
import { say } from '../language.ts';

/**
 * The Intune CSV export from either source a tech has: the ledger's harvests, or files brought from elsewhere
 * (AutopilotDiagnostics.zip copied by hand, a DeviceHash CSV, Get-WindowsAutopilotInfo output, older Intune CSVs).
 * Reading inputs never changes the ledger: an export is a conversion, not a harvest.
 */

export interface CsvExport {
  files: WrittenCsv[];
  devices: number;
  warnings: IntuneCsvWarning[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function looksLikeZip(path: string): Promise<boolean> {
  // Without blocking (a named pipe), and only a regular file: a device or pipe is not an input at all.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new UnreadableInput('not-a-file', path);
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.every((b, i) => head[i] === b);
  } finally {
    await handle.close();
  }
}

export function inputMissing(path: string, cause?: unknown): StationError {
  const special = cause instanceof UnreadableInput && cause.reason === 'not-a-file';
  return new StationError(
    'autopilot-input-missing',
    say('station-work:csv.input.title'),
    say(special ? 'station-work:csv.input.notAFile' : 'station-work:csv.input.missing', { path }),
    { cause },
  );
}

/** Reads every input in order: a zip gives its one device, a CSV all of its rows (with their own tag and user). */
export async function readAutopilotInputs(paths: readonly string[]): Promise<AutopilotDeviceRecord[]> {
  const devices: AutopilotDeviceRecord[] = [];
  for (const path of paths) {
    let zip: boolean;
    try {
      zip = await looksLikeZip(path);
    } catch (cause) {
      throw inputMissing(path, cause);
    }
    if (zip) {
      const d = await extractDeviceHashFromZip(path);
      devices.push({ serialNumber: d.serialNumber, productId: d.productId, hardwareHash: d.hardwareHash });
      continue;
    }
    const bytes = await readRegularFile(path, MAX_CSV_BYTES).catch((cause: unknown) => {
      if (cause instanceof UnreadableInput && cause.reason === 'too-large') {
        throw new StationError(
          'autopilot-csv-too-large',
          say('station-work:csv.tooLarge.title'),
          say('station-work:csv.tooLarge.message', { name: basename(path) }),
        );
      }
      throw inputMissing(path, cause);
    });
    devices.push(...parseAutopilotCsv(new Uint8Array(bytes), basename(path)).devices);
  }
  return devices;
}

/** Validates, merges duplicates, splits at 500 rows and writes the files (all or none). */
export async function exportIntuneCsv(
  devices: readonly AutopilotDeviceRecord[],
  out: string,
  batch: BatchDefaults = {},
): Promise<CsvExport> {
  const built = buildIntuneCsv(applyBatchDefaults(devices, batch));
  const files = await writeIntuneCsvFiles(out, built.files);
  return { files, devices: built.devices, warnings: built.warnings };
}

/** Codes of export failures that mean the input was wrong (CLI exit 2), as opposed to nothing to export (exit 1). */
export const BAD_INPUT_CODES: ReadonlySet<string> = new Set([
  'intune-csv-invalid',
  'autopilot-input-missing',
  'autopilot-csv-too-large',
  'autopilot-csv-malformed',
  'autopilot-csv-empty',
  'autopilot-csv-several-devices',
  'autopilot-zip-corrupt',
  'autopilot-zip-no-device-hash',
  'autopilot-zip-several-device-hashes',
  'autopilot-zip-not-zip',
  'autopilot-zip-too-large',
  'autopilot-zip-unreadable',
  'autopilot-zip-unsupported',
  'autopilot-upload-invalid',
]);
