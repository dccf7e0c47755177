import type { Migration } from '../ledger/migrations.ts';

/**
 * Autopilot's tables in the ledger.
 * - autopilot_harvests: every hash ever harvested, never updated or deleted (a device may be harvested again after
 *   a reflash or a board swap; history shows when its hash changed). device_key is null for hashes read from
 *   files a tech brought (--in), and has no foreign key so a harvest never fails for want of a device row.
 * - autopilot_uploads: one row per attempt to get a harvest into Intune. state moves
 *   queued -> sending (claimed by one station process) -> submitted (Graph has it, import running)
 *   -> complete | error; a failed send goes back to queued. Graph ids and statuses are kept; tokens never are.
 */
/**
 * Harvests from simulated devices (training mode) are kept, but marked: they never go to Intune and stay out of
 * CSVs unless asked for. Old rows came from real devices or files (training harvests were not told apart then).
 */
export const autopilotTrainingMigration: Migration = {
  version: 8,
  name: 'autopilot harvests from simulated devices are marked',
  sql: `ALTER TABLE autopilot_harvests ADD COLUMN simulated INTEGER NOT NULL DEFAULT 0;`,
};

/**
 * An upload's message kept as words too (a catalog key and neutral values, JSON; see core/ledger/words.ts), so the
 * queue reads in the language of whoever looks at it. Rows written before keep only their text (the column is NULL)
 * and read as written; `message` still holds the text as it was said.
 */
export const autopilotUploadWordsMigration: Migration = {
  version: 11,
  name: 'autopilot upload messages kept as words',
  sql: `ALTER TABLE autopilot_uploads ADD COLUMN message_words TEXT;`,
};

export const autopilotMigration: Migration = {
  version: 5,
  name: 'autopilot harvests and uploads',
  sql: `
    CREATE TABLE autopilot_harvests (
      id            INTEGER PRIMARY KEY AUTOINCREMENT,
      device_key    TEXT,
      serial        TEXT NOT NULL,
      product_id    TEXT NOT NULL DEFAULT '',
      hardware_hash TEXT NOT NULL,
      hash_sha256   TEXT NOT NULL,
      csv_name      TEXT,
      zip_path      TEXT,
      source        TEXT NOT NULL CHECK (source IN ('device', 'file')),
      harvested_at  TEXT NOT NULL,
      recorded_at   TEXT NOT NULL
    );
    CREATE INDEX autopilot_harvests_by_serial ON autopilot_harvests(serial COLLATE NOCASE, id);
    CREATE INDEX autopilot_harvests_by_device ON autopilot_harvests(device_key, id);
    CREATE TABLE autopilot_uploads (
      id                     INTEGER PRIMARY KEY AUTOINCREMENT,
      harvest_id             INTEGER NOT NULL REFERENCES autopilot_harvests(id),
      serial                 TEXT NOT NULL,
      group_tag              TEXT NOT NULL DEFAULT '',
      assigned_user          TEXT NOT NULL DEFAULT '',
      state                  TEXT NOT NULL
                             CHECK (state IN ('queued', 'sending', 'submitted', 'complete', 'error')),
      graph_id               TEXT,
      import_status          TEXT,
      error_code             INTEGER,
      error_name             TEXT,
      device_registration_id TEXT,
      message                TEXT NOT NULL DEFAULT '',
      attempts               INTEGER NOT NULL DEFAULT 0,
      claimed_at             TEXT,
      enqueued_at            TEXT NOT NULL,
      submitted_at           TEXT,
      finished_at            TEXT,
      updated_at             TEXT NOT NULL
    );
    CREATE INDEX autopilot_uploads_by_state ON autopilot_uploads(state, id);
    CREATE INDEX autopilot_uploads_by_serial ON autopilot_uploads(serial COLLATE NOCASE, id);
  `,
};
