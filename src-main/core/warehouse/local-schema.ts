import type { Migration } from '../ledger/migrations.ts';

/**
 * Device claims and completions kept in the bench's own ledger.
 * - bench_claims: which process holds a device now (one row per serial), with a lease that running processes
 *   renew; it coordinates the app and the CLI on one data folder, and is the bench's fallback when the warehouse
 *   server is away.
 * - bench_completions: every finished device this bench knows of: its own (origin 'here'; synced_at set once the
 *   warehouse server has it: the outbox) and the other benches' (origin 'warehouse', pulled at each sync: the
 *   cache that answers "done elsewhere" while the server is away). The key is idempotent across retries.
 * - bench_meta: this ledger's own id (part of every key) and the sync cursor.
 */
export const warehouseLocalMigration: Migration = {
  version: 10,
  name: 'device claims, completions and the warehouse outbox',
  sql: `
    CREATE TABLE bench_claims (
      serial      TEXT PRIMARY KEY,
      holder      TEXT NOT NULL,
      bench       TEXT NOT NULL,
      profile     TEXT NOT NULL,
      lease_until TEXT NOT NULL,
      claimed_at  TEXT NOT NULL
    );
    CREATE TABLE bench_completions (
      key         TEXT PRIMARY KEY,
      serial      TEXT NOT NULL,
      profile     TEXT NOT NULL,
      bench       TEXT NOT NULL,
      batch_id    INTEGER,
      tech        TEXT NOT NULL DEFAULT '',
      override    INTEGER NOT NULL DEFAULT 0,
      finished_at TEXT NOT NULL,
      origin      TEXT NOT NULL CHECK (origin IN ('here', 'warehouse')),
      synced_at   TEXT
    );
    CREATE INDEX bench_completions_by_serial ON bench_completions(serial, profile);
    CREATE INDEX bench_completions_unsynced ON bench_completions(origin, synced_at);
    CREATE TABLE bench_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
