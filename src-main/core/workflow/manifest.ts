import { StationError } from '../../shared/errors.ts';
import { CsvSyntaxError, readCsv } from '../csv.ts';
import { isUpn } from '../autopilot/values.ts';
import { say } from '../language.ts';

/**
 * The batch manifest: a CSV a warehouse prepares with one row per device (serial, device name, group tag,
 * assigned user, asset tag). Headers are matched loosely (case, spaces, "_" and "-" ignored; a few common
 * synonyms), columns may come in any order, and every problem is reported with its line number.
 */

export interface ManifestRow {
  line: number;
  serial: string;
  deviceName: string | null;
  groupTag: string | null;
  assignedUser: string | null;
  assetTag: string | null;
}

export type ManifestField = 'serial' | 'deviceName' | 'groupTag' | 'assignedUser' | 'assetTag';

export interface ManifestProblem {
  line: number;
  field: ManifestField | 'header' | 'row';
  message: string;
}

const HEADER_NAMES: Record<ManifestField, readonly string[]> = {
  serial: ['serial', 'serialnumber', 'deviceserialnumber', 'sn'],
  deviceName: ['devicename', 'name', 'computername', 'hostname'],
  groupTag: ['grouptag', 'orderid'],
  assignedUser: ['assigneduser', 'user', 'upn', 'userprincipalname'],
  assetTag: ['assettag', 'asset', 'assetnumber', 'assetid'],
};

const LABEL: Record<ManifestField, string> = {
  serial: 'serial',
  deviceName: 'device name',
  groupTag: 'group tag',
  assignedUser: 'assigned user',
  assetTag: 'asset tag',
};

const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ASSET_TAG = /^[\x21-\x7e](?:[\x20-\x7e]{0,62}[\x21-\x7e])?$/;
const MAX_ROWS = 10_000;

export class Manifest {
  readonly rows: readonly ManifestRow[];
  readonly source: string | null;
  /** Columns present in the file that the station does not use (shown, not refused). */
  readonly ignoredColumns: readonly string[];
  private readonly bySerial: Map<string, ManifestRow>;
  private readonly byTag: Map<string, ManifestRow>;

  constructor(rows: readonly ManifestRow[], source: string | null = null, ignoredColumns: readonly string[] = []) {
    this.rows = rows;
    this.source = source;
    this.ignoredColumns = ignoredColumns;
    this.bySerial = new Map(rows.map((r) => [r.serial.toUpperCase(), r]));
    this.byTag = new Map(rows.flatMap((r) => (r.assetTag ? [[r.assetTag.toUpperCase(), r] as const] : [])));
  }

  /** Serial numbers are compared without regard to case: scanners and spreadsheets disagree about it. */
  lookup(serial: string): ManifestRow | null {
    return this.bySerial.get(serial.trim().toUpperCase()) ?? null;
  }

  lookupAssetTag(tag: string): ManifestRow | null {
    return this.byTag.get(tag.trim().toUpperCase()) ?? null;
  }
}

/** Checks a device name the way Windows does: at most 15 characters, letters, digits and hyphens, not all digits. */
export function checkDeviceName(name: string): string | null {
  if (name.length > 15) return say('workflow:name.tooLong', { name: printable(name), length: name.length });
  if (!/^[A-Za-z0-9-]+$/.test(name)) return say('workflow:name.badCharacters', { name: printable(name) });
  if (/^\d+$/.test(name)) return say('workflow:name.allDigits', { name: printable(name) });
  return null;
}

function normalizeHeader(h: string): string {
  return h.toLowerCase().replace(/[\s_-]+/g, '');
}

function fieldFor(header: string): ManifestField | null {
  const n = normalizeHeader(header);
  for (const [field, names] of Object.entries(HEADER_NAMES) as [ManifestField, readonly string[]][]) {
    if (names.includes(n)) return field;
  }
  return null;
}

/** Parses and validates; returns the manifest (when there were no problems) and every problem found. */
export function readManifest(
  text: string,
  source: string | null = null,
): {
  manifest: Manifest | null;
  problems: ManifestProblem[];
} {
  const problems: ManifestProblem[] = [];
  let records;
  try {
    records = readCsv(text).filter((r) => r.fields.some((f) => f !== ''));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { manifest: null, problems: [{ line: error.line, field: 'row', message: error.message }] };
  }
  const [header, ...body] = records;
  if (!header)
    return { manifest: null, problems: [{ line: 1, field: 'header', message: say('workflow:manifest.empty') }] };
  const columns = new Map<ManifestField, number>();
  const ignored: string[] = [];
  header.fields.forEach((h, i) => {
    const field = fieldFor(h);
    if (!field) return void ignored.push(h);
    if (columns.has(field)) {
      problems.push({
        line: header.line,
        field: 'header',
        message: say('workflow:manifest.twoColumns', { column: LABEL[field] }),
      });
    }
    columns.set(field, i);
  });
  if (!columns.has('serial')) {
    problems.push({
      line: header.line,
      field: 'header',
      message: header.fields.some((f) => f !== '')
        ? say('workflow:manifest.noSerial', { found: header.fields.join(', ') })
        : say('workflow:manifest.noColumns'),
    });
    return { manifest: null, problems };
  }
  if (body.length > MAX_ROWS) {
    problems.push({ line: header.line, field: 'row', message: say('workflow:manifest.tooMany', { max: MAX_ROWS }) });
    return { manifest: null, problems };
  }
  const rows: ManifestRow[] = [];
  const seenSerial = new Map<string, number>();
  const seenTag = new Map<string, number>();
  for (const record of body) {
    const problem = (field: ManifestProblem['field'], message: string) =>
      problems.push({ line: record.line, field, message });
    if (record.fields.length > header.fields.length) {
      problem(
        'row',
        say('workflow:manifest.tooManyValues', { values: record.fields.length, columns: header.fields.length }),
      );
      continue;
    }
    const cell = (f: ManifestField): string | null => {
      const i = columns.get(f);
      const v = i === undefined ? '' : (record.fields[i] ?? '');
      return v === '' ? null : v;
    };
    const row: ManifestRow = {
      line: record.line,
      serial: cell('serial') ?? '',
      deviceName: cell('deviceName'),
      groupTag: cell('groupTag'),
      assignedUser: cell('assignedUser'),
      assetTag: cell('assetTag'),
    };
    validateRow(row, problem);
    const key = row.serial.toUpperCase();
    const firstSerial = seenSerial.get(key);
    if (row.serial && firstSerial !== undefined)
      problem('serial', say('workflow:manifest.serialTwice', { serial: row.serial, line: firstSerial }));
    else if (row.serial) seenSerial.set(key, row.line);
    const tag = row.assetTag?.toUpperCase();
    const firstTag = tag === undefined ? undefined : seenTag.get(tag);
    if (tag !== undefined && firstTag !== undefined) {
      problem('assetTag', say('workflow:manifest.tagTwice', { tag: row.assetTag, line: firstTag }));
    } else if (tag !== undefined) seenTag.set(tag, row.line);
    rows.push(row);
  }
  return { manifest: problems.length === 0 ? new Manifest(rows, source, ignored) : null, problems };
}

function validateRow(row: ManifestRow, problem: (field: ManifestField, message: string) => void): void {
  if (row.serial === '') problem('serial', say('workflow:manifest.serialEmpty'));
  else if (!SERIAL.test(row.serial)) {
    problem('serial', say('workflow:manifest.serialCharacters', { serial: printable(row.serial) }));
  }
  if (row.deviceName !== null) {
    const why = checkDeviceName(row.deviceName);
    if (why) problem('deviceName', why);
  }
  if (row.groupTag !== null) {
    if (row.groupTag.includes(',')) {
      problem('groupTag', say('workflow:manifest.tagComma', { tag: printable(row.groupTag) }));
    } else if (!/^[\x20-\x7e]+$/.test(row.groupTag)) {
      problem('groupTag', say('workflow:manifest.tagAscii', { tag: printable(row.groupTag) }));
    }
  }
  if (row.assignedUser !== null && !isUpn(row.assignedUser)) {
    problem('assignedUser', say('workflow:manifest.notUpn', { user: printable(row.assignedUser) }));
  }
  if (row.assetTag !== null && !ASSET_TAG.test(row.assetTag)) {
    problem('assetTag', say('workflow:manifest.assetTagCharacters', { tag: printable(row.assetTag) }));
  }
}

/** Shows control characters as \xNN so a message never carries them. */
function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).slice(0, 80);
}

/** Parses a manifest or throws one StationError listing the problems by line. */
export function parseManifest(text: string, source: string | null = null): Manifest {
  const { manifest, problems } = readManifest(text, source);
  if (manifest) return manifest;
  throw new ManifestError(problems, source);
}

export class ManifestError extends StationError {
  readonly problems: readonly ManifestProblem[];
  constructor(problems: readonly ManifestProblem[], source: string | null) {
    const shown = problems.slice(0, 20).map((p) => say('workflow:manifest.line', { line: p.line, message: p.message }));
    if (problems.length > shown.length)
      shown.push(say('workflow:manifest.more', { count: problems.length - shown.length }));
    super(
      'manifest-invalid',
      say('workflow:manifest.title'),
      `${source ? say('workflow:manifest.fix', { source }) : say('workflow:manifest.fixIt')}\n${shown.join('\n')}`,
    );
    this.problems = problems;
  }
}
