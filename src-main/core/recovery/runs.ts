/**
 * Recovery runs kept in the ledger, like enrollment runs: started for a device and a procedure, each step confirmed
 * by the station (seen on the bus) or by the technician (said done), who and when, then finished with a result.
 * A step the station confirmed stays the station's: a later "done" from the technician does not overwrite it,
 * so the record never claims less than the station saw, nor more.
 */
import { StationError } from '../../shared/errors.ts';
import { text, textOrNull, type Ledger } from '../ledger/ledger.ts';
import { procedureById } from './procedures.ts';
import { words } from './words.ts';
import { HoloLensModel } from '../../shared/contract/enrollment-plan.ts';
import type {
  RecoveryRunResult,
  RecoveryRunStep,
  RecoveryRunView,
  StepConfirmedBy,
} from '../../shared/contract/recovery.ts';

export interface NewRecoveryRun {
  deviceKey: string;
  deviceId: string | null;
  serial: string | null;
  portPath: string | null;
  procedureId: string;
  technician: string;
}

type Row = Record<string, unknown>;

export class RecoveryRuns {
  private readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  start(run: NewRecoveryRun): RecoveryRunView {
    const procedure = procedureById(run.procedureId);
    if (!procedure) {
      throw new StationError(
        'procedure-unknown',
        words('error.no-procedure.title'),
        words('error.no-procedure.message', { id: run.procedureId }),
      );
    }
    const steps = procedure.steps.map((s) => ({ id: s.id, title: s.title }));
    const result = this.ledger.db
      .prepare(
        `INSERT INTO recovery_runs (device_key, device_id, serial, model, port_path, procedure_id, steps_json,
                                    technician, started_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.deviceKey,
        run.deviceId,
        run.serial,
        procedure.model,
        run.portPath,
        procedure.id,
        JSON.stringify(steps),
        run.technician,
        this.ledger.stamp(),
      );
    return this.get(Number(result.lastInsertRowid));
  }

  /** Confirms one step of the procedure. Refused once the run is finished or for a step the procedure lacks. */
  confirmStep(runId: number, stepId: string, confirmedBy: StepConfirmedBy, by: string): RecoveryRunView {
    const run = this.get(runId);
    if (run.finishedAt !== null) {
      throw new StationError('run-finished', words('error.run-finished.title'), words('error.run-finished.message'));
    }
    const step = run.steps.find((s) => s.id === stepId);
    if (!step) {
      throw new StationError(
        'run-step-unknown',
        words('error.no-step.title'),
        words('error.no-step.message', { id: stepId }),
      );
    }
    if (step.confirmedBy === 'station') return run;
    this.ledger.db
      .prepare(
        `INSERT INTO recovery_run_steps (run_id, step_id, confirmed_by, at, by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(run_id, step_id) DO UPDATE SET confirmed_by = excluded.confirmed_by, at = excluded.at,
                                                    by = excluded.by`,
      )
      .run(runId, stepId, confirmedBy, this.ledger.stamp(), confirmedBy === 'station' ? 'station' : by);
    return this.get(runId);
  }

  finish(runId: number, result: RecoveryRunResult, note: string): RecoveryRunView {
    const run = this.get(runId);
    if (run.finishedAt !== null) {
      throw new StationError('run-finished', words('error.run-finished.title'), words('error.run-finished.message'));
    }
    this.ledger.db
      .prepare('UPDATE recovery_runs SET finished_at = ?, result = ?, note = ? WHERE id = ?')
      .run(this.ledger.stamp(), result, note, runId);
    return this.get(runId);
  }

  get(runId: number): RecoveryRunView {
    const row = this.ledger.db.prepare('SELECT * FROM recovery_runs WHERE id = ?').get(runId);
    if (!row) {
      throw new StationError(
        'run-not-found',
        words('error.run-not-found.title'),
        words('error.run-not-found.message', { id: runId }),
      );
    }
    return this.toView(row);
  }

  /** Every recovery of a device, newest first: by its ledger key, or by its serial number under any USB identity. */
  forDevice(deviceKey: string, serial: string | null): RecoveryRunView[] {
    return this.ledger.db
      .prepare(`SELECT * FROM recovery_runs WHERE device_key = ? OR (? IS NOT NULL AND serial = ?) ORDER BY id DESC`)
      .all(deviceKey, serial, serial)
      .map((r) => this.toView(r));
  }

  /**
   * The steps as planned when the run started, titled in today's language where the procedure still has the step
   * (the ledger keeps the title it started with, for a step a later version dropped).
   */
  private steps(runId: number, procedureId: string, planned: unknown): RecoveryRunStep[] {
    const current = new Map(procedureById(procedureId)?.steps.map((s) => [s.id, s.title]));
    const confirmed = new Map(
      this.ledger.db
        .prepare('SELECT step_id, confirmed_by, at, by FROM recovery_run_steps WHERE run_id = ?')
        .all(runId)
        .map((r) => [text(r.step_id), { confirmedBy: text(r.confirmed_by), at: text(r.at), by: text(r.by) }]),
    );
    const list = Array.isArray(planned) ? (planned as unknown[]) : [];
    return list.flatMap((p) => {
      if (!p || typeof p !== 'object') return [];
      const { id, title: stored } = p as { id?: unknown; title?: unknown };
      const c = confirmed.get(text(id));
      const by: StepConfirmedBy | null =
        c?.confirmedBy === 'station' || c?.confirmedBy === 'technician' ? c.confirmedBy : null;
      const title = current.get(text(id)) ?? text(stored);
      return [{ id: text(id), title, confirmedBy: by, at: c?.at ?? null, by: c?.by ?? '' }];
    });
  }

  private toView(r: Row): RecoveryRunView {
    const id = Number(r.id);
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
      model: HoloLensModel.parse(r.model),
      portPath: textOrNull(r.port_path),
      procedureId: text(r.procedure_id),
      technician: text(r.technician),
      startedAt: text(r.started_at),
      finishedAt: textOrNull(r.finished_at),
      result: result === 'done' || result === 'failed' || result === 'abandoned' ? result : null,
      note: text(r.note),
      steps: this.steps(id, text(r.procedure_id), planned),
    };
  }
}
