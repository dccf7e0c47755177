import { basename, dirname, extname, join } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';
import { checkDevice, deviceLabel, normalizeDevice, type AutopilotDeviceRecord, type DeviceProblem } from './values.ts';

/**
 * Builds the CSV files Intune's "Import Windows Autopilot devices" page accepts. Its rules are strict and its
 * errors vague, so the station enforces them itself:
 * - header exactly INTUNE_CSV_HEADER (case-sensitive), no extra columns, no quotes, ASCII only;
 * - at most 500 rows per file, so larger batches become several numbered files;
 * - CRLF line ends: the importer and the files it is compared with (Get-WindowsAutopilotInfo, Excel) come from
 *   Windows, and RFC 4180 specifies CRLF; LF-only files are the kind that break when a tech re-saves them;
 * - one row per serial: a serial harvested twice keeps the later harvest (a warning says so when they differ).
 * Zero devices is an error, not an empty file: a header-only import does nothing and would look like success.
 */

export const INTUNE_CSV_HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User';
export const INTUNE_MAX_ROWS_PER_FILE = 500;
const CRLF = '\r\n';

export interface IntuneCsvWarning {
  serialNumber: string;
  code: 'duplicate-serial-merged';
  message: string;
}

export interface IntuneCsvFile {
  /** 1-based part number. */
  part: number;
  rows: number;
  content: string;
}

export interface IntuneCsvResult {
  files: IntuneCsvFile[];
  devices: number;
  warnings: IntuneCsvWarning[];
}

export interface BatchDefaults {
  groupTag?: string;
  assignedUser?: string;
}

/** Fills a batch-wide group tag / assigned user into devices that have none of their own. */
export function applyBatchDefaults<T extends AutopilotDeviceRecord>(devices: readonly T[], batch: BatchDefaults): T[] {
  return devices.map((d) => ({
    ...d,
    groupTag: d.groupTag?.trim() ? d.groupTag : (batch.groupTag ?? d.groupTag),
    assignedUser: d.assignedUser?.trim() ? d.assignedUser : (batch.assignedUser ?? d.assignedUser),
  }));
}

/**
 * Normalizes, validates and merges duplicates. Devices are taken in harvest order: for a repeated serial the later
 * one wins. Every problem is collected (not just the first) so a tech can fix a whole batch in one pass.
 */
export function prepareIntuneRows(devices: readonly AutopilotDeviceRecord[]): {
  rows: Required<AutopilotDeviceRecord>[];
  problems: DeviceProblem[];
  warnings: IntuneCsvWarning[];
} {
  const problems: DeviceProblem[] = [];
  const bySerial = new Map<string, { row: Required<AutopilotDeviceRecord>; count: number; differs: boolean }>();
  devices.forEach((raw, i) => {
    const row = normalizeDevice(raw);
    const found = checkDevice(row, i + 1);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    // Serials are compared without case: Intune treats them as the same device.
    const key = row.serialNumber.toUpperCase();
    const seen = bySerial.get(key);
    if (!seen) bySerial.set(key, { row, count: 1, differs: false });
    else {
      const differs = seen.differs || !sameRow(seen.row, row);
      bySerial.delete(key); // re-insert so the merged row takes the later position
      bySerial.set(key, { row, count: seen.count + 1, differs });
    }
  });
  const warnings: IntuneCsvWarning[] = [];
  for (const { row, count, differs } of bySerial.values()) {
    if (count > 1 && differs) {
      warnings.push({
        serialNumber: row.serialNumber,
        code: 'duplicate-serial-merged',
        message: `Serial ${row.serialNumber} appears ${count} times with different values; the export keeps the latest harvest.`,
      });
    }
  }
  return { rows: [...bySerial.values()].map((e) => e.row), problems, warnings };
}

function sameRow(a: Required<AutopilotDeviceRecord>, b: Required<AutopilotDeviceRecord>): boolean {
  return (
    a.productId === b.productId &&
    a.hardwareHash === b.hardwareHash &&
    a.groupTag === b.groupTag &&
    a.assignedUser === b.assignedUser
  );
}

/** One StationError listing every device problem (the first 20 in full), naming each device. */
export function problemsError(problems: readonly DeviceProblem[]): StationError {
  const shown = problems
    .slice(0, 20)
    .map((p) => `- ${deviceLabel(p.serialNumber, p.position)}: ${p.message}`)
    .join('\n');
  const more = problems.length > 20 ? `\n${say('hash-files:intuneCsv.invalid.more', { n: problems.length - 20 })}` : '';
  const count = new Set(problems.map((p) => p.position)).size;
  return new StationError(
    'intune-csv-invalid',
    say('hash-files:intuneCsv.invalid.title'),
    `${say('hash-files:intuneCsv.invalid.message', { count })}\n${shown}${more}`,
  );
}

/** Builds the file contents (pure). Throws StationError on invalid values or when there is no device at all. */
export function buildIntuneCsv(
  devices: readonly AutopilotDeviceRecord[],
  options: { maxRowsPerFile?: number } = {},
): IntuneCsvResult {
  const perFile = Math.min(
    INTUNE_MAX_ROWS_PER_FILE,
    Math.max(1, Math.floor(options.maxRowsPerFile ?? INTUNE_MAX_ROWS_PER_FILE)),
  );
  const { rows, problems, warnings } = prepareIntuneRows(devices);
  if (problems.length > 0) throw problemsError(problems);
  if (rows.length === 0) {
    throw new StationError(
      'intune-csv-empty',
      say('hash-files:intuneCsv.none.title'),
      say('hash-files:intuneCsv.none.message'),
    );
  }
  const files: IntuneCsvFile[] = [];
  for (let start = 0; start < rows.length; start += perFile) {
    const chunk = rows.slice(start, start + perFile);
    const lines = chunk.map((r) => [r.serialNumber, r.productId, r.hardwareHash, r.groupTag, r.assignedUser].join(','));
    files.push({
      part: files.length + 1,
      rows: chunk.length,
      content: [INTUNE_CSV_HEADER, ...lines].join(CRLF) + CRLF,
    });
  }
  return { files, devices: rows.length, warnings };
}

/**
 * File names for `count` parts from the --out path: the path itself for one file, else name-1.csv, name-2.csv...
 * next to it (keeping its extension, .csv when it has none).
 */
export function intuneCsvFileNames(out: string, count: number): string[] {
  if (count <= 1) return [out];
  const ext = extname(out);
  const stem = basename(out, ext);
  return Array.from({ length: count }, (_, i) => join(dirname(out), `${stem}-${i + 1}${ext || '.csv'}`));
}
