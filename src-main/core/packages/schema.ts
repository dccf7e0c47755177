import type { Migration } from '../ledger/migrations.ts';

/**
 * The package library and the record of every package put on a device or a USB kit.
 * - packages: one row per imported .ppkg, keyed by the SHA-256 of its bytes; the file itself lives in the data
 *   folder as `packages/<sha256>.ppkg`. `inspection_json` keeps the last inspection (members, recognised settings,
 *   findings) so the library lists without reading every archive again.
 * - package_applications: one row per apply attempt. It names the package by hash (and keeps its name), so the
 *   history outlives a package removed from the library; no foreign key on purpose. `result` is null while the
 *   attempt runs, then 'copied' (on the device or drive, nobody confirmed the apply), 'applied', 'failed' or
 *   'canceled'. Kits have no device: device columns stay null and the drive is in detail_json.
 */
export const packageLibraryMigration: Migration = {
  version: 4,
  name: 'package library and applications',
  sql: `
    CREATE TABLE packages (
      sha256          TEXT PRIMARY KEY,
      name            TEXT NOT NULL,
      size            INTEGER NOT NULL,
      notes           TEXT NOT NULL DEFAULT '',
      imported_at     TEXT NOT NULL,
      imported_by     TEXT NOT NULL DEFAULT '',
      source_path     TEXT,
      worst           TEXT NOT NULL CHECK (worst IN ('block', 'warn', 'info', 'none')),
      inspected_at    TEXT NOT NULL,
      inspection_json TEXT NOT NULL
    );
    CREATE TABLE package_applications (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      package_sha256 TEXT NOT NULL,
      package_name   TEXT NOT NULL,
      method         TEXT NOT NULL CHECK (method IN ('oobe-mtp', 'documents-settings', 'usb-drive-kit')),
      device_key     TEXT,
      device_id      TEXT,
      serial         TEXT,
      model          TEXT,
      technician     TEXT NOT NULL DEFAULT '',
      started_at     TEXT NOT NULL,
      finished_at    TEXT,
      result         TEXT CHECK (result IN ('copied', 'applied', 'failed', 'canceled')),
      confirmed_by   TEXT CHECK (confirmed_by IN ('station', 'technician')),
      remote_path    TEXT,
      verified       INTEGER NOT NULL DEFAULT 0,
      detail_json    TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX package_applications_by_package ON package_applications(package_sha256, id);
    CREATE INDEX package_applications_by_device ON package_applications(device_key, id);
    CREATE INDEX package_applications_by_serial ON package_applications(serial, id);
  `,
};
