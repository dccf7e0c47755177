import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StationError } from '../../shared/errors.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';
import { storageProblem } from './storage-health.ts';
import { say } from '../language.ts';

export const LEDGER_FILE = 'ledger.sqlite';

/**
 * Opens (creating if needed) the ledger in a data folder: WAL so the app and the CLI can share it, a busy timeout
 * so they wait for each other instead of failing, foreign keys on, then every pending migration.
 */
export function openLedgerDb(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): DatabaseSync {
  try {
    // The ledger and the diagnostics zips hold full hardware hashes: only the station's user may read them.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  } catch (cause) {
    throw (
      storageProblem(cause, dataDir) ??
      new StationError(
        'data-dir-unusable',
        say('records:data-dir-unusable.title'),
        say('records:data-dir-unusable.message', { dataDir }),
        {
          cause,
        },
      )
    );
  }
  let db: DatabaseSync;
  try {
    // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
    const file = join(dataDir, LEDGER_FILE);
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    db = new DatabaseSync(file);
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
  } catch (cause) {
    const problem = storageProblem(cause, dataDir);
    if (problem) throw problem;
    throw new StationError(
      'ledger-unreadable',
      say('records:ledger-unreadable.title'),
      say('records:ledger-unreadable.message', { file: join(dataDir, LEDGER_FILE) }),
      { cause },
    );
  }
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw storageProblem(error, dataDir) ?? error;
  }
  return db;
}

export function migrate(db: DatabaseSync, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => Number(r.version)),
  );
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.version));
  if (newest > known) {
    throw new StationError(
      'ledger-too-new',
      say('records:ledger-too-new.title'),
      say('records:ledger-too-new.message', { newest, known }),
    );
  }
  const versions = migrations.map((m) => m.version);
  if (new Set(versions).size !== versions.length) {
    throw new Error(`two ledger migrations claim the same version (${versions.join(', ')})`);
  }
  const ran: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(m.version)) continue;
    inTransaction(db, () => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    });
    ran.push(m.version);
  }
  return ran;
}

/** Runs fn inside BEGIN IMMEDIATE ... COMMIT, rolling back if it throws. Not reentrant. */
export function inTransaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // SQLite rolls back by itself after some failures (a full disk): a second ROLLBACK would fail and hide why.
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
