import { text } from '../ledger/ledger.ts';
import type { ClaimAnswer, ClaimRequest, ClaimsPort, CompletionRecord } from '../workflow/claims.ts';
import { deadHereAndMine, type LocalClaims } from './local-claims.ts';
import { WarehouseOffline, type WarehouseLink } from './link.ts';

/**
 * Claims shared by every bench of a warehouse. The bench's own ledger is asked first (LocalClaims: other
 * processes on this PC, and what the server last said was done elsewhere); then the server, which has the last
 * word while it can be reached. When it cannot, the bench carries on with the local answer (`offline: true`) and
 * its completions wait in the outbox (bench_completions with no synced_at) until the sync loop gets them through.
 * Keys are idempotent, so a completion sent twice (a reply lost with the link) is stored once.
 */

const CLAIM_SQL = `
  WITH done AS (
    SELECT bench, finished_at FROM completions
     WHERE serial = $1 AND profile = $2 AND key <> $6 AND NOT $5::boolean
     ORDER BY id LIMIT 1
  ), taken AS (
    INSERT INTO claims AS c (serial, holder, bench, profile, lease_until)
    SELECT $1, $3, $4, $2, now() + make_interval(secs => $7::double precision) WHERE NOT EXISTS (SELECT 1 FROM done)
    ON CONFLICT (serial) DO UPDATE SET holder = excluded.holder, bench = excluded.bench, profile = excluded.profile,
      lease_until = excluded.lease_until, claimed_at = now(), done_profile = NULL,
      taken_over_from = CASE WHEN c.holder <> excluded.holder AND c.done_profile IS NULL THEN c.bench END
     WHERE (c.done_profile IS NULL AND (c.holder = excluded.holder OR c.lease_until < now() OR c.holder = $8))
        OR (c.done_profile IS NOT NULL AND (c.done_profile <> excluded.profile OR $5::boolean))
    RETURNING holder
  )
  SELECT (SELECT row_to_json(done) FROM done) AS done,
         (SELECT holder FROM taken) AS taken,
         (SELECT json_build_object('holder', holder, 'bench', bench, 'until', lease_until, 'done', done_profile,
                                   'claimed', claimed_at)
            FROM claims WHERE serial = $1) AS current`;

const PUSH_SQL = `
  WITH ins AS (
    INSERT INTO completions (key, serial, profile, bench, batch_id, tech, override, finished_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING RETURNING key
  ), conflict AS (
    INSERT INTO conflicts (serial, profile, first_key, first_bench, first_at, second_key, second_bench, second_at)
    SELECT c.serial, c.profile, c.key, c.bench, c.finished_at, $1, $4, $8 FROM completions c
     WHERE EXISTS (SELECT 1 FROM ins) AND NOT $7::boolean AND c.serial = $2 AND c.profile = $3 AND c.key <> $1
    ON CONFLICT DO NOTHING RETURNING id
  )
  UPDATE claims SET done_profile = $3, lease_until = 'infinity' WHERE serial = $2 AND holder = $9`;

interface Current {
  holder: string;
  bench: string;
  until: string;
  done: string | null;
  claimed: string;
}

export class WarehouseClaims implements ClaimsPort {
  readonly local: LocalClaims;
  readonly link: WarehouseLink;

  constructor(local: LocalClaims, link: WarehouseLink) {
    this.local = local;
    this.link = link;
  }

  get bench(): string {
    return this.local.bench;
  }

  async claim(req: ClaimRequest): Promise<ClaimAnswer> {
    const here = this.local.claimNow(req);
    if (here.kind !== 'claimed') return here;
    if (!this.link.online) return { kind: 'claimed', offline: true };
    try {
      const answer = await this.claimOnServer(req);
      if (answer.kind !== 'claimed') await this.local.release(req.serial);
      if (answer.kind === 'done-elsewhere') this.cacheDone(req, answer);
      return answer;
    } catch (error) {
      if (error instanceof WarehouseOffline) return { kind: 'claimed', offline: true };
      await this.local.release(req.serial);
      throw error;
    }
  }

  private async claimOnServer(req: ClaimRequest, deadHolder = ''): Promise<ClaimAnswer> {
    const serial = req.serial.toUpperCase();
    const key = `${this.local.holder.ledgerId}:${req.batchId}:${serial}`;
    const leaseS = this.local.leaseMs / 1000;
    const r = await this.link.query<{
      done: { bench: string; finished_at: string } | null;
      taken: string | null;
      current: Current | null;
    }>(CLAIM_SQL, [serial, req.profile, this.local.holderId, this.bench, req.override, key, leaseS, deadHolder]);
    const row = r.rows[0];
    if (row?.done) return { kind: 'done-elsewhere', bench: row.done.bench, at: iso(row.done.finished_at) };
    if (row?.taken) return { kind: 'claimed', offline: false };
    const cur = row?.current;
    if (!cur) return { kind: 'held', bench: '?', until: new Date().toISOString() };
    if (cur.done === req.profile && !req.override)
      return { kind: 'done-elsewhere', bench: cur.bench, at: iso(cur.claimed) };
    // This bench's own earlier process, killed: its claims come back at once instead of after the lease.
    if (!deadHolder && deadHereAndMine(cur.holder, this.local.holder)) return this.claimOnServer(req, cur.holder);
    return { kind: 'held', bench: cur.bench, until: iso(cur.until) };
  }

  async release(serial: string): Promise<void> {
    await this.local.release(serial);
    if (!this.link.online) return;
    await this.link
      .query('DELETE FROM claims WHERE serial = $1 AND holder = $2 AND done_profile IS NULL', [
        serial.toUpperCase(),
        this.local.holderId,
      ])
      .catch(ignoreOffline);
  }

  async markDone(done: CompletionRecord): Promise<void> {
    this.local.recordDone(done);
    await this.pushCompletions().catch(ignoreOffline);
  }

  /** Sends every completion of this bench the server has not acknowledged; returns how many went. */
  async pushCompletions(): Promise<number> {
    const rows = this.local.ledger.db
      .prepare(
        `SELECT key, serial, profile, bench, batch_id, tech, override, finished_at FROM bench_completions
           WHERE origin = 'here' AND synced_at IS NULL ORDER BY finished_at`,
      )
      .all();
    let sent = 0;
    for (const r of rows) {
      if (!this.link.online) break;
      await this.link.query(PUSH_SQL, [
        text(r.key),
        text(r.serial),
        text(r.profile),
        text(r.bench),
        r.batch_id === null ? null : Number(r.batch_id),
        text(r.tech),
        Number(r.override) === 1,
        text(r.finished_at),
        this.local.holderId,
      ]);
      this.local.ledger.db
        .prepare('UPDATE bench_completions SET synced_at = ? WHERE key = ?')
        .run(new Date().toISOString(), text(r.key));
      sent += 1;
    }
    return sent;
  }

  /** Copies the other benches' completions into the local cache that answers "done elsewhere" offline. */
  async pullCompletions(): Promise<number> {
    const db = this.local.ledger.db;
    const cursor = Number(db.prepare(`SELECT value FROM bench_meta WHERE key = 'pull-cursor'`).get()?.value ?? 0);
    const r = await this.link.query<{
      id: string;
      key: string;
      serial: string;
      profile: string;
      bench: string;
      batch_id: number | null;
      tech: string;
      override: boolean;
      finished_at: Date;
    }>('SELECT * FROM completions WHERE id > $1 ORDER BY id LIMIT 5000', [cursor]);
    if (r.rows.length === 0) return 0;
    this.local.ledger.transaction(() => {
      const put = db.prepare(
        `INSERT OR IGNORE INTO bench_completions (key, serial, profile, bench, batch_id, tech, override, finished_at, origin, synced_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'warehouse', ?)`,
      );
      const at = new Date().toISOString();
      for (const c of r.rows) {
        put.run(c.key, c.serial, c.profile, c.bench, c.batch_id, c.tech, c.override ? 1 : 0, iso(c.finished_at), at);
      }
      db.prepare(
        `INSERT INTO bench_meta (key, value) VALUES ('pull-cursor', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(String(r.rows.at(-1)!.id));
    });
    return r.rows.length;
  }

  /** Keeps this process's server leases alive. */
  async renewLeases(): Promise<void> {
    await this.link.query(
      `UPDATE claims SET lease_until = now() + make_interval(secs => $2::double precision)
         WHERE holder = $1 AND done_profile IS NULL`,
      [this.local.holderId, this.local.leaseMs / 1000],
    );
  }

  pendingCompletions(): number {
    const r = this.local.ledger.db
      .prepare(`SELECT count(*) AS n FROM bench_completions WHERE origin = 'here' AND synced_at IS NULL`)
      .get();
    return Number(r?.n ?? 0);
  }

  private cacheDone(req: ClaimRequest, a: Extract<ClaimAnswer, { kind: 'done-elsewhere' }>): void {
    // The exact row arrives with the next pull; this stand-in keeps the answer while the link is down before then.
    this.local.ledger.db
      .prepare(
        `INSERT OR IGNORE INTO bench_completions (key, serial, profile, bench, finished_at, origin, synced_at)
           VALUES (?, ?, ?, ?, ?, 'warehouse', ?)`,
      )
      .run(
        `seen:${req.serial.toUpperCase()}:${req.profile}`,
        req.serial.toUpperCase(),
        req.profile,
        a.bench,
        a.at,
        a.at,
      );
  }
}

function iso(v: string | Date): string {
  return new Date(v).toISOString();
}

function ignoreOffline(error: unknown): void {
  if (!(error instanceof WarehouseOffline)) throw error;
}
