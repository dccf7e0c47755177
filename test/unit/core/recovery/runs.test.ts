import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import type { RecoveryRunView } from '../../../../src-main/shared/contract/recovery.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

type TestStation = Awaited<ReturnType<typeof openTestStation>>;
const open: TestStation[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.dispose();
});

async function stationWith(preset: 'hl2' | 'hl1') {
  const station = await openTestStation({ simulate: [{ preset, faults: [] }] });
  open.push(station);
  const handlers = createHandlers(station);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatchCall(handlers, name, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (name: string, input: unknown) => {
    const r = await dispatchCall(handlers, name, input);
    if (r.ok) throw new Error(`${name} should have failed`);
    return r.error;
  };
  const devices = await waitFor(() => (station.registry.list().length === 1 ? station.registry.list() : null));
  return { station, call, fail, device: devices[0]! };
}

describe('recovery runs in the ledger', () => {
  it('recovery runs: migration 9 creates the recovery tables after the existing ones', () => {
    const dir = tempDir();
    const db = openLedgerDb(dir.path);
    const versions = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(versions).toContainEqual({ version: 9, name: 'recovery runs' });
    expect(Math.max(...MIGRATIONS.map((m) => m.version))).toBeGreaterThanOrEqual(9);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['recovery_runs', 'recovery_run_steps']));
    db.close();
    dir.remove();
  });

  it('recovery runs: record the procedure, each step confirmed by the station or by the tech, who, when, and the result', async () => {
    const { call, device } = await stationWith('hl2');
    await call('updateSettings', { technician: 'Ada' });
    const run = await call<RecoveryRunView>('startRecoveryRun', {
      deviceId: device.id,
      procedureId: 'hololens2-flashing-mode',
    });
    expect(run).toMatchObject({ procedureId: 'hololens2-flashing-mode', model: 'hololens2', technician: 'Ada' });
    expect(run.steps.every((s) => s.confirmedBy === null)).toBe(true);
    const [first, second] = run.steps;
    await call('confirmRecoveryStep', { runId: run.id, stepId: first!.id, confirmedBy: 'station' });
    const after = await call<RecoveryRunView>('confirmRecoveryStep', {
      runId: run.id,
      stepId: second!.id,
      confirmedBy: 'technician',
    });
    expect(after.steps[0]).toMatchObject({ confirmedBy: 'station', by: 'station' });
    expect(after.steps[1]).toMatchObject({ confirmedBy: 'technician', by: 'Ada' });
    expect(after.steps[1]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);

    // A step the station saw stays the station's, even if the tech also says it is done.
    const again = await call<RecoveryRunView>('confirmRecoveryStep', {
      runId: run.id,
      stepId: first!.id,
      confirmedBy: 'technician',
    });
    expect(again.steps[0]?.confirmedBy).toBe('station');

    const done = await call<RecoveryRunView>('finishRecoveryRun', { runId: run.id, result: 'done', note: 'ok' });
    expect(done.result).toBe('done');
    expect(done.finishedAt).not.toBeNull();
    const history = await call<RecoveryRunView[]>('recoveryHistory', { deviceId: device.id });
    expect(history.map((r) => r.id)).toEqual([run.id]);
  });

  it('recovery runs: refuse an unknown procedure, an unknown step, and changes after the finish', async () => {
    const { call, fail, device } = await stationWith('hl1');
    expect(await fail('startRecoveryRun', { deviceId: device.id, procedureId: 'hololens3-reset' })).toMatchObject({
      code: 'procedure-unknown',
    });
    const run = await call<RecoveryRunView>('startRecoveryRun', {
      deviceId: device.id,
      procedureId: 'hololens1-reset',
    });
    expect(
      await fail('confirmRecoveryStep', { runId: run.id, stepId: 'nope', confirmedBy: 'technician' }),
    ).toMatchObject({ code: 'run-step-unknown' });
    await call('finishRecoveryRun', { runId: run.id, result: 'abandoned' });
    expect(
      await fail('confirmRecoveryStep', { runId: run.id, stepId: run.steps[0]!.id, confirmedBy: 'technician' }),
    ).toMatchObject({ code: 'run-finished' });
  });
});
