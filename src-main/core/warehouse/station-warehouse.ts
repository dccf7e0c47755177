import { hostname } from 'node:os';
import type { Ledger } from '../ledger/ledger.ts';
import type { BatchService } from '../workflow/service.ts';
import { LocalClaims } from './local-claims.ts';
import { DEFAULT_LEASE_MS, WarehouseBench, type BenchOptions, type WarehouseStatus } from './warehouse.ts';

/**
 * The station's side of coordination. Always: claims in the bench's ledger, so the app and the CLI on one data
 * folder never work the same device at once. When pointed at a warehouse server: claims shared with every bench,
 * the outbox and the floor view (WarehouseBench), the running batch's board sent to the floor as it changes.
 */
export class StationWarehouse {
  private readonly ledger: Ledger;
  private readonly batches: BatchService;
  private local: LocalClaims | null = null;
  private remote: WarehouseBench | null = null;
  private offBoard: (() => void) | null = null;

  constructor(ledger: Ledger, batches: BatchService) {
    this.ledger = ledger;
    this.batches = batches;
    this.useLocal(hostname());
  }

  get bench(): WarehouseBench | null {
    return this.remote;
  }

  status(): WarehouseStatus | null {
    return this.remote?.status() ?? null;
  }

  /** Joins a warehouse: from the next batch on, claims and completions go through its server. */
  async connect(opts: Omit<BenchOptions, 'ledger'>): Promise<WarehouseStatus> {
    await this.disconnect();
    const bench = new WarehouseBench({ ...opts, ledger: this.ledger });
    this.local?.close();
    this.local = null;
    this.remote = bench;
    this.batches.setClaims(bench.claims);
    this.offBoard = this.batches.onBoard((board) => bench.reportBoard(board));
    return bench.start();
  }

  async disconnect(): Promise<void> {
    this.offBoard?.();
    this.offBoard = null;
    const remote = this.remote;
    this.remote = null;
    if (remote) {
      await remote.close();
      this.useLocal(remote.bench);
    }
  }

  async close(): Promise<void> {
    this.offBoard?.();
    await this.remote?.close();
    this.remote = null;
    this.local?.close();
    this.local = null;
  }

  private useLocal(bench: string): void {
    this.local = new LocalClaims(this.ledger, { bench, leaseMs: DEFAULT_LEASE_MS });
    this.local.startRenewing();
    this.batches.setClaims(this.local);
  }
}
