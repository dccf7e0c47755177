/** Enrollment runs kept in the ledger: started, steps ticked (when, by whom), finished with a result. */
import type { EnrollmentRunResult, EnrollmentRunStep, EnrollmentRunView } from '../../shared/contract/enrollment.ts';
import { StationError } from '../../shared/errors.ts';
import { EnrollmentFacts } from '../../shared/contract/enrollment-facts.ts';
import { EnrolledVia, PathId, UnenrollMethod } from '../../shared/contract/enrollment-plan.ts';
import { parseJsonObject, text, textOrNull, type Ledger } from '../ledger/ledger.ts';
import { say } from '../language.ts';

export interface NewRun {
  deviceKey: string;
  deviceId: string | null;
  serial: string | null;
  model: string | null;
  portPath: string | null;
  path: PathId;
  plannedEnrolledVia: EnrolledVia;
  unenroll: UnenrollMethod;
  facts: EnrollmentFacts;
  steps: { id: string; title: string }[];
  technician: string;
}

type Row = Record<string, unknown>;

export class EnrollmentRuns {
  private readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  start(run: NewRun): EnrollmentRunView {
    const result = this.ledger.db
      .prepare(
        `INSERT INTO enrollment_runs (device_key, device_id, serial, model, port_path, path, planned_enrolled_via,
                                      unenroll, facts_json, steps_json, technician, started_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.deviceKey,
        run.deviceId,
        run.serial,
        run.model,
        run.portPath,
        run.path,
        run.plannedEnrolledVia,
        run.unenroll,
        JSON.stringify(run.facts),
        JSON.stringify(run.steps),
        run.technician,
        this.ledger.stamp(),
      );
    return this.get(Number(result.lastInsertRowid));
  }

  /** Ticks (or unticks) one planned step. Refused once the run is finished or for a step the plan does not have. */
  recordStep(runId: number, stepId: string, done: boolean, by: string): EnrollmentRunView {
    const run = this.get(runId);
    if (run.finishedAt !== null) {
      throw new StationError('run-finished', say('records:run-finished.title'), say('records:run-finished.message'));
    }
    if (!run.steps.some((s) => s.id === stepId)) {
      throw new StationError(
        'run-step-unknown',
        say('records:run-step-unknown.title'),
        say('records:run-step-unknown.message', { stepId }),
      );
    }
    this.ledger.db
      .prepare(
        `INSERT INTO enrollment_run_steps (run_id, step_id, done, at, by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(run_id, step_id) DO UPDATE SET done = excluded.done, at = excluded.at, by = excluded.by`,
      )
      .run(runId, stepId, done ? 1 : 0, this.ledger.stamp(), by);
    return this.get(runId);
  }

  finish(runId: number, result: EnrollmentRunResult, note: string): EnrollmentRunView {
    const run = this.get(runId);
    if (run.finishedAt !== null) {
      throw new StationError('run-finished', say('records:run-finished.title'), say('records:run-finished.message'));
    }
    this.ledger.db
      .prepare('UPDATE enrollment_runs SET finished_at = ?, result = ?, enrolled_via = ?, note = ? WHERE id = ?')
      .run(this.ledger.stamp(), result, result === 'enrolled' ? run.plannedEnrolledVia : null, note, runId);
    return this.get(runId);
  }

  get(runId: number): EnrollmentRunView {
    const row = this.ledger.db.prepare('SELECT * FROM enrollment_runs WHERE id = ?').get(runId);
    if (!row) {
      throw new StationError(
        'run-not-found',
        say('records:run-not-found.title'),
        say('records:run-not-found.message', { runId }),
      );
    }
    return this.toView(row);
  }

  /** Every run of a device, newest first: by its ledger key, or by its serial number under any USB identity. */
  forDevice(deviceKey: string, serial: string | null): EnrollmentRunView[] {
    return this.ledger.db
      .prepare(`SELECT * FROM enrollment_runs WHERE device_key = ? OR (? IS NOT NULL AND serial = ?) ORDER BY id DESC`)
      .all(deviceKey, serial, serial)
      .map((r) => this.toView(r));
  }

  /** The last run that left the device enrolled, or null when the ledger has none. */
  lastEnrolled(deviceKey: string, serial: string | null): EnrollmentRunView | null {
    return this.forDevice(deviceKey, serial).find((r) => r.result === 'enrolled') ?? null;
  }

  private steps(runId: number, planned: unknown): EnrollmentRunStep[] {
    const ticks = new Map(
      this.ledger.db
        .prepare('SELECT step_id, done, at, by FROM enrollment_run_steps WHERE run_id = ?')
        .all(runId)
        .map((r) => [text(r.step_id), { done: Number(r.done) === 1, at: text(r.at), by: text(r.by) }]),
    );
    const list = Array.isArray(planned) ? (planned as unknown[]) : [];
    return list.flatMap((p) => {
      if (!p || typeof p !== 'object') return [];
      const { id, title } = p as { id?: unknown; title?: unknown };
      const tick = ticks.get(text(id));
      return [
        { id: text(id), title: text(title), done: tick?.done ?? false, at: tick?.at ?? null, by: tick?.by ?? '' },
      ];
    });
  }

  private toView(r: Row): EnrollmentRunView {
    const id = Number(r.id);
    const facts = EnrollmentFacts.safeParse(parseJsonObject(r.facts_json));
    const enrolledVia = EnrolledVia.safeParse(r.enrolled_via);
    const result = r.result === null ? null : text(r.result);
    let planned: unknown;
    try {
      planned = JSON.parse(text(r.steps_json));
    } catch {
      planned = [];
    }
    return {
      id,
      deviceKey: text(r.device_key),
      deviceId: textOrNull(r.device_id),
      serial: textOrNull(r.serial),
      model: textOrNull(r.model),
      portPath: textOrNull(r.port_path),
      path: PathId.parse(r.path),
      plannedEnrolledVia: EnrolledVia.parse(r.planned_enrolled_via),
      enrolledVia: enrolledVia.success ? enrolledVia.data : null,
      unenroll: UnenrollMethod.parse(r.unenroll),
      facts: facts.success ? facts.data : {},
      technician: text(r.technician),
      startedAt: text(r.started_at),
      finishedAt: textOrNull(r.finished_at),
      result: result === 'enrolled' || result === 'failed' || result === 'abandoned' ? result : null,
      note: text(r.note),
      steps: this.steps(id, planned),
    };
  }
}
