/**
 * The rules every checklist run in the ledger follows, whatever its kind: an enrollment run (steps ticked) and a
 * recovery run (steps confirmed by the station or the technician) are started, marked, finished and listed alike.
 * Each row of the table drives one kind through its own repository on a real SQLite ledger.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EnrollmentRuns } from '../../../../src-main/core/enrollment-runs/repository.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { RecoveryRuns } from '../../../../src-main/core/recovery/runs.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { tempDir } from '../../../support/station.ts';

interface Device {
  deviceKey: string;
  serial: string | null;
}

/** What both kinds of run view have in common, as far as these rules look. */
interface AnyRun {
  id: number;
  deviceKey: string;
  serial: string | null;
  portPath: string | null;
  technician: string;
  startedAt: string;
  finishedAt: string | null;
  result: string | null;
  note: string;
  steps: { id: string; title: string; at: string | null; by: string }[];
}

interface RunsOfOneKind {
  start(device: Device): AnyRun;
  mark(runId: number, stepId: string, by: string): AnyRun;
  finish(runId: number, note: string): AnyRun;
  get(runId: number): AnyRun;
  forDevice(deviceKey: string, serial: string | null): AnyRun[];
}

interface RunKind {
  kind: string;
  runsTable: string;
  stepsTable: string;
  /** The result `finish` gives in this table (each kind has its own word for "it worked"). */
  result: string;
  open(ledger: Ledger): RunsOfOneKind;
  /** Whether a step of a view counts as marked (ticked done, or confirmed). */
  marked(run: AnyRun, stepId: string): boolean;
}

const KINDS: RunKind[] = [
  {
    kind: 'enrollment',
    runsTable: 'enrollment_runs',
    stepsTable: 'enrollment_run_steps',
    result: 'enrolled',
    open(ledger) {
      const runs = new EnrollmentRuns(ledger);
      return {
        start: (d) =>
          runs.start({
            ...d,
            deviceId: 'usb-1',
            model: 'hololens2',
            portPath: '1-4',
            path: 'entra-oobe',
            plannedEnrolledVia: 'entra',
            unenroll: 'reset-or-reflash',
            facts: { model: 'hololens2', identity: 'entra', users: 'multi', stage: 'pilot' },
            steps: [
              { id: 'first', title: 'First' },
              { id: 'second', title: 'Second' },
            ],
            technician: 'Ada',
          }),
        mark: (runId, stepId, by) => runs.recordStep(runId, stepId, true, by),
        finish: (runId, note) => runs.finish(runId, 'enrolled', note),
        get: (runId) => runs.get(runId),
        forDevice: (key, serial) => runs.forDevice(key, serial),
      };
    },
    marked: (run, stepId) =>
      (run as unknown as { steps: { id: string; done: boolean }[] }).steps.some((s) => s.id === stepId && s.done),
  },
  {
    kind: 'recovery',
    runsTable: 'recovery_runs',
    stepsTable: 'recovery_run_steps',
    result: 'done',
    open(ledger) {
      const runs = new RecoveryRuns(ledger);
      return {
        start: (d) =>
          runs.start({ ...d, deviceId: 'usb-1', portPath: '1-4', procedureId: 'hololens2-reset', technician: 'Ada' }),
        mark: (runId, stepId, by) => runs.confirmStep(runId, stepId, 'technician', by),
        finish: (runId, note) => runs.finish(runId, 'done', note),
        get: (runId) => runs.get(runId),
        forDevice: (key, serial) => runs.forDevice(key, serial),
      };
    },
    marked: (run, stepId) =>
      (run as unknown as { steps: { id: string; confirmedBy: string | null }[] }).steps.some(
        (s) => s.id === stepId && s.confirmedBy !== null,
      ),
  },
];

const dirs: { remove(): void }[] = [];
const ledgers: Ledger[] = [];
afterEach(() => {
  ledgers.splice(0).forEach((l) => l.close());
  dirs.splice(0).forEach((d) => d.remove());
});

/** A ledger on a temp folder whose clock moves one minute a reading, so every stamp is known and distinct. */
function openLedger(): { ledger: Ledger; stamps: string[] } {
  const dir = tempDir();
  dirs.push(dir);
  let minute = 0;
  const stamps: string[] = [];
  const ledger = Ledger.open(dir.path, () => {
    const at = new Date(Date.UTC(2026, 11, 5, 9, minute++));
    stamps.push(at.toISOString());
    return at;
  });
  ledgers.push(ledger);
  return { ledger, stamps };
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof StationError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

const HL2: Device = { deviceKey: 'sn:045E:F0B2:A1', serial: 'A1' };

describe.each(KINDS)('checklist runs in the ledger: $kind runs', (kind) => {
  it('a started run is open, stamped by the ledger clock, with its planned steps and none marked', () => {
    const { ledger, stamps } = openLedger();
    const runs = kind.open(ledger);
    const run = runs.start(HL2);
    expect(run).toMatchObject({
      deviceKey: HL2.deviceKey,
      serial: 'A1',
      portPath: '1-4',
      technician: 'Ada',
      startedAt: stamps[0],
      finishedAt: null,
      result: null,
      note: '',
    });
    expect(run.steps.length).toBeGreaterThan(1);
    expect(run.steps.every((s) => s.at === null && s.by === '' && s.title !== '')).toBe(true);
    expect(run.steps.some((s) => kind.marked(run, s.id))).toBe(false);
    expect(runs.get(run.id)).toEqual(run);
  });

  it('marking a step keeps when and by whom, and leaves the other steps as they were', () => {
    const { ledger, stamps } = openLedger();
    const runs = kind.open(ledger);
    const run = runs.start(HL2);
    const [first, second] = run.steps;
    const after = runs.mark(run.id, first!.id, 'Grace');
    expect(kind.marked(after, first!.id)).toBe(true);
    expect(after.steps[0]).toMatchObject({ id: first!.id, title: first!.title, at: stamps[1], by: 'Grace' });
    expect(kind.marked(after, second!.id)).toBe(false);
    expect(after.steps[1]).toMatchObject({ at: null, by: '' });
  });

  it('a step the run did not plan is refused and nothing is written', () => {
    const { ledger } = openLedger();
    const runs = kind.open(ledger);
    const run = runs.start(HL2);
    expect(refusal(() => runs.mark(run.id, 'fly', 'Ada'))).toBe('run-step-unknown');
    expect(ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${kind.stepsTable}`).get()?.n).toBe(0);
  });

  it('a finished run keeps its result, note and time, and refuses any further step or finish', () => {
    const { ledger, stamps } = openLedger();
    const runs = kind.open(ledger);
    const run = runs.start(HL2);
    const done = runs.finish(run.id, 'went well');
    expect(done).toMatchObject({ result: kind.result, note: 'went well', finishedAt: stamps[1] });
    expect(refusal(() => runs.mark(run.id, run.steps[0]!.id, 'Ada'))).toBe('run-finished');
    expect(refusal(() => runs.finish(run.id, 'again'))).toBe('run-finished');
    expect(runs.get(run.id)).toEqual(done);
  });

  it('a run the ledger does not have is not found, whatever is asked of it', () => {
    const runs = kind.open(openLedger().ledger);
    expect(refusal(() => runs.get(999))).toBe('run-not-found');
    expect(refusal(() => runs.mark(999, 'first', 'Ada'))).toBe('run-not-found');
    expect(refusal(() => runs.finish(999, ''))).toBe('run-not-found');
  });

  it("a device's history: by its key, or by its serial under another key, newest first", () => {
    const runs = kind.open(openLedger().ledger);
    const older = runs.start(HL2);
    const flashing = runs.start({ deviceKey: 'usb:05C6:9008:1-4', serial: 'A1' });
    const other = runs.start({ deviceKey: 'sn:045E:F0B2:B2', serial: 'B2' });
    const ids = (list: AnyRun[]) => list.map((r) => r.id);
    expect(ids(runs.forDevice(HL2.deviceKey, 'A1'))).toEqual([flashing.id, older.id]);
    expect(ids(runs.forDevice('another-key', 'A1'))).toEqual([flashing.id, older.id]);
    // Without a serial only the key counts: a run with no serial never matches another without one.
    const noSerial = runs.start({ deviceKey: 'usb:045E:0659:2-1', serial: null });
    expect(ids(runs.forDevice('usb:045E:0659:2-1', null))).toEqual([noSerial.id]);
    expect(ids(runs.forDevice('unknown-key', null))).toEqual([]);
    expect(ids(runs.forDevice(other.deviceKey, null))).toEqual([other.id]);
  });

  it('planned steps stored unreadable read back as none, and entries that are no step are passed over', () => {
    const { ledger } = openLedger();
    const runs = kind.open(ledger);
    const run = runs.start(HL2);
    const setSteps = (json: string) =>
      ledger.db.prepare(`UPDATE ${kind.runsTable} SET steps_json = ? WHERE id = ?`).run(json, run.id);
    setSteps('not json');
    expect(runs.get(run.id).steps).toEqual([]);
    setSteps('{"id":"first"}');
    expect(runs.get(run.id).steps).toEqual([]);
    setSteps('[1, null, "x", {"id":"gone","title":"Kept from the start"}]');
    expect(runs.get(run.id).steps).toMatchObject([{ id: 'gone', title: 'Kept from the start', at: null, by: '' }]);
  });
});
