/**
 * Conflicts on the warehouse server: a device finished for the same profile at two benches, each unaware of the
 * other (one of them was cut off from the server and worked on its own). The server notes one when the second
 * completion arrives (warehouse-claims.ts). The floor view and the records read them the same way, here.
 */
import type pg from 'pg';

/** A query on the warehouse server: through a bench's link, or on a watcher's own client. */
export type WarehouseQuery = <R extends pg.QueryResultRow>(
  sql: string,
  values?: unknown[],
) => Promise<pg.QueryResult<R>>;

export interface WarehouseConflict {
  serial: string;
  profile: string;
  /** The bench whose completion reached the server first, and when that bench finished the device. */
  firstBench: string;
  firstAt: string;
  secondBench: string;
  secondAt: string;
  detectedAt: string;
}

interface ConflictRow {
  serial: string;
  profile: string;
  first_bench: string;
  first_at: Date;
  second_bench: string;
  second_at: Date;
  detected_at: Date;
}

/** Every conflict in the order the server noted them, or those a bench was one of the two in. */
export async function readConflicts(query: WarehouseQuery, bench: string | null = null): Promise<WarehouseConflict[]> {
  const { rows } = await query<ConflictRow>(
    `SELECT * FROM conflicts${bench === null ? '' : ' WHERE first_bench = $1 OR second_bench = $1'} ORDER BY id`,
    bench === null ? [] : [bench],
  );
  return rows.map((c) => ({
    serial: c.serial,
    profile: c.profile,
    firstBench: c.first_bench,
    firstAt: new Date(c.first_at).toISOString(),
    secondBench: c.second_bench,
    secondAt: new Date(c.second_at).toISOString(),
    detectedAt: new Date(c.detected_at).toISOString(),
  }));
}
