/** Enrollment runs kept in the ledger: started, steps ticked (when, by whom), finished with a result. */
import type { EnrollmentRunResult, EnrollmentRunView } from '../../shared/contract/enrollment.ts';
import { EnrollmentFacts } from '../../shared/contract/enrollment-facts.ts';
import { EnrolledVia, PathId, UnenrollMethod } from '../../shared/contract/enrollment-plan.ts';
import { ChecklistRuns, type ChecklistRun, type ChecklistRunKind } from '../ledger/checklist-runs.ts';
import { parseJsonObject, textOrNull, type Ledger } from '../ledger/ledger.ts';
import { say } from '../language.ts';
import type { StoredWords } from '../ledger/words.ts';

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
  /** The planned steps: the title as said, and the key it was said from (said again when the run is read). */
  steps: { id: string; title: string; titleWords?: StoredWords }[];
  technician: string;
}

/** A step's mark is a tick: done (1) or taken back (0). */
const ENROLLMENT_RUNS: ChecklistRunKind<EnrollmentRunResult, boolean> = {
  runsTable: 'enrollment_runs',
  stepsTable: 'enrollment_run_steps',
  results: ['enrolled', 'failed', 'abandoned'],
  markColumn: 'done',
  readMark: (stored) => Number(stored) === 1,
  refusals: {
    finished: () => ({ title: say('records:run-finished.title'), message: say('records:run-finished.message') }),
    stepUnknown: (stepId) => ({
      title: say('records:run-step-unknown.title'),
      message: say('records:run-step-unknown.message', { stepId }),
    }),
    notFound: (runId) => ({
      title: say('records:run-not-found.title'),
      message: say('records:run-not-found.message', { runId }),
    }),
  },
};

export class EnrollmentRuns {
  private readonly runs: ChecklistRuns<EnrollmentRunResult, boolean>;

  constructor(ledger: Ledger) {
    this.runs = new ChecklistRuns(ledger, ENROLLMENT_RUNS);
  }

  start(run: NewRun): EnrollmentRunView {
    const id = this.runs.start({
      deviceKey: run.deviceKey,
      deviceId: run.deviceId,
      serial: run.serial,
      portPath: run.portPath,
      steps: run.steps,
      technician: run.technician,
      columns: {
        model: run.model,
        path: run.path,
        planned_enrolled_via: run.plannedEnrolledVia,
        unenroll: run.unenroll,
        facts_json: JSON.stringify(run.facts),
      },
    });
    return this.get(id);
  }

  /** Ticks (or unticks) one planned step. Refused once the run is finished or for a step the plan does not have. */
  recordStep(runId: number, stepId: string, done: boolean, by: string): EnrollmentRunView {
    this.runs.plannedStep(this.runs.open(runId), stepId);
    this.runs.mark(runId, stepId, done ? 1 : 0, by);
    return this.get(runId);
  }

  finish(runId: number, result: EnrollmentRunResult, note: string): EnrollmentRunView {
    const run = toView(this.runs.open(runId));
    this.runs.finish(runId, result, note, { enrolled_via: result === 'enrolled' ? run.plannedEnrolledVia : null });
    return this.get(runId);
  }

  get(runId: number): EnrollmentRunView {
    return toView(this.runs.get(runId));
  }

  /** Every run of a device, newest first: by its ledger key, or by its serial number under any USB identity. */
  forDevice(deviceKey: string, serial: string | null): EnrollmentRunView[] {
    return this.runs.forDevice(deviceKey, serial).map(toView);
  }

  /** The last run that left the device enrolled, or null when the ledger has none. */
  lastEnrolled(deviceKey: string, serial: string | null): EnrollmentRunView | null {
    return this.forDevice(deviceKey, serial).find((r) => r.result === 'enrolled') ?? null;
  }
}

function toView(run: ChecklistRun<EnrollmentRunResult, boolean>): EnrollmentRunView {
  const { row: r, steps, ...common } = run;
  const facts = EnrollmentFacts.safeParse(parseJsonObject(r.facts_json));
  const enrolledVia = EnrolledVia.safeParse(r.enrolled_via);
  return {
    id: common.id,
    deviceKey: common.deviceKey,
    deviceId: common.deviceId,
    serial: common.serial,
    model: textOrNull(r.model),
    portPath: common.portPath,
    path: PathId.parse(r.path),
    plannedEnrolledVia: EnrolledVia.parse(r.planned_enrolled_via),
    enrolledVia: enrolledVia.success ? enrolledVia.data : null,
    unenroll: UnenrollMethod.parse(r.unenroll),
    facts: facts.success ? facts.data : {},
    technician: common.technician,
    startedAt: common.startedAt,
    finishedAt: common.finishedAt,
    result: common.result,
    note: common.note,
    steps: steps.map((s) => ({ id: s.id, title: s.title, done: s.mark ?? false, at: s.at, by: s.by })),
  };
}
