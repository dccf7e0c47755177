import type { Ledger } from '../ledger/ledger.ts';
import { planInTodaysWords, type CleanupPlan, type CleanupPurpose } from './cleanup-plan.ts';
import type { Exchange } from './graph-intune.ts';

/** The Intune tables (intuneMigration) over the ledger's database. */

export type StepState = 'pending' | 'sending' | 'done' | 'failed';

export interface CleanupRow {
  id: number;
  serial: string;
  purpose: CleanupPurpose;
  plan: CleanupPlan;
  state: 'open' | 'done' | 'abandoned';
  createdAt: string;
}

export interface StepRow {
  idx: number;
  stepId: string;
  state: StepState;
  answer: string;
  confirmedBy: string | null;
}

export interface RequestRow extends Exchange {
  id: number;
  serial: string;
  cleanupId: number | null;
  at: string;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? `${v}` : '';

export class IntuneStore {
  private readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  private get db() {
    return this.ledger.db;
  }

  recordExchange(serial: string, cleanupId: number | null, e: Exchange): void {
    this.db
      .prepare(
        `INSERT INTO intune_requests (serial, cleanup_id, method, path, permission, status, summary, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(serial, cleanupId, e.method, e.path, e.permission, e.status, e.summary.slice(0, 500), this.ledger.stamp());
  }

  requests(serial: string): RequestRow[] {
    return this.db
      .prepare('SELECT * FROM intune_requests WHERE serial = ? COLLATE NOCASE ORDER BY id')
      .all(serial)
      .map((r: Row) => ({
        id: Number(r.id),
        serial: str(r.serial),
        cleanupId: r.cleanup_id == null ? null : Number(r.cleanup_id),
        method: str(r.method),
        path: str(r.path),
        permission: str(r.permission),
        status: Number(r.status),
        summary: str(r.summary),
        at: str(r.at),
      }));
  }

  /** The unfinished clean-up of this serial and purpose, if a run was cut off. */
  openCleanup(serial: string, purpose: CleanupPurpose): CleanupRow | null {
    const r = this.db
      .prepare(
        `SELECT * FROM intune_cleanups WHERE serial = ? COLLATE NOCASE AND purpose = ? AND state = 'open'
         ORDER BY id DESC LIMIT 1`,
      )
      .get(serial, purpose);
    return r ? toCleanup(r) : null;
  }

  createCleanup(plan: CleanupPlan): CleanupRow {
    const at = this.ledger.stamp();
    return this.ledger.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO intune_cleanups (serial, purpose, plan_json, state, created_at, updated_at)
           VALUES (?, ?, ?, 'open', ?, ?)`,
        )
        .run(plan.serial, plan.purpose, JSON.stringify(plan), at, at);
      const id = Number(result.lastInsertRowid);
      const insert = this.db.prepare(
        `INSERT INTO intune_cleanup_steps (cleanup_id, idx, step_id, state, updated_at) VALUES (?, ?, ?, 'pending', ?)`,
      );
      plan.steps.forEach((s, i) => insert.run(id, i, s.id, at));
      return { id, serial: plan.serial, purpose: plan.purpose, plan, state: 'open', createdAt: at };
    });
  }

  steps(cleanupId: number): StepRow[] {
    return this.db
      .prepare('SELECT * FROM intune_cleanup_steps WHERE cleanup_id = ? ORDER BY idx')
      .all(cleanupId)
      .map((r: Row) => ({
        idx: Number(r.idx),
        stepId: str(r.step_id),
        state: str(r.state) as StepState,
        answer: str(r.answer),
        confirmedBy: r.confirmed_by == null ? null : str(r.confirmed_by),
      }));
  }

  setStep(cleanupId: number, idx: number, state: StepState, answer = '', confirmedBy: string | null = null): void {
    this.db
      .prepare(
        `UPDATE intune_cleanup_steps SET state = ?, answer = ?, confirmed_by = COALESCE(?, confirmed_by), updated_at = ?
         WHERE cleanup_id = ? AND idx = ?`,
      )
      .run(state, answer.slice(0, 500), confirmedBy, this.ledger.stamp(), cleanupId, idx);
  }

  finishCleanup(cleanupId: number, state: 'done' | 'abandoned', message: string): void {
    this.db
      .prepare('UPDATE intune_cleanups SET state = ?, message = ?, updated_at = ? WHERE id = ?')
      .run(state, message.slice(0, 500), this.ledger.stamp(), cleanupId);
  }
}

function toCleanup(r: Row): CleanupRow {
  return {
    id: Number(r.id),
    serial: str(r.serial),
    purpose: str(r.purpose) as CleanupPurpose,
    // The plan as the technician confirmed it, its texts said again in today's language (where it kept words).
    plan: planInTodaysWords(JSON.parse(str(r.plan_json)) as CleanupPlan),
    state: str(r.state) as CleanupRow['state'],
    createdAt: str(r.created_at),
  };
}
