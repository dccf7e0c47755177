import { writeCsv } from '../csv.ts';
import { readConflicts, type WarehouseConflict } from './conflicts.ts';
import type { WarehouseLink } from './link.ts';

/**
 * The warehouse's records for reports and exports, for the whole floor or one bench. Nothing here holds the
 * server's password: only `server` (the URL without it) is named.
 */

export interface CompletionRow {
  serial: string;
  profile: string;
  bench: string;
  batchId: number | null;
  tech: string;
  override: boolean;
  finishedAt: string;
  receivedAt: string;
}

export interface WarehouseRecords {
  server: string;
  bench: string | null;
  exportedAt: string;
  benches: { name: string; tech: string; lastContact: string; batchId: number | null; profile: string | null }[];
  completions: CompletionRow[];
  conflicts: WarehouseConflict[];
  claims: {
    serial: string;
    bench: string;
    profile: string;
    leaseUntil: string | null;
    done: boolean;
    takenOverFrom: string | null;
  }[];
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());
const isoOf = (v: Date | string): string => new Date(v).toISOString();

export async function readRecords(link: WarehouseLink, bench: string | null): Promise<WarehouseRecords> {
  const only = bench === null ? '' : ' WHERE bench = $1';
  const args = bench === null ? [] : [bench];
  const benches = await link.query<{
    name: string;
    tech: string;
    last_contact: Date;
    batch_id: number | null;
    profile: string | null;
  }>(
    `SELECT name, tech, last_contact, batch_id, profile FROM benches${bench === null ? '' : ' WHERE name = $1'} ORDER BY name`,
    args,
  );
  const completions = await link.query<{
    serial: string;
    profile: string;
    bench: string;
    batch_id: number | null;
    tech: string;
    override: boolean;
    finished_at: Date;
    received_at: Date;
  }>(`SELECT * FROM completions${only} ORDER BY finished_at, id`, args);
  const conflicts = await readConflicts((sql, values) => link.query(sql, values), bench);
  const claims = await link.query<{
    serial: string;
    bench: string;
    profile: string;
    lease_until: Date | string;
    done_profile: string | null;
    taken_over_from: string | null;
  }>(`SELECT * FROM claims${only} ORDER BY serial`, args);
  return {
    server: link.target.display,
    bench,
    exportedAt: new Date().toISOString(),
    benches: benches.rows.map((b) => ({
      name: b.name,
      tech: b.tech,
      lastContact: isoOf(b.last_contact),
      batchId: b.batch_id,
      profile: b.profile,
    })),
    completions: completions.rows.map((c) => ({
      serial: c.serial,
      profile: c.profile,
      bench: c.bench,
      batchId: c.batch_id,
      tech: c.tech,
      override: c.override,
      finishedAt: isoOf(c.finished_at),
      receivedAt: isoOf(c.received_at),
    })),
    conflicts,
    claims: claims.rows.map((c) => ({
      serial: c.serial,
      bench: c.bench,
      profile: c.profile,
      // 'infinity' marks a finished device's claim: it never runs out.
      leaseUntil: c.lease_until === 'infinity' || c.done_profile ? null : iso(c.lease_until),
      done: c.done_profile !== null,
      takenOverFrom: c.taken_over_from,
    })),
  };
}

/** One CSV per table, named by file. */
export function recordsCsv(r: WarehouseRecords): Record<string, string> {
  return {
    'completions.csv': writeCsv(
      ['serial', 'profile', 'bench', 'batch', 'tech', 'override', 'finished_at', 'received_at'],
      r.completions.map((c) => [
        c.serial,
        c.profile,
        c.bench,
        c.batchId,
        c.tech,
        c.override,
        c.finishedAt,
        c.receivedAt,
      ]),
    ),
    'conflicts.csv': writeCsv(
      ['serial', 'profile', 'first_bench', 'first_at', 'second_bench', 'second_at', 'detected_at'],
      r.conflicts.map((c) => [c.serial, c.profile, c.firstBench, c.firstAt, c.secondBench, c.secondAt, c.detectedAt]),
    ),
    'benches.csv': writeCsv(
      ['bench', 'tech', 'last_contact', 'batch', 'profile'],
      r.benches.map((b) => [b.name, b.tech, b.lastContact, b.batchId, b.profile]),
    ),
    'claims.csv': writeCsv(
      ['serial', 'bench', 'profile', 'lease_until', 'done', 'taken_over_from'],
      r.claims.map((c) => [c.serial, c.bench, c.profile, c.leaseUntil, c.done, c.takenOverFrom]),
    ),
  };
}
