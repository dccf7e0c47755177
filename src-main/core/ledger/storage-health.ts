import type { DatabaseSync } from 'node:sqlite';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

/**
 * What happens when the data folder cannot take more writes: a full disk, a folder made read-only, a failing
 * drive. SQLite rolls back the write that failed, so everything recorded before stays; the station must then say
 * so in one plain line and take on no new work, instead of dying on an uncaught SQLite error.
 */

// SQLite primary result codes (sqlite.org/rescode.html).
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

export function storageProblem(error: unknown, dataDir: string): StationError | null {
  if (error instanceof StationError) return error.code.startsWith('data-') ? error : null;
  const e = error as { errcode?: unknown; code?: unknown; message?: unknown } | null;
  const primary = typeof e?.errcode === 'number' ? e.errcode & 0xff : null;
  const text = typeof e?.message === 'string' ? e.message : '';
  const errno = typeof e?.code === 'string' ? e.code : '';
  if (primary === SQLITE_FULL || errno === 'ENOSPC' || /disk is full|ENOSPC/i.test(text)) {
    return new StationError(
      'data-disk-full',
      say('records:data-disk-full.title'),
      say('records:data-disk-full.message', { dataDir }),
      { cause: error },
    );
  }
  if (primary === SQLITE_READONLY || errno === 'EROFS' || errno === 'EACCES' || /readonly|read-only/i.test(text)) {
    return new StationError(
      'data-read-only',
      say('records:data-read-only.title'),
      say('records:data-read-only.message', { dataDir }),
      { cause: error },
    );
  }
  if (primary === SQLITE_IOERR || primary === SQLITE_CANTOPEN) {
    return new StationError(
      'data-unwritable',
      say('records:data-unwritable.title'),
      say('records:data-unwritable.message', { dataDir }),
      { cause: error },
    );
  }
  return null;
}

export class StorageHealth {
  private current: StationError | null = null;
  private readonly listeners = new Set<(problem: StationError) => void>();

  readonly dataDir: string;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
  }

  /** The first storage failure seen, or null while writes work. */
  get problem(): StationError | null {
    return this.current;
  }

  /** Called once, with the first failure. */
  onProblem(listener: (problem: StationError) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs a write; a storage failure becomes the plain StationError (and is reported once). */
  guard<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      const problem = storageProblem(error, this.dataDir);
      if (!problem) throw error;
      if (!this.current) {
        this.current = problem;
        for (const l of this.listeners) l(problem);
      }
      throw problem;
    }
  }
}

/**
 * Routes every write of the ledger database (exec, and run of every prepared statement) through `health`, so a
 * full disk is recognised whichever domain's table was being written.
 */
export function guardDatabase(db: DatabaseSync, health: StorageHealth): DatabaseSync {
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => health.guard(() => exec(sql));
  db.prepare = (sql: string) => {
    const statement = prepare(sql);
    const run = statement.run.bind(statement) as (...args: unknown[]) => ReturnType<typeof statement.run>;
    statement.run = (...args: unknown[]) => health.guard(() => run(...args));
    return statement;
  };
  return db;
}
