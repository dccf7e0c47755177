/**
 * The ledger's schema, one versioned step at a time. Steps are append-only: a released step is never edited,
 * a change is a new step. Each runs in its own transaction together with its row in schema_migrations.
 */
import { autopilotMigration, autopilotTrainingMigration, autopilotUploadWordsMigration } from '../autopilot/schema.ts';
import { enrollmentRunsMigration } from '../enrollment-runs/schema.ts';
import { intuneMigration } from '../intune/schema.ts';
import { packageLibraryMigration } from '../packages/schema.ts';
import { recoveryRunsMigration } from '../recovery/runs-schema.ts';
import { warehouseLocalMigration } from '../warehouse/local-schema.ts';
import { workflowMigration } from '../workflow/schema.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FOUNDATION: Migration[] = [
  {
    version: 1,
    name: 'devices, events and labels',
    sql: `
      CREATE TABLE devices (
        key          TEXT PRIMARY KEY,
        usb_id       TEXT NOT NULL,
        serial       TEXT,
        model        TEXT NOT NULL,
        mode         TEXT NOT NULL,
        confidence   TEXT NOT NULL,
        kind         TEXT NOT NULL,
        rule         TEXT NOT NULL,
        product_name TEXT,
        manufacturer TEXT,
        port_path    TEXT NOT NULL,
        source       TEXT NOT NULL,
        first_seen   TEXT NOT NULL,
        last_seen    TEXT NOT NULL,
        info_json    TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX devices_serial ON devices(serial);
      CREATE TABLE device_events (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        device_key  TEXT NOT NULL REFERENCES devices(key),
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        detail_json TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX device_events_by_device ON device_events(device_key, id);
      CREATE TABLE labels (
        usb_id      TEXT PRIMARY KEY,
        model       TEXT NOT NULL,
        mode        TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        labelled_by TEXT NOT NULL DEFAULT '',
        labelled_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'station settings',
    sql: `
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
];

/**
 * Every step, in version order. Domains keep their own schema next to their code; version numbers are assigned
 * here so two domains never claim the same one.
 */
export const MIGRATIONS: readonly Migration[] = [
  ...FOUNDATION,
  enrollmentRunsMigration,
  packageLibraryMigration,
  autopilotMigration,
  workflowMigration,
  intuneMigration,
  autopilotTrainingMigration,
  recoveryRunsMigration,
  warehouseLocalMigration,
  autopilotUploadWordsMigration,
].sort((a, b) => a.version - b.version);
