import type { Ledger } from '../ledger/ledger.ts';
import type { BatchBoard } from '../workflow/board.ts';
import { parseWarehouseUrl, type WarehouseTarget } from './connection.ts';
import { WarehouseOffline, WarehouseLink, type LinkOptions, type LinkStatus } from './link.ts';
import { LocalClaims } from './local-claims.ts';
import { WarehouseClaims } from './warehouse-claims.ts';

/**
 * A bench of a warehouse: its claims (local ledger first, then the server), and a sync loop that, every second,
 * says the bench is alive, renews its leases, sends its outbox, pulls the others' completions into the local cache
 * and sends what changed on its board to the floor view. Offline, the loop keeps trying to reconnect; once back,
 * the outbox drains and the whole board is sent again, so the floor catches up with nothing lost.
 */

export interface BenchOptions {
  ledger: Ledger;
  url: string;
  bench: string;
  tech?: string;
  leaseMs?: number;
  syncMs?: number;
  link?: LinkOptions;
}

export interface WarehouseStatus extends LinkStatus {
  bench: string;
  /** Completions done here and not yet on the server. */
  pending: number;
  lastSync: string | null;
}

interface FloorRow {
  state: string;
  batchId: number;
  profile: string;
}

export const DEFAULT_LEASE_MS = 30_000;

export class WarehouseBench {
  readonly claims: WarehouseClaims;
  readonly link: WarehouseLink;
  readonly target: WarehouseTarget;
  readonly bench: string;
  private tech: string;
  private batch: { id: number; profile: string } | null = null;
  private readonly syncMs: number;
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;
  private lastSync: string | null = null;
  private readonly floor = new Map<string, FloorRow>();
  private readonly floorSent = new Map<string, string>();
  private floorFlush: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(opts: BenchOptions) {
    this.target = parseWarehouseUrl(opts.url);
    this.bench = opts.bench;
    this.tech = opts.tech ?? '';
    this.syncMs = opts.syncMs ?? 1000;
    this.link = new WarehouseLink(this.target, opts.link);
    const local = new LocalClaims(opts.ledger, { bench: opts.bench, leaseMs: opts.leaseMs ?? DEFAULT_LEASE_MS });
    this.claims = new WarehouseClaims(local, this.link);
    // Back online: the floor gets the whole board again, not only what changes from now on.
    this.link.events.on('status', (s) => {
      if (s.online) this.floorSent.clear();
    });
  }

  /** Connects (a first failure is not fatal: the bench works offline) and starts the sync loop. */
  async start(): Promise<WarehouseStatus> {
    this.claims.local.startRenewing();
    await this.link.connect();
    await this.sync();
    this.timer = setInterval(() => void this.sync(), this.syncMs);
    this.timer.unref();
    return this.status();
  }

  status(): WarehouseStatus {
    return {
      ...this.link.status,
      bench: this.bench,
      pending: this.claims.pendingCompletions(),
      lastSync: this.lastSync,
    };
  }

  setTech(tech: string): void {
    this.tech = tech;
  }

  /** The board of the running batch: its device states go to the floor view (changes only, coalesced). */
  reportBoard(board: Pick<BatchBoard, 'batchId' | 'profile' | 'cards'>): void {
    this.batch = { id: board.batchId, profile: board.profile };
    for (const c of board.cards) {
      this.floor.set(c.serial.toUpperCase(), { state: c.state, batchId: board.batchId, profile: board.profile });
    }
    this.floorFlush ??= setTimeout(() => {
      this.floorFlush = null;
      void this.flushFloor().catch(() => undefined);
    }, 20);
  }

  /** One round of the loop; rounds never overlap. */
  sync(): Promise<void> {
    this.syncing ??= this.syncOnce().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    if (this.closed) return;
    if (!this.link.online && !(await this.link.connect())) return;
    try {
      await this.link.query(
        `INSERT INTO benches (name, tech, holder, batch_id, profile, last_contact) VALUES ($1, $2, $3, $4, $5, now())
           ON CONFLICT (name) DO UPDATE SET tech = excluded.tech, holder = excluded.holder,
             batch_id = excluded.batch_id, profile = excluded.profile, last_contact = now()`,
        [this.bench, this.tech, this.claims.local.holderId, this.batch?.id ?? null, this.batch?.profile ?? null],
      );
      await this.claims.renewLeases();
      await this.claims.pushCompletions();
      await this.claims.pullCompletions();
      await this.flushFloor();
      this.lastSync = new Date().toISOString();
    } catch (error) {
      if (!(error instanceof WarehouseOffline)) throw error;
    }
  }

  private async flushFloor(): Promise<void> {
    if (!this.link.online) return;
    const changed = [...this.floor].filter(([serial, row]) => this.floorSent.get(serial) !== floorKey(row));
    if (changed.length === 0) return;
    await this.link.query(
      `INSERT INTO floor_devices (bench, serial, state, batch_id, profile, updated_at)
         SELECT $1, s, st, b, p, now() FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) AS u(s, st, b, p)
         ON CONFLICT (bench, serial) DO UPDATE SET state = excluded.state, batch_id = excluded.batch_id,
           profile = excluded.profile, updated_at = now()`,
      [
        this.bench,
        changed.map(([s]) => s),
        changed.map(([, r]) => r.state),
        changed.map(([, r]) => r.batchId),
        changed.map(([, r]) => r.profile),
      ],
    );
    for (const [serial, row] of changed) this.floorSent.set(serial, floorKey(row));
  }

  /** Stops the loop, sends what it can one last time, gives up this process's claims and disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    if (this.floorFlush) clearTimeout(this.floorFlush);
    await this.syncing;
    await this.syncOnce().catch(() => undefined);
    this.closed = true;
    if (this.link.online) {
      await this.link
        .query('DELETE FROM claims WHERE holder = $1 AND done_profile IS NULL', [this.claims.local.holderId])
        .catch(() => undefined);
    }
    this.claims.local.close();
    await this.link.close();
  }
}

function floorKey(r: FloorRow): string {
  return `${r.state}/${r.batchId}/${r.profile}`;
}
