import type { Migration } from '../ledger/migrations.ts';

/**
 * The workflow engine's tables.
 * - batches: one row per batch run; the profile is copied in whole so a resumed batch runs exactly what was started.
 * - batch_devices: one row per device (by serial) in a batch, with its state on the board and a per-step scratch
 *   record (`scratch_json`, keyed by step index) that steps use to stay idempotent across crashes.
 * - step_runs: one row per attempt of a step, written `started` before the step runs and `done`/`failed`/`paused`
 *   after. A row left `started` is an attempt cut short by a crash; it is kept as history and the step runs again.
 *   The partial unique index makes "a finished step is never redone" a property of the database, not only of the
 *   code.
 */
export const workflowMigration: Migration = {
  version: 6,
  name: 'batches and workflow steps',
  sql: `
    CREATE TABLE batches (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      profile_name TEXT NOT NULL,
      profile_json TEXT NOT NULL,
      params_json  TEXT NOT NULL DEFAULT '{}',
      tech         TEXT NOT NULL DEFAULT '',
      state        TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'stopped', 'finished')),
      started_at   TEXT NOT NULL,
      finished_at  TEXT
    );
    CREATE INDEX batches_by_state ON batches(state, id);
    CREATE TABLE batch_devices (
      batch_id         INTEGER NOT NULL REFERENCES batches(id),
      serial           TEXT NOT NULL,
      device_key       TEXT,
      port_path        TEXT NOT NULL DEFAULT '',
      manifest_json    TEXT,
      state            TEXT NOT NULL
                       CHECK (state IN ('waiting', 'working', 'needs-tech', 'paused', 'done', 'failed', 'skipped')),
      current_step     INTEGER NOT NULL DEFAULT 0,
      override         INTEGER NOT NULL DEFAULT 0,
      next_action_json TEXT,
      scratch_json     TEXT NOT NULL DEFAULT '{}',
      error_json       TEXT,
      joined_at        TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      finished_at      TEXT,
      PRIMARY KEY (batch_id, serial)
    );
    CREATE INDEX batch_devices_by_serial ON batch_devices(serial, state);
    CREATE TABLE step_runs (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      batch_id    INTEGER NOT NULL,
      serial      TEXT NOT NULL,
      step_index  INTEGER NOT NULL,
      kind        TEXT NOT NULL,
      state       TEXT NOT NULL CHECK (state IN ('started', 'done', 'failed', 'paused')),
      attempt     INTEGER NOT NULL,
      started_at  TEXT NOT NULL,
      finished_at TEXT,
      result_json TEXT,
      error_json  TEXT,
      UNIQUE (batch_id, serial, step_index, attempt),
      FOREIGN KEY (batch_id, serial) REFERENCES batch_devices(batch_id, serial)
    );
    CREATE UNIQUE INDEX step_runs_done_once ON step_runs(batch_id, serial, step_index) WHERE state = 'done';
  `,
};
