import type { Migration } from '../ledger/migrations.ts';

/**
 * The Intune side's tables in the ledger.
 * - intune_requests: every Graph request the station sent about a serial and what came back (status and a short
 *   account: ids found or Graph's error code; never a token, never a body), with the clean-up it belonged to.
 * - intune_cleanups: one row per clean-up or wipe of a serial, its plan copied in whole so a run cut off half-way
 *   carries on with exactly what the technician confirmed.
 * - intune_cleanup_steps: each step's state. A step is written `sending` before its request goes and `done` after
 *   the answer: a step left `sending` is one whose answer never came, and the next run asks Graph whether the
 *   record is still there before deleting, so a delete that happened is never repeated.
 */
export const intuneMigration: Migration = {
  version: 7,
  name: 'intune requests and clean-ups',
  sql: `
    CREATE TABLE intune_requests (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      serial     TEXT NOT NULL,
      cleanup_id INTEGER,
      method     TEXT NOT NULL,
      path       TEXT NOT NULL,
      permission TEXT NOT NULL,
      status     INTEGER NOT NULL,
      summary    TEXT NOT NULL DEFAULT '',
      at         TEXT NOT NULL
    );
    CREATE INDEX intune_requests_by_serial ON intune_requests(serial COLLATE NOCASE, id);
    CREATE TABLE intune_cleanups (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      serial      TEXT NOT NULL,
      purpose     TEXT NOT NULL CHECK (purpose IN ('reuse', 'leave-organization', 'wipe')),
      plan_json   TEXT NOT NULL,
      state       TEXT NOT NULL CHECK (state IN ('open', 'done', 'abandoned')),
      message     TEXT NOT NULL DEFAULT '',
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX intune_cleanups_by_serial ON intune_cleanups(serial COLLATE NOCASE, state, id);
    CREATE TABLE intune_cleanup_steps (
      cleanup_id   INTEGER NOT NULL REFERENCES intune_cleanups(id),
      idx          INTEGER NOT NULL,
      step_id      TEXT NOT NULL,
      state        TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'failed')),
      answer       TEXT NOT NULL DEFAULT '',
      confirmed_by TEXT,
      updated_at   TEXT NOT NULL,
      PRIMARY KEY (cleanup_id, idx)
    );
  `,
};
