import type { Migration } from '../ledger/migrations.ts';

/**
 * Recovery runs in the ledger, like enrollment runs: one row per time a technician followed a recovery procedure
 * (restart, reset, reflash, flashing mode) for a device, and one row per step confirmed, saying who confirmed it:
 * the station (it saw the device leave or come back on the bus) or the technician (they said it was done).
 * - device_key is the ledger's device key; `serial` is kept as well, because in flashing mode the same device shows
 *   another USB identity (and so another key).
 * - steps_json holds the procedure's steps (id and title) in order, as they were when the run started.
 */
export const recoveryRunsMigration: Migration = {
  version: 9,
  name: 'recovery runs',
  sql: `
    CREATE TABLE recovery_runs (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      device_key   TEXT NOT NULL,
      device_id    TEXT,
      serial       TEXT,
      model        TEXT NOT NULL,
      port_path    TEXT,
      procedure_id TEXT NOT NULL,
      steps_json   TEXT NOT NULL,
      technician   TEXT NOT NULL DEFAULT '',
      started_at   TEXT NOT NULL,
      finished_at  TEXT,
      result       TEXT CHECK (result IN ('done', 'failed', 'abandoned')),
      note         TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX recovery_runs_by_device ON recovery_runs(device_key, id);
    CREATE INDEX recovery_runs_by_serial ON recovery_runs(serial, id);
    CREATE TABLE recovery_run_steps (
      run_id       INTEGER NOT NULL REFERENCES recovery_runs(id),
      step_id      TEXT NOT NULL,
      confirmed_by TEXT NOT NULL CHECK (confirmed_by IN ('station', 'technician')),
      at           TEXT NOT NULL,
      by           TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (run_id, step_id)
    );
  `,
};
