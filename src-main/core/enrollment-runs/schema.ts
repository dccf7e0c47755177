import type { Migration } from '../ledger/migrations.ts';

/**
 * Enrollment runs in the ledger: one row per time a technician followed an enrollment plan for a device, and one
 * row per step they ticked. The unenroll advice reads `enrolled_via` of the last finished run back, so the
 * station can say whether Disconnect works or a reset/reflash is needed.
 * - device_key is the ledger's device key (serial-based when the device reports one); `serial` is kept as well,
 *   because the same device shows another USB identity (and so another key) in flashing mode.
 * - facts_json holds the facts the plan was made from; steps_json the planned steps (id and title), in order.
 */
export const enrollmentRunsMigration: Migration = {
  version: 3,
  name: 'enrollment runs',
  sql: `
    CREATE TABLE enrollment_runs (
      id                  INTEGER PRIMARY KEY AUTOINCREMENT,
      device_key          TEXT NOT NULL,
      device_id           TEXT,
      serial              TEXT,
      model               TEXT,
      port_path           TEXT,
      path                TEXT NOT NULL,
      planned_enrolled_via TEXT NOT NULL,
      enrolled_via        TEXT,
      unenroll            TEXT NOT NULL,
      facts_json          TEXT NOT NULL,
      steps_json          TEXT NOT NULL,
      technician          TEXT NOT NULL DEFAULT '',
      started_at          TEXT NOT NULL,
      finished_at         TEXT,
      result              TEXT CHECK (result IN ('enrolled', 'failed', 'abandoned')),
      note                TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX enrollment_runs_by_device ON enrollment_runs(device_key, id);
    CREATE INDEX enrollment_runs_by_serial ON enrollment_runs(serial, id);
    CREATE TABLE enrollment_run_steps (
      run_id  INTEGER NOT NULL REFERENCES enrollment_runs(id),
      step_id TEXT NOT NULL,
      done    INTEGER NOT NULL,
      at      TEXT NOT NULL,
      by      TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (run_id, step_id)
    );
  `,
};
