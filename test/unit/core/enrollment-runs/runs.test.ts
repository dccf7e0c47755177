import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { EnrollmentRuns } from '../../../../src-main/core/enrollment-runs/repository.ts';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import type { EnrollmentRunView, UnenrollAdvice } from '../../../../src-main/shared/contract/enrollment.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

type TestStation = Awaited<ReturnType<typeof openTestStation>>;
const open: TestStation[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.dispose();
});

async function stationWith(presets: ('hl2' | 'hl1' | 'hl2-oobe')[]) {
  const station = await openTestStation({ simulate: presets.map((preset) => ({ preset, faults: [] })) });
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
  const devices = await waitFor(() =>
    station.registry.list().length === presets.length ? station.registry.list() : null,
  );
  return { station, handlers, call, fail, devices };
}

const SHARED_PILOT = { identity: 'entra', users: 'multi', stage: 'pilot' } as const;

describe('enrollment runs in the ledger', () => {
  it('migration 3 creates the enrollment tables, next to the others', () => {
    const dir = tempDir();
    const db = openLedgerDb(dir.path);
    const versions = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(versions).toContainEqual({ version: 3, name: 'enrollment runs' });
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      [...new Set(MIGRATIONS.map((m) => m.version))].sort((a, b) => a - b),
    );
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['enrollment_runs', 'enrollment_run_steps']));
    db.close();
    dir.remove();
  });

  it('records path, facts, steps ticked with times, by whom, start, finish and how it was enrolled', async () => {
    const { call, devices, station } = await stationWith(['hl2']);
    await call('updateSettings', { technician: 'Ada' });
    const device = devices[0]!;
    const { run, plan } = await call<{ run: EnrollmentRunView; plan: { path: string; steps: { id: string }[] } }>(
      'startEnrollmentRun',
      { deviceId: device.id, facts: SHARED_PILOT },
    );
    expect(plan.path).toBe('entra-oobe');
    expect(run).toMatchObject({
      path: 'entra-oobe',
      technician: 'Ada',
      serial: device.serialNumber,
      model: 'hololens2',
      result: null,
      enrolledVia: null,
      plannedEnrolledVia: 'entra',
      unenroll: 'reset-or-reflash',
    });
    expect(run.facts).toMatchObject({ ...SHARED_PILOT, model: 'hololens2' });
    expect(run.steps.map((s) => s.id)).toEqual(plan.steps.map((s) => s.id));
    const first = plan.steps[0]!.id;
    const ticked = await call<EnrollmentRunView>('recordEnrollmentStep', { runId: run.id, stepId: first, done: true });
    expect(ticked.steps[0]).toMatchObject({ id: first, done: true, by: 'Ada' });
    expect(ticked.steps[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const finished = await call<EnrollmentRunView>('finishEnrollmentRun', { runId: run.id, result: 'enrolled' });
    expect(finished).toMatchObject({ result: 'enrolled', enrolledVia: 'entra' });
    expect(finished.finishedAt).not.toBeNull();
    const history = await call<EnrollmentRunView[]>('enrollmentHistory', { deviceId: device.id });
    expect(history.map((r) => r.id)).toEqual([run.id]);
    const events = station.ledger.events(station.registry.get(device.id)!.ledgerKey).map((e) => e.kind);
    expect(events).toEqual(expect.arrayContaining(['enrollment-started', 'enrollment-finished']));
  });

  it('a finished run cannot be changed, and a step the plan does not have is refused', async () => {
    const { call, fail, devices } = await stationWith(['hl2']);
    const { run } = await call<{ run: EnrollmentRunView }>('startEnrollmentRun', {
      deviceId: devices[0]!.id,
      facts: SHARED_PILOT,
    });
    expect((await fail('recordEnrollmentStep', { runId: run.id, stepId: 'fly', done: true })).code).toBe(
      'run-step-unknown',
    );
    await call('finishEnrollmentRun', { runId: run.id, result: 'failed' });
    expect((await fail('finishEnrollmentRun', { runId: run.id, result: 'enrolled' })).code).toBe('run-finished');
    expect((await fail('recordEnrollmentStep', { runId: run.id, stepId: run.steps[0]!.id, done: true })).code).toBe(
      'run-finished',
    );
    expect((await fail('finishEnrollmentRun', { runId: 999, result: 'enrolled' })).code).toBe('run-not-found');
  });

  it('a blocked plan is never started, and the device model wins over a wrong one', async () => {
    const { fail, devices } = await stationWith(['hl2']);
    const id = devices[0]!.id;
    const blocked = await fail('startEnrollmentRun', {
      deviceId: id,
      facts: { identity: 'msa', users: 'multi', stage: 'pilot' },
    });
    expect(blocked.code).toBe('plan-blocked');
    const wrong = await fail('startEnrollmentRun', { deviceId: id, facts: { ...SHARED_PILOT, model: 'hololens1' } });
    expect(wrong.code).toBe('facts-mismatch');
    expect((await fail('startEnrollmentRun', { deviceId: 'usb-nope', facts: SHARED_PILOT })).code).toBe(
      'device-not-found',
    );
    expect((await fail('startEnrollmentRun', { deviceId: id, facts: { colour: 'red' } })).code).toBe('invalid-input');
  });

  it('the refusals are worded in the station language, the port and model names as they are', async () => {
    const { fail, devices } = await stationWith(['hl2']);
    const device = devices[0]!;
    setStationLanguage('de');
    try {
      const wrong = await fail('startEnrollmentRun', {
        deviceId: device.id,
        facts: { ...SHARED_PILOT, model: 'hololens1' },
      });
      expect(wrong).toMatchObject({
        title: 'Das Modell passt nicht zum Gerät',
        message: `Das Gerät an Port ${device.portPath} ist eine HoloLens 2: Planen Sie erneut für dieses Modell.`,
      });
      const blocked = await fail('startEnrollmentRun', {
        deviceId: device.id,
        facts: { identity: 'msa', users: 'multi', stage: 'pilot' },
      });
      expect(blocked.title).toBe('Der Plan ist blockiert');
      expect(blocked.message).toMatch(/^Beheben Sie zuerst Folgendes: \S/);
    } finally {
      setStationLanguage('en');
    }
  });

  it.each([
    ['autopilot', { identity: 'entra', users: 'multi', stage: 'production' }, false],
    ['entra', SHARED_PILOT, false],
    ['msa-work-account', { identity: 'msa', users: 'single', stage: 'poc' }, true],
  ] as const)(
    'unenroll advice reads the ledger: enrolled via %s -> Disconnect works: %s',
    async (via, facts, works) => {
      const { call, devices } = await stationWith(['hl2']);
      const id = devices[0]!.id;
      const before = await call<UnenrollAdvice>('unenrollAdvice', { deviceId: id });
      expect(before).toMatchObject({ enrolledVia: null, disconnectWorks: null, plan: null });
      const { run } = await call<{ run: EnrollmentRunView }>('startEnrollmentRun', { deviceId: id, facts });
      await call('finishEnrollmentRun', { runId: run.id, result: 'enrolled' });
      const advice = await call<UnenrollAdvice>('unenrollAdvice', { deviceId: id });
      expect(advice.enrolledVia).toBe(via);
      expect(advice.disconnectWorks).toBe(works);
      expect(advice.plan?.method).toBe(works ? 'settings-disconnect' : 'reset-or-reflash');
      if (via === 'autopilot') expect(advice.plan?.reason).toContain('only a reset or reflash');
      // The date in the shape of the language (English: "Dec 4, 2026, 10:00 AM"), not an ISO stamp.
      expect(advice.message).toMatch(/^Enrolled here on [A-Z][a-z]{2} \d{1,2}, \d{4}, /);
    },
  );

  it('the same device in flashing mode (another USB identity) is found by its serial number', async () => {
    const { station, call, devices } = await stationWith(['hl2']);
    const id = devices[0]!.id;
    const { run } = await call<{ run: EnrollmentRunView }>('startEnrollmentRun', { deviceId: id, facts: SHARED_PILOT });
    await call('finishEnrollmentRun', { runId: run.id, result: 'enrolled' });
    const runs = new EnrollmentRuns(station.ledger);
    expect(runs.lastEnrolled('sn:045E:F0B2:other-key', devices[0]!.serialNumber)?.id).toBe(run.id);
    expect(runs.lastEnrolled('sn:045E:F0B2:other-key', null)).toBeNull();
  });

  it('deviceFacts are what the device told over USB (descriptors and MTP), never the simulator state', async () => {
    const { call, devices, station } = await stationWith(['hl2-oobe']);
    const deviceId = devices[0]!.id;
    await station.connections.settled(3000);
    const known = await call<{ facts: Record<string, unknown>; sources: Record<string, string> }>('deviceFacts', {
      deviceId,
    });
    expect(known.facts).toEqual({ model: 'hololens2', batteryPercent: 87, build: '22621.1244' });
    expect(new Set(Object.values(known.sources))).toEqual(new Set(['read over USB']));
    // A battery change reaches the planner only through the device's MTP session (its event, then a new read).
    station.simulatedDevice(deviceId)!.setBattery(33);
    await waitFor(() => station.registry.get(deviceId)!.view.batteryPercent === 33, 3000, 'battery over MTP');
    expect((await call<{ facts: Record<string, unknown> }>('deviceFacts', { deviceId })).facts.batteryPercent).toBe(33);
  });

  it('knowledge calls answer offline', async () => {
    const { call } = await stationWith([]);
    const found = await call<{ code: string; entry: { code: string } | null }>('lookupError', { code: '-2145910764' });
    expect(found.code).toBe('0x80180014');
    expect(found.entry?.code).toBe('0x80180014');
    expect(await call('lookupError', { code: 'nope' })).toMatchObject({ code: null, entry: null });
    expect((await call<{ kind: string }[]>('searchKnowledge', { query: 'middle light' }))[0]?.kind).toBe('led');
    expect((await call<unknown[]>('recoveryProcedures', { model: 'hololens1' })).length).toBe(5);
    expect((await call<unknown[]>('checklist', {})).length).toBe(4);
    expect(await call('resetForReuse', {})).toMatchObject({ errorCode: '0x80180014' });
    expect(await call('planUnenroll', { enrolledVia: 'entra', model: 'hololens2' })).toMatchObject({
      method: 'reset-or-reflash',
    });
    expect(await call('planEnrollment', { model: 'hololens2', ...SHARED_PILOT })).toMatchObject({
      path: 'entra-oobe',
      pathTitle: 'Entra join during first setup',
    });
  });
});
