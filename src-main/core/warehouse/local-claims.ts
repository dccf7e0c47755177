import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { text, type Ledger } from '../ledger/ledger.ts';
import type { ClaimAnswer, ClaimRequest, ClaimsPort, CompletionRecord } from '../workflow/claims.ts';

/**
 * Claims and completions in the bench's own ledger (SQLite). On its own it coordinates every process on one data
 * folder (the app and the CLI); the warehouse adapter uses it first, so a bench cut off from the server still
 * never works a device twice itself and still knows what the server last said was done elsewhere.
 */

export interface ClaimOptions {
  /** The bench's name on the floor (shown to other benches). */
  bench: string;
  /** How long a claim lives without renewal: a bench that dies loses its devices after this. */
  leaseMs: number;
  now?: () => Date;
}

/** Who holds a claim: this ledger, this machine, this process. A dead process on this same machine is seen at once. */
export interface Holder {
  ledgerId: string;
  host: string;
  pid: number;
  /** Tells apart two claim sets in one process (tests, the bench harness). */
  instance: string;
}

export function holderText(h: Holder): string {
  return `${h.ledgerId}/${h.host}/${h.pid}/${h.instance}`;
}

export function parseHolder(s: string): Holder | null {
  const m = /^([^/]+)\/(.*)\/(\d+)\/([^/]+)$/.exec(s);
  return m ? { ledgerId: m[1]!, host: m[2]!, pid: Number(m[3]), instance: m[4]! } : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder whose process is gone from this machine: its claims may be taken without waiting for the lease. */
export function deadHereAndMine(holder: string, me: Holder): boolean {
  const h = parseHolder(holder);
  return !!h && h.host === me.host && h.pid !== me.pid && !processAlive(h.pid);
}

/** The idempotent key of a completion: the same device finishing in the same batch of the same ledger. */
export function completionKey(ledgerId: string, batchId: number, serial: string): string {
  return `${ledgerId}:${batchId}:${serial.toUpperCase()}`;
}

export function ledgerIdentity(ledger: Ledger): string {
  const row = ledger.db.prepare(`SELECT value FROM bench_meta WHERE key = 'ledger-id'`).get();
  if (row) return text(row.value);
  ledger.db.prepare(`INSERT OR IGNORE INTO bench_meta (key, value) VALUES ('ledger-id', ?)`).run(randomUUID());
  return text(ledger.db.prepare(`SELECT value FROM bench_meta WHERE key = 'ledger-id'`).get()?.value);
}

export class LocalClaims implements ClaimsPort {
  readonly ledger: Ledger;
  readonly bench: string;
  readonly holder: Holder;
  readonly leaseMs: number;
  private readonly now: () => Date;
  private renewTimer: NodeJS.Timeout | null = null;

  constructor(ledger: Ledger, opts: ClaimOptions) {
    this.ledger = ledger;
    this.bench = opts.bench;
    this.leaseMs = opts.leaseMs;
    this.now = opts.now ?? (() => new Date());
    this.holder = {
      ledgerId: ledgerIdentity(ledger),
      host: hostname(),
      pid: process.pid,
      instance: randomUUID().slice(0, 8),
    };
    this.recordFinishedBatches();
  }

  get holderId(): string {
    return holderText(this.holder);
  }

  /** Renews this process's leases in the background until close(). */
  startRenewing(): void {
    this.renewTimer ??= setInterval(() => this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.renewTimer.unref();
  }

  renew(): void {
    if (!this.ledger.db.isOpen) return;
    try {
      this.ledger.db
        .prepare('UPDATE bench_claims SET lease_until = ? WHERE holder = ?')
        .run(this.leaseEnd(), this.holderId);
    } catch {
      // A full disk or read-only ledger: the storage check has told the technician. This runs on a timer, where a
      // throw would end the process mid-batch; the leases simply run out if nothing can be written.
    }
  }

  claim(req: ClaimRequest): Promise<ClaimAnswer> {
    return Promise.resolve(this.claimNow(req));
  }

  claimNow(req: ClaimRequest): ClaimAnswer {
    const serial = req.serial.toUpperCase();
    const mine = completionKey(this.holder.ledgerId, req.batchId, serial);
    return this.ledger.transaction((): ClaimAnswer => {
      if (!req.override) {
        const done = this.ledger.db
          .prepare(
            `SELECT bench, finished_at FROM bench_completions WHERE serial = ? AND profile = ? AND key != ?
               ORDER BY finished_at LIMIT 1`,
          )
          .get(serial, req.profile, mine);
        if (done) return { kind: 'done-elsewhere', bench: text(done.bench), at: text(done.finished_at) };
      }
      const held = this.ledger.db
        .prepare('SELECT holder, bench, lease_until FROM bench_claims WHERE serial = ?')
        .get(serial);
      if (
        held &&
        text(held.holder) !== this.holderId &&
        text(held.lease_until) > this.now().toISOString() &&
        !deadHereAndMine(text(held.holder), this.holder)
      ) {
        return { kind: 'held', bench: text(held.bench), until: text(held.lease_until) };
      }
      this.ledger.db
        .prepare(
          `INSERT INTO bench_claims (serial, holder, bench, profile, lease_until, claimed_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT(serial) DO UPDATE SET holder = excluded.holder, bench = excluded.bench,
               profile = excluded.profile, lease_until = excluded.lease_until, claimed_at = excluded.claimed_at`,
        )
        .run(serial, this.holderId, this.bench, req.profile, this.leaseEnd(), this.now().toISOString());
      return { kind: 'claimed', offline: false };
    });
  }

  release(serial: string): Promise<void> {
    if (this.ledger.db.isOpen) {
      try {
        this.ledger.db
          .prepare('DELETE FROM bench_claims WHERE serial = ? AND holder = ?')
          .run(serial.toUpperCase(), this.holderId);
      } catch {
        // Nothing can be written (a full disk, reported already): the claim dies with this process or its lease.
      }
    }
    return Promise.resolve();
  }

  markDone(done: CompletionRecord): Promise<void> {
    this.recordDone(done);
    return Promise.resolve();
  }

  recordDone(done: CompletionRecord): string {
    const serial = done.serial.toUpperCase();
    const key = completionKey(this.holder.ledgerId, done.batchId, serial);
    this.ledger.transaction(() => {
      this.ledger.db
        .prepare(
          `INSERT OR IGNORE INTO bench_completions (key, serial, profile, bench, batch_id, tech, override, finished_at, origin)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'here')`,
        )
        .run(key, serial, done.profile, this.bench, done.batchId, done.tech, done.override ? 1 : 0, done.finishedAt);
      this.ledger.db.prepare('DELETE FROM bench_claims WHERE serial = ? AND holder = ?').run(serial, this.holderId);
    });
    return key;
  }

  /** Lets every claim of this process go (the batch ended, the station closes). */
  close(): void {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    try {
      if (this.ledger.db.isOpen) this.ledger.db.prepare('DELETE FROM bench_claims WHERE holder = ?').run(this.holderId);
    } catch {
      // As in release(): a claim that cannot be removed dies with this process or its lease.
    }
  }

  private leaseEnd(): string {
    return new Date(this.now().getTime() + this.leaseMs).toISOString();
  }

  /**
   * A device recorded done in the workflow tables whose completion was not written (the process was killed between
   * the two): added now, so the outbox derives from the ledger and loses nothing.
   */
  private recordFinishedBatches(): void {
    const rows = this.ledger.db
      .prepare(
        `SELECT d.batch_id, d.serial, d.override, d.finished_at, b.profile_name, b.tech FROM batch_devices d
           JOIN batches b ON b.id = d.batch_id WHERE d.state = 'done'`,
      )
      .all();
    for (const r of rows) {
      const serial = text(r.serial).toUpperCase();
      const key = completionKey(this.holder.ledgerId, Number(r.batch_id), serial);
      this.ledger.db
        .prepare(
          `INSERT OR IGNORE INTO bench_completions (key, serial, profile, bench, batch_id, tech, override, finished_at, origin)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'here')`,
        )
        .run(
          key,
          serial,
          text(r.profile_name),
          this.bench,
          Number(r.batch_id),
          text(r.tech),
          Number(r.override),
          text(r.finished_at),
        );
    }
  }
}
