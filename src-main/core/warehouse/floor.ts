import pg from 'pg';
import { DEVICE_STATES, type DeviceState } from '../workflow/types.ts';
import { withoutSecret, type WarehouseTarget } from './connection.ts';
import { readConflicts, type WarehouseConflict, type WarehouseQuery } from './conflicts.ts';
import type { WarehouseLink } from './link.ts';

/**
 * The floor view: every bench with its technician and last contact, its devices per state, and the warehouse's
 * totals. Read from the server; a FloorWatcher keeps it fresh through LISTEN holobench_floor (the tables'
 * triggers notify on every change) and a slow poll for the benches' last-contact times.
 */

export type StateCounts = Record<DeviceState, number>;

export interface FloorBench {
  name: string;
  tech: string;
  lastContact: string;
  /** Seconds since the bench last reached the server (server clock). */
  silentFor: number;
  batchId: number | null;
  profile: string | null;
  counts: StateCounts;
}

export interface FloorView {
  server: string;
  at: string;
  benches: FloorBench[];
  totals: StateCounts & { devices: number; completed: number; conflicts: number };
  conflicts: WarehouseConflict[];
}

const zero = (): StateCounts => Object.fromEntries(DEVICE_STATES.map((s) => [s, 0])) as StateCounts;

export async function readFloor(query: WarehouseQuery, server: string): Promise<FloorView> {
  const benches = await query<{
    name: string;
    tech: string;
    last_contact: Date;
    silent: number;
    batch_id: number | null;
    profile: string | null;
  }>(
    `SELECT name, tech, last_contact, extract(epoch FROM now() - last_contact)::float8 AS silent, batch_id, profile
       FROM benches ORDER BY name`,
  );
  const states = await query<{ bench: string; state: string; n: number }>(
    'SELECT bench, state, count(*)::int AS n FROM floor_devices GROUP BY bench, state',
  );
  const done = await query<{ completed: number; devices: number }>(
    `SELECT (SELECT count(DISTINCT (serial, profile))::int FROM completions) AS completed,
            (SELECT count(DISTINCT serial)::int FROM floor_devices) AS devices`,
  );
  const conflicts = await readConflicts(query);
  const byBench = new Map<string, StateCounts>();
  const totals = zero();
  for (const r of states.rows) {
    if (!(DEVICE_STATES as readonly string[]).includes(r.state)) continue;
    const counts = byBench.get(r.bench) ?? zero();
    counts[r.state as DeviceState] += r.n;
    totals[r.state as DeviceState] += r.n;
    byBench.set(r.bench, counts);
  }
  return {
    server,
    at: new Date().toISOString(),
    benches: benches.rows.map((b) => ({
      name: b.name,
      tech: b.tech,
      lastContact: new Date(b.last_contact).toISOString(),
      silentFor: Math.max(0, Math.round(b.silent * 10) / 10),
      batchId: b.batch_id,
      profile: b.profile,
      counts: byBench.get(b.name) ?? zero(),
    })),
    totals: {
      ...totals,
      devices: done.rows[0]?.devices ?? 0,
      completed: done.rows[0]?.completed ?? 0,
      conflicts: conflicts.length,
    },
    conflicts,
  };
}

export function readFloorVia(link: WarehouseLink): Promise<FloorView> {
  return readFloor((sql, values) => link.query(sql, values), link.target.display);
}

/**
 * Follows the floor: calls `onView` with a fresh view after every change any bench makes (within one query of
 * the NOTIFY), and at least every `pollMs` (last-contact times). Errors go to `onError` and the watcher retries.
 */
export class FloorWatcher {
  private readonly target: WarehouseTarget;
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private pending: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly onView: (v: FloorView) => void;
  private readonly onError: (reason: string) => void;
  private readonly pollMs: number;

  constructor(
    target: WarehouseTarget,
    onView: (v: FloorView) => void,
    onError: (reason: string) => void = () => undefined,
    pollMs = 2000,
  ) {
    this.target = target;
    this.onView = onView;
    this.onError = onError;
    this.pollMs = pollMs;
  }

  async start(): Promise<void> {
    this.timer = setInterval(() => this.refresh(), this.pollMs);
    this.timer.unref();
    await this.listen();
    this.refresh();
  }

  private async listen(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = new pg.Client({ connectionString: this.target.connectionString, connectionTimeoutMillis: 3000 });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    client.on('notification', () => this.refresh());
    try {
      await client.connect();
      await client.query('LISTEN holobench_floor');
      this.client = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.onError(withoutSecret(error instanceof Error ? error.message : String(error), this.target));
    }
  }

  private drop(client: pg.Client): void {
    if (this.client === client) this.client = null;
  }

  /** Coalesces: one query runs at a time, and one more after it when changes came in meanwhile. */
  refresh(): void {
    if (this.stopped) return;
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = this.readOnce().finally(() => {
      this.pending = null;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
  }

  private async readOnce(): Promise<void> {
    if (!this.client) await this.listen();
    const client = this.client;
    if (!client) return;
    try {
      this.onView(await readFloor((sql, values) => client.query(sql, values), this.target.display));
    } catch (error) {
      this.drop(client);
      void client.end().catch(() => undefined);
      this.onError(withoutSecret(error instanceof Error ? error.message : String(error), this.target));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pending;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
