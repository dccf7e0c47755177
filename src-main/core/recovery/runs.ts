/**
 * Recovery runs kept in the ledger, like enrollment runs: started for a device and a procedure, each step confirmed
 * by the station (seen on the bus) or by the technician (said done), who and when, then finished with a result.
 * A step the station confirmed stays the station's: a later "done" from the technician does not overwrite it,
 * so the record never claims less than the station saw, nor more.
 */
import { StationError } from '../../shared/errors.ts';
import { ChecklistRuns, type ChecklistRun, type ChecklistRunKind } from '../ledger/checklist-runs.ts';
import { text, type Ledger } from '../ledger/ledger.ts';
import { procedureById } from './procedures.ts';
import { words } from './words.ts';
import { HoloLensModel } from '../../shared/contract/enrollment-plan.ts';
import type { RecoveryRunResult, RecoveryRunView, StepConfirmedBy } from '../../shared/contract/recovery.ts';

export interface NewRecoveryRun {
  deviceKey: string;
  deviceId: string | null;
  serial: string | null;
  portPath: string | null;
  procedureId: string;
  technician: string;
}

/** A step's mark is who confirmed it: the station (seen on the bus) or the technician (said done). */
const RECOVERY_RUNS: ChecklistRunKind<RecoveryRunResult, StepConfirmedBy> = {
  runsTable: 'recovery_runs',
  stepsTable: 'recovery_run_steps',
  results: ['done', 'failed', 'abandoned'],
  markColumn: 'confirmed_by',
  readMark: (stored) => (stored === 'station' || stored === 'technician' ? stored : null),
  refusals: {
    finished: () => ({ title: words('error.run-finished.title'), message: words('error.run-finished.message') }),
    stepUnknown: (id) => ({ title: words('error.no-step.title'), message: words('error.no-step.message', { id }) }),
    notFound: (id) => ({
      title: words('error.run-not-found.title'),
      message: words('error.run-not-found.message', { id }),
    }),
  },
};

export class RecoveryRuns {
  private readonly runs: ChecklistRuns<RecoveryRunResult, StepConfirmedBy>;

  constructor(ledger: Ledger) {
    this.runs = new ChecklistRuns(ledger, RECOVERY_RUNS);
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
    const id = this.runs.start({
      deviceKey: run.deviceKey,
      deviceId: run.deviceId,
      serial: run.serial,
      portPath: run.portPath,
      steps: procedure.steps.map((s) => ({ id: s.id, title: s.title })),
      technician: run.technician,
      columns: { model: procedure.model, procedure_id: procedure.id },
    });
    return this.get(id);
  }

  /** Confirms one step of the procedure. Refused once the run is finished or for a step the procedure lacks. */
  confirmStep(runId: number, stepId: string, confirmedBy: StepConfirmedBy, by: string): RecoveryRunView {
    const run = this.runs.open(runId);
    if (this.runs.plannedStep(run, stepId).mark === 'station') return toView(run);
    this.runs.mark(runId, stepId, confirmedBy, confirmedBy === 'station' ? 'station' : by);
    return this.get(runId);
  }

  finish(runId: number, result: RecoveryRunResult, note: string): RecoveryRunView {
    this.runs.open(runId);
    this.runs.finish(runId, result, note);
    return this.get(runId);
  }

  get(runId: number): RecoveryRunView {
    return toView(this.runs.get(runId));
  }

  /** Every recovery of a device, newest first: by its ledger key, or by its serial number under any USB identity. */
  forDevice(deviceKey: string, serial: string | null): RecoveryRunView[] {
    return this.runs.forDevice(deviceKey, serial).map(toView);
  }
}

/**
 * The steps as planned when the run started, titled in today's language where the procedure still has the step
 * (the ledger keeps the title it started with, for a step a later version dropped).
 */
function toView(run: ChecklistRun<RecoveryRunResult, StepConfirmedBy>): RecoveryRunView {
  const { row: r, steps, ...common } = run;
  const procedureId = text(r.procedure_id);
  const current = new Map(procedureById(procedureId)?.steps.map((s) => [s.id, s.title]));
  return {
    id: common.id,
    deviceKey: common.deviceKey,
    deviceId: common.deviceId,
    serial: common.serial,
    model: HoloLensModel.parse(r.model),
    portPath: common.portPath,
    procedureId,
    technician: common.technician,
    startedAt: common.startedAt,
    finishedAt: common.finishedAt,
    result: common.result,
    note: common.note,
    steps: steps.map((s) => ({
      id: s.id,
      title: current.get(s.id) ?? s.title,
      confirmedBy: s.mark,
      at: s.at,
      by: s.by,
    })),
  };
}
