import type { Ledger } from '../ledger/ledger.ts';
import { parseJsonObject, text } from '../ledger/ledger.ts';
import { writeCsv } from '../csv.ts';

/**
 * `holobench ledger export --json|--csv`: everything the station recorded: devices, their events and labels,
 * batches, batch devices and step runs, enrollment and recovery runs, packages and their applications, Autopilot
 * harvests and uploads (settings are configuration, not a record of work, and stay out). JSON is one document; CSV
 * is one file per table (a table per file keeps every file a plain rectangle a spreadsheet opens). Tables of
 * features not set up in this ledger are exported empty.
 *
 * Training (work on simulated devices) stays out unless asked for: an export is what the station did to real
 * devices. With `includeTraining` every row comes, and each row of every table says whether it is training.
 */

export interface LedgerExportFile {
  name: string;
  text: string;
}

export interface LedgerExportOptions {
  includeTraining?: boolean;
}

export interface LedgerExport {
  files: LedgerExportFile[];
  /** Training rows left out, over all tables (0 when they were asked for). */
  trainingLeftOut: number;
}

interface TableSpec {
  file: string;
  key: string;
  table: string;
  order: string;
  /** Columns holding JSON text, parsed in the JSON export. */
  json: string[];
  /** SQL over the table's own columns, true for a row of training work; absent: never training. */
  training?: string;
}

// A device the station only ever saw through the simulator; rows hang off it by its ledger key.
const SIM_DEVICE_KEYS = `(SELECT key FROM devices WHERE source = 'sim')`;
const BATCH_DEVICE_IS_TRAINING = `device_key IN ${SIM_DEVICE_KEYS}`;
const TABLES: TableSpec[] = [
  {
    file: 'devices',
    key: 'devices',
    table: 'devices',
    order: 'first_seen, key',
    json: ['info_json'],
    training: `source = 'sim'`,
  },
  {
    file: 'device-events',
    key: 'events',
    table: 'device_events',
    order: 'id',
    json: ['detail_json'],
    training: `device_key IN ${SIM_DEVICE_KEYS}`,
  },
  {
    file: 'batches',
    key: 'batches',
    table: 'batches',
    order: 'id',
    json: ['profile_json', 'params_json'],
    // A batch is training when it had devices and every one of them was simulated.
    training: `EXISTS (SELECT 1 FROM batch_devices b WHERE b.batch_id = batches.id)
      AND NOT EXISTS (SELECT 1 FROM batch_devices b WHERE b.batch_id = batches.id
                      AND (b.device_key IS NULL OR b.device_key NOT IN ${SIM_DEVICE_KEYS}))`,
  },
  {
    file: 'batch-devices',
    key: 'batchDevices',
    table: 'batch_devices',
    order: 'batch_id, rowid',
    json: ['manifest_json', 'next_action_json', 'scratch_json', 'error_json'],
    training: BATCH_DEVICE_IS_TRAINING,
  },
  {
    file: 'step-runs',
    key: 'stepRuns',
    table: 'step_runs',
    order: 'id',
    json: ['result_json', 'error_json'],
    training: `EXISTS (SELECT 1 FROM batch_devices b WHERE b.batch_id = step_runs.batch_id
                       AND b.serial = step_runs.serial AND b.${BATCH_DEVICE_IS_TRAINING})`,
  },
  { file: 'labels', key: 'labels', table: 'labels', order: 'usb_id', json: [] },
  {
    file: 'enrollment-runs',
    key: 'enrollmentRuns',
    table: 'enrollment_runs',
    order: 'rowid',
    json: ['facts_json', 'steps_json'],
    training: `device_key IN ${SIM_DEVICE_KEYS}`,
  },
  {
    file: 'enrollment-run-steps',
    key: 'enrollmentRunSteps',
    table: 'enrollment_run_steps',
    order: 'rowid',
    json: [],
    training: `run_id IN (SELECT id FROM enrollment_runs WHERE device_key IN ${SIM_DEVICE_KEYS})`,
  },
  {
    file: 'recovery-runs',
    key: 'recoveryRuns',
    table: 'recovery_runs',
    order: 'rowid',
    json: ['steps_json'],
    training: `device_key IN ${SIM_DEVICE_KEYS}`,
  },
  {
    file: 'recovery-run-steps',
    key: 'recoveryRunSteps',
    table: 'recovery_run_steps',
    order: 'rowid',
    json: [],
    training: `run_id IN (SELECT id FROM recovery_runs WHERE device_key IN ${SIM_DEVICE_KEYS})`,
  },
  { file: 'packages', key: 'packages', table: 'packages', order: 'rowid', json: ['inspection_json'] },
  {
    file: 'package-applications',
    key: 'packageApplications',
    table: 'package_applications',
    order: 'rowid',
    json: ['detail_json'],
    training: `device_key IN ${SIM_DEVICE_KEYS}`,
  },
  // Harvests carry their own `simulated` mark (a harvest from a file has no device row).
  {
    file: 'autopilot-harvests',
    key: 'autopilotHarvests',
    table: 'autopilot_harvests',
    order: 'id',
    json: [],
    training: `simulated = 1`,
  },
  {
    file: 'autopilot-uploads',
    key: 'autopilotUploads',
    table: 'autopilot_uploads',
    order: 'id',
    json: ['message_words'],
    training: `harvest_id IN (SELECT id FROM autopilot_harvests WHERE simulated = 1)`,
  },
];

function tableExists(ledger: Ledger, t: TableSpec): boolean {
  return ledger.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t.table) !== undefined;
}

// Table names, columns and predicates come from TABLES above, never from input. Every row gets `training` (0/1).
function rows(ledger: Ledger, t: TableSpec, includeTraining: boolean): Record<string, unknown>[] {
  if (!tableExists(ledger, t)) return [];
  const training = t.training ? `CASE WHEN ${t.training} THEN 1 ELSE 0 END` : '0';
  const where = includeTraining || !t.training ? '' : `WHERE NOT (${t.training})`;
  return ledger.db.prepare(`SELECT *, ${training} AS training FROM ${t.table} ${where} ORDER BY ${t.order}`).all();
}

function trainingRows(ledger: Ledger, t: TableSpec): number {
  if (!t.training || !tableExists(ledger, t)) return 0;
  return Number(ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t.table} WHERE ${t.training}`).get()?.n ?? 0);
}

function columns(ledger: Ledger, t: TableSpec): string[] {
  if (!tableExists(ledger, t)) return [];
  const cols = ledger.db
    .prepare('SELECT name FROM pragma_table_info(?)')
    .all(t.table)
    .map((r) => text(r.name));
  return [...cols, 'training'];
}

export function exportLedger(ledger: Ledger, format: 'json' | 'csv', o: LedgerExportOptions = {}): LedgerExport {
  const include = o.includeTraining === true;
  const trainingLeftOut = include ? 0 : TABLES.reduce((n, t) => n + trainingRows(ledger, t), 0);
  if (format === 'csv') {
    const files = TABLES.map((t) => {
      const cols = columns(ledger, t);
      return {
        name: `${t.file}.csv`,
        text: writeCsv(
          cols,
          rows(ledger, t, include).map((r) => cols.map((c) => r[c])),
        ),
      };
    });
    return { files, trainingLeftOut };
  }
  const doc: Record<string, unknown> = { exportedAt: ledger.stamp(), includesTraining: include };
  for (const t of TABLES) {
    doc[t.key] = rows(ledger, t, include).map((r) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) {
        if (t.json.includes(k)) out[k.replace(/_json$/, '')] = v === null ? null : parseJsonValue(v);
        else if (k === 'training') out[k] = v === 1;
        else out[k] = v;
      }
      return out;
    });
  }
  return { files: [{ name: 'ledger.json', text: `${JSON.stringify(doc, null, 2)}\n` }], trainingLeftOut };
}

function parseJsonValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return parseJsonObject(v);
  }
}
