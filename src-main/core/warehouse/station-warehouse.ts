import { hostname } from 'node:os';
import { z } from 'zod';
import type { StationEvent } from '../../shared/contract/index.ts';
import type { WarehouseView } from '../../shared/contract/warehouse.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { BatchService } from '../workflow/service.ts';
import { parseWarehouseUrl } from './connection.ts';
import { FloorWatcher, type FloorView } from './floor.ts';
import { LocalClaims } from './local-claims.ts';
import { DEFAULT_LEASE_MS, WarehouseBench, type BenchOptions, type WarehouseStatus } from './warehouse.ts';

/**
 * The station's side of coordination. Always: claims in the bench's ledger, so the app and the CLI on one data
 * folder never work the same device at once. When pointed at a warehouse server: claims shared with every bench,
 * the outbox, the running batch's board sent to the floor as it changes, and the floor view followed live for the
 * app (LISTEN/NOTIFY). The server's address is saved in the ledger without its password, which stays in memory
 * (or comes from PGPASSWORD / ~/.pgpass when the station joins again from the saved setting).
 */

const SETTING = 'warehouse';
const Saved = z.object({ url: z.string().min(1), bench: z.string().regex(/^[\w.-]{1,40}$/) });

export class StationWarehouse {
  private readonly ledger: Ledger;
  private readonly batches: BatchService;
  private readonly emit: (e: StationEvent) => void;
  private local: LocalClaims | null = null;
  private remote: WarehouseBench | null = null;
  private watcher: FloorWatcher | null = null;
  private floor: FloorView | null = null;
  private offs: (() => void)[] = [];
  private joining: Promise<unknown> = Promise.resolve();

  constructor(ledger: Ledger, batches: BatchService, emit: (e: StationEvent) => void = () => undefined) {
    this.ledger = ledger;
    this.batches = batches;
    this.emit = emit;
    this.useLocal(hostname());
  }

  get bench(): WarehouseBench | null {
    return this.remote;
  }

  status(): WarehouseStatus | null {
    return this.remote?.status() ?? null;
  }

  /** The warehouse saved in the ledger ({ url without password, bench }), or null. */
  saved(): z.infer<typeof Saved> | null {
    const r = Saved.safeParse(this.ledger.getSetting(SETTING));
    return r.success ? r.data : null;
  }

  /** Joins the saved warehouse, if any, in the background; `settled()` waits for it. */
  joinSaved(tech: string): void {
    const saved = this.saved();
    if (!saved) return;
    this.joining = this.connect({ url: saved.url, bench: saved.bench, tech }).catch(() => undefined);
  }

  settled(): Promise<unknown> {
    return this.joining;
  }

  /** Joins a warehouse: from the next batch on, claims and completions go through its server. */
  async connect(opts: Omit<BenchOptions, 'ledger'>, save = false): Promise<WarehouseStatus> {
    await this.disconnect(false);
    const bench = new WarehouseBench({ ...opts, ledger: this.ledger });
    if (save) this.ledger.setSetting(SETTING, { url: bench.target.display, bench: opts.bench });
    this.local?.close();
    this.local = null;
    this.remote = bench;
    this.batches.setClaims(bench.claims);
    this.offs.push(
      this.batches.onBoard((board) => bench.reportBoard(board)),
      bench.link.events.on('status', () => this.changed()),
    );
    const status = await bench.start();
    this.changed();
    return status;
  }

  /** Follows the floor for the app: every change on any bench comes as a warehouseChanged event. */
  watchFloor(): void {
    const remote = this.remote;
    if (!remote || this.watcher) return;
    this.watcher = new FloorWatcher(remote.target, (v) => {
      this.floor = v;
      this.changed();
    });
    void this.watcher.start();
  }

  async disconnect(forget = true): Promise<void> {
    this.offs.splice(0).forEach((off) => off());
    await this.watcher?.stop();
    this.watcher = null;
    this.floor = null;
    const remote = this.remote;
    this.remote = null;
    if (forget) this.ledger.setSetting(SETTING, null);
    if (remote) {
      await remote.close();
      this.useLocal(remote.bench);
      this.changed();
    }
  }

  view(): WarehouseView {
    const s = this.remote?.status();
    return {
      joined: !!s,
      bench: s?.bench ?? null,
      server: s?.server ?? this.saved()?.url ?? null,
      online: s?.online ?? false,
      reason: s?.reason ?? null,
      since: s?.since ?? null,
      pending: s?.pending ?? 0,
      floor: s ? this.floor : null,
    };
  }

  async close(): Promise<void> {
    this.offs.splice(0).forEach((off) => off());
    await this.watcher?.stop();
    this.watcher = null;
    await this.remote?.close();
    this.remote = null;
    this.local?.close();
    this.local = null;
  }

  private changed(): void {
    this.emit({ name: 'warehouseChanged', payload: this.view() });
  }

  private useLocal(bench: string): void {
    this.local = new LocalClaims(this.ledger, { bench, leaseMs: DEFAULT_LEASE_MS });
    this.local.startRenewing();
    this.batches.setClaims(this.local);
  }
}

/** Checks a URL typed in the app before joining (a bad one is the tech's input, not a crash). */
export function checkWarehouseUrl(url: string): void {
  parseWarehouseUrl(url);
}
