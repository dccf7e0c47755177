import type { Ledger } from '../ledger/ledger.ts';
import { parseJsonObject, text } from '../ledger/ledger.ts';
import { writeCsv } from '../csv.ts';

/**
 * `holobench ledger export --json|--csv`: everything the station recorded: devices, their events and labels,
 * batches, batch devices and step runs, enrollment runs, packages and their applications, Autopilot harvests and
 * uploads (settings are configuration, not a record of work, and stay out). JSON is one document; CSV is one file per table (a table per file keeps every file a
 * plain rectangle a spreadsheet opens). Tables of features not set up in this ledger are exported empty.
 */

export interface LedgerExportFile {
  name: string;
  text: string;
}

interface TableSpec {
  file: string;
  key: string;
  table: string;
  order: string;
  /** Columns holding JSON text, parsed in the JSON export. */
  json: string[];
}

const TABLES: TableSpec[] = [
  { file: 'devices', key: 'devices', table: 'devices', order: 'first_seen, key', json: ['info_json'] },
  { file: 'device-events', key: 'events', table: 'device_events', order: 'id', json: ['detail_json'] },
  { file: 'batches', key: 'batches', table: 'batches', order: 'id', json: ['profile_json', 'params_json'] },
  {
    file: 'batch-devices',
    key: 'batchDevices',
    table: 'batch_devices',
    order: 'batch_id, rowid',
    json: ['manifest_json', 'next_action_json', 'scratch_json', 'error_json'],
  },
  { file: 'step-runs', key: 'stepRuns', table: 'step_runs', order: 'id', json: ['result_json', 'error_json'] },
  { file: 'labels', key: 'labels', table: 'labels', order: 'usb_id', json: [] },
  {
    file: 'enrollment-runs',
    key: 'enrollmentRuns',
    table: 'enrollment_runs',
    order: 'rowid',
    json: ['facts_json', 'steps_json'],
  },
  { file: 'enrollment-run-steps', key: 'enrollmentRunSteps', table: 'enrollment_run_steps', order: 'rowid', json: [] },
  { file: 'packages', key: 'packages', table: 'packages', order: 'rowid', json: ['inspection_json'] },
  {
    file: 'package-applications',
    key: 'packageApplications',
    table: 'package_applications',
    order: 'rowid',
    json: ['detail_json'],
  },
  // Harvests keep their `simulated` mark, so a training harvest is never taken for a real one downstream.
  { file: 'autopilot-harvests', key: 'autopilotHarvests', table: 'autopilot_harvests', order: 'id', json: [] },
  { file: 'autopilot-uploads', key: 'autopilotUploads', table: 'autopilot_uploads', order: 'id', json: [] },
];

function tableExists(ledger: Ledger, t: TableSpec): boolean {
  return ledger.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(t.table) !== undefined;
}

// Table and column names come from TABLES above, never from input.
function rows(ledger: Ledger, t: TableSpec): Record<string, unknown>[] {
  return tableExists(ledger, t) ? ledger.db.prepare(`SELECT * FROM ${t.table} ORDER BY ${t.order}`).all() : [];
}

function columns(ledger: Ledger, t: TableSpec): string[] {
  if (!tableExists(ledger, t)) return [];
  return ledger.db
    .prepare('SELECT name FROM pragma_table_info(?)')
    .all(t.table)
    .map((r) => text(r.name));
}

export function exportLedger(ledger: Ledger, format: 'json' | 'csv'): LedgerExportFile[] {
  if (format === 'csv') {
    return TABLES.map((t) => {
      const cols = columns(ledger, t);
      return {
        name: `${t.file}.csv`,
        text: writeCsv(
          cols,
          rows(ledger, t).map((r) => cols.map((c) => r[c])),
        ),
      };
    });
  }
  const doc: Record<string, unknown> = { exportedAt: ledger.stamp() };
  for (const t of TABLES) {
    doc[t.key] = rows(ledger, t).map((r) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) {
        if (t.json.includes(k)) out[k.replace(/_json$/, '')] = v === null ? null : parseJsonValue(v);
        else out[k] = v;
      }
      return out;
    });
  }
  return [{ name: 'ledger.json', text: `${JSON.stringify(doc, null, 2)}\n` }];
}

function parseJsonValue(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return parseJsonObject(v);
  }
}
