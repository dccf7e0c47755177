/**
 * A checklist run in the ledger: a technician follows a list of steps for one device (an enrollment plan, a
 * recovery procedure), each step is marked with when and by whom, and the run is finished once with a result.
 * Enrollment and recovery runs keep this lifecycle in tables of the same shape; each kind adds its own columns
 * and its own mark (a tick, a confirmation), and words its refusals for its screen.
 */
import type { SQLInputValue } from 'node:sqlite';
import { StationError } from '../../shared/errors.ts';
import { text, textOrNull, type Ledger } from './ledger.ts';
import { sayStored, type StoredWords } from './words.ts';

type Row = Record<string, unknown>;

export interface Wording {
  title: string;
  message: string;
}

/** One kind of run: its tables, the results it may end with, how its mark is stored, and its words. */
export interface ChecklistRunKind<Result extends string, Mark> {
  /** One row per run; and one row per marked step, keyed by (run_id, step_id). */
  runsTable: string;
  stepsTable: string;
  results: readonly Result[];
  /** The step column that says how the step was marked. */
  markColumn: string;
  /** The stored mark, narrowed; null when it is none this kind knows. */
  readMark(stored: unknown): Mark | null;
  /** Words in the station's language at the moment of the refusal. */
  refusals: {
    finished(): Wording;
    stepUnknown(stepId: string): Wording;
    notFound(runId: number): Wording;
  };
}

export interface PlannedStep {
  id: string;
  title: string;
  /** The catalog key the title was said from, when the run kept it (./words.ts): said again when read. */
  titleWords?: StoredWords;
}

export interface NewChecklistRun {
  deviceKey: string;
  deviceId: string | null;
  serial: string | null;
  portPath: string | null;
  steps: PlannedStep[];
  technician: string;
  /** The kind's own columns (model, plan, procedure, ...). */
  columns: Record<string, SQLInputValue>;
}

/** A step as planned when the run started, with its mark if it has one. */
export interface ChecklistStep<Mark> extends PlannedStep {
  /** Null when never marked, or marked in a way this kind does not know. */
  mark: Mark | null;
  /** When it was last marked; null when never. */
  at: string | null;
  by: string;
}

/** The columns every kind has, read; `row` holds the whole row for the kind's own columns. */
export interface ChecklistRun<Result extends string, Mark> {
  id: number;
  deviceKey: string;
  deviceId: string | null;
  serial: string | null;
  portPath: string | null;
  technician: string;
  startedAt: string;
  finishedAt: string | null;
  result: Result | null;
  note: string;
  steps: ChecklistStep<Mark>[];
  row: Row;
}

/** Table and column names come from the kinds in code, never from input. */
export class ChecklistRuns<Result extends string, Mark> {
  private readonly ledger: Ledger;
  private readonly kind: ChecklistRunKind<Result, Mark>;

  constructor(ledger: Ledger, kind: ChecklistRunKind<Result, Mark>) {
    this.ledger = ledger;
    this.kind = kind;
  }

  /** Inserts the run, started now, and returns its id. */
  start(run: NewChecklistRun): number {
    const values: Record<string, SQLInputValue> = {
      device_key: run.deviceKey,
      device_id: run.deviceId,
      serial: run.serial,
      port_path: run.portPath,
      ...run.columns,
      steps_json: JSON.stringify(run.steps),
      technician: run.technician,
      started_at: this.ledger.stamp(),
    };
    const names = Object.keys(values);
    const result = this.ledger.db
      .prepare(`INSERT INTO ${this.kind.runsTable} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...Object.values(values));
    return Number(result.lastInsertRowid);
  }

  get(runId: number): ChecklistRun<Result, Mark> {
    const row = this.ledger.db.prepare(`SELECT * FROM ${this.kind.runsTable} WHERE id = ?`).get(runId);
    if (!row) this.refuse('run-not-found', this.kind.refusals.notFound(runId));
    return this.read(row);
  }

  /** The run, if it is still open: a finished run is never changed. */
  open(runId: number): ChecklistRun<Result, Mark> {
    const run = this.get(runId);
    if (run.finishedAt !== null) this.refuse('run-finished', this.kind.refusals.finished());
    return run;
  }

  /** The planned step of an open run; a step the run did not plan is refused. */
  plannedStep(run: ChecklistRun<Result, Mark>, stepId: string): ChecklistStep<Mark> {
    const step = run.steps.find((s) => s.id === stepId);
    if (!step) this.refuse('run-step-unknown', this.kind.refusals.stepUnknown(stepId));
    return step;
  }

  /** Marks a step now (a second mark replaces the first). The caller has checked the run is open and plans it. */
  mark(runId: number, stepId: string, mark: SQLInputValue, by: string): void {
    const { stepsTable, markColumn } = this.kind;
    this.ledger.db
      .prepare(
        `INSERT INTO ${stepsTable} (run_id, step_id, ${markColumn}, at, by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(run_id, step_id) DO UPDATE SET ${markColumn} = excluded.${markColumn}, at = excluded.at,
                                                    by = excluded.by`,
      )
      .run(runId, stepId, mark, this.ledger.stamp(), by);
  }

  /** Finishes an open run now, with the kind's own columns set alongside. */
  finish(runId: number, result: Result, note: string, columns: Record<string, SQLInputValue> = {}): void {
    const values: Record<string, SQLInputValue> = { finished_at: this.ledger.stamp(), result, ...columns, note };
    const names = Object.keys(values);
    this.ledger.db
      .prepare(`UPDATE ${this.kind.runsTable} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`)
      .run(...Object.values(values), runId);
  }

  /** Every run of a device, newest first: by its ledger key, or by its serial number under any USB identity. */
  forDevice(deviceKey: string, serial: string | null): ChecklistRun<Result, Mark>[] {
    return this.ledger.db
      .prepare(
        `SELECT * FROM ${this.kind.runsTable} WHERE device_key = ? OR (? IS NOT NULL AND serial = ?) ORDER BY id DESC`,
      )
      .all(deviceKey, serial, serial)
      .map((r) => this.read(r));
  }

  private refuse(code: string, words: Wording): never {
    throw new StationError(code, words.title, words.message);
  }

  private read(r: Row): ChecklistRun<Result, Mark> {
    const id = Number(r.id);
    const result = text(r.result);
    return {
      id,
      deviceKey: text(r.device_key),
      deviceId: textOrNull(r.device_id),
      serial: textOrNull(r.serial),
      portPath: textOrNull(r.port_path),
      technician: text(r.technician),
      startedAt: text(r.started_at),
      finishedAt: textOrNull(r.finished_at),
      result: this.kind.results.find((known) => known === result) ?? null,
      note: text(r.note),
      steps: this.steps(id, r.steps_json),
      row: r,
    };
  }

  /** The steps as planned when the run started (the stored list, read leniently), each with its mark. */
  private steps(runId: number, stored: unknown): ChecklistStep<Mark>[] {
    const { stepsTable, markColumn } = this.kind;
    const marks = new Map(
      this.ledger.db
        .prepare(`SELECT step_id, ${markColumn} AS mark, at, by FROM ${stepsTable} WHERE run_id = ?`)
        .all(runId)
        .map((r) => [text(r.step_id), { mark: this.kind.readMark(r.mark), at: text(r.at), by: text(r.by) }]),
    );
    return plannedSteps(stored).map((step) => {
      const marked = marks.get(step.id);
      return { ...step, mark: marked?.mark ?? null, at: marked?.at ?? null, by: marked?.by ?? '' };
    });
  }
}

/** The stored list of planned steps; unreadable JSON is no steps, and an entry that is no object is passed over. */
function plannedSteps(stored: unknown): PlannedStep[] {
  let list: unknown;
  try {
    list = JSON.parse(text(stored));
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return [];
    const { id, title, titleWords } = p as { id?: unknown; title?: unknown; titleWords?: unknown };
    // Said again in today's language from the kept key; a run written before keys were kept has its text.
    return [{ id: text(id), title: sayStored(titleWords, text(title)) }];
  });
}
