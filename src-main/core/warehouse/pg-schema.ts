import type pg from 'pg';
import { StationError } from '../../shared/errors.ts';
import type { Migration } from '../ledger/migrations.ts';
import { say } from '../language.ts';

/**
 * The warehouse server's schema, versioned like the bench ledger's (append-only steps, each in its own
 * transaction with its row in schema_migrations). Two benches starting at once both run migrate(): a
 * transaction-scoped advisory lock makes the second wait and then find nothing left to do.
 * - benches: one row per bench name: technician, the process holding it, last contact (the floor view).
 * - claims: one row per serial: who works it and until when (server time: bench clocks may disagree); a finished
 *   device keeps its row with done_profile set, so nobody can claim it for that profile in the gap before its
 *   completion is seen.
 * - completions: every finished device, keyed by the bench's idempotent key; conflicts: a serial finished at two
 *   benches that could not see each other.
 * - floor_devices: each bench's devices and their states, for the floor view; NOTIFY holobench_floor on changes.
 */
export const WAREHOUSE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'benches, claims, completions, conflicts and the floor',
    sql: `
      CREATE TABLE benches (
        name         TEXT PRIMARY KEY,
        tech         TEXT NOT NULL DEFAULT '',
        holder       TEXT NOT NULL,
        batch_id     INTEGER,
        profile      TEXT,
        last_contact TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE claims (
        serial          TEXT PRIMARY KEY,
        holder          TEXT NOT NULL,
        bench           TEXT NOT NULL,
        profile         TEXT NOT NULL,
        lease_until     TIMESTAMPTZ NOT NULL,
        claimed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        done_profile    TEXT,
        taken_over_from TEXT
      );
      CREATE TABLE completions (
        id          BIGSERIAL UNIQUE,
        key         TEXT PRIMARY KEY,
        serial      TEXT NOT NULL,
        profile     TEXT NOT NULL,
        bench       TEXT NOT NULL,
        batch_id    INTEGER,
        tech        TEXT NOT NULL DEFAULT '',
        override    BOOLEAN NOT NULL DEFAULT false,
        finished_at TIMESTAMPTZ NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX completions_by_serial ON completions(serial, profile);
      CREATE TABLE conflicts (
        id           BIGSERIAL PRIMARY KEY,
        serial       TEXT NOT NULL,
        profile      TEXT NOT NULL,
        first_key    TEXT NOT NULL,
        first_bench  TEXT NOT NULL,
        first_at     TIMESTAMPTZ NOT NULL,
        second_key   TEXT NOT NULL,
        second_bench TEXT NOT NULL,
        second_at    TIMESTAMPTZ NOT NULL,
        detected_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        UNIQUE (first_key, second_key)
      );
      CREATE TABLE floor_devices (
        bench      TEXT NOT NULL,
        serial     TEXT NOT NULL,
        state      TEXT NOT NULL,
        batch_id   INTEGER,
        profile    TEXT,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (bench, serial)
      );
      CREATE FUNCTION holobench_floor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('holobench_floor', TG_TABLE_NAME); RETURN NULL; END $$;
      CREATE TRIGGER floor_devices_notify AFTER INSERT OR UPDATE OR DELETE ON floor_devices
        FOR EACH STATEMENT EXECUTE FUNCTION holobench_floor_changed();
      CREATE TRIGGER completions_notify AFTER INSERT ON completions
        FOR EACH STATEMENT EXECUTE FUNCTION holobench_floor_changed();
      CREATE TRIGGER conflicts_notify AFTER INSERT ON conflicts
        FOR EACH STATEMENT EXECUTE FUNCTION holobench_floor_changed();
    `,
  },
];

/** Any number: it only has to be the same on every bench. */
const MIGRATION_LOCK = 0x486f6c6f;

export async function migrateWarehouse(
  client: pg.ClientBase,
  migrations: readonly Migration[] = WAREHOUSE_MIGRATIONS,
): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
    );
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new StationError(
        'warehouse-too-new',
        say('records:warehouse-too-new.title'),
        say('records:warehouse-too-new.message', { newest, known }),
      );
    }
    const ran: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      ran.push(m.version);
    }
    await client.query('COMMIT');
    return ran;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
