import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCleanup, type CleanupInput } from '../../../../src-main/core/intune/cleanup-run.ts';
import { intuneWorld, type IntuneWorld } from './support.ts';

let w: IntuneWorld;

beforeEach(async () => {
  w = await intuneWorld();
});
afterEach(async () => {
  await w.close();
});

const run = (input: Partial<CleanupInput> & Pick<CleanupInput, 'serial' | 'purpose'>) =>
  runCleanup(
    { graph: w.client(), store: w.store, now: () => new Date('2026-12-04T12:00:00Z') },
    { mode: 'run', confirmations: 'all', confirmedBy: '--yes', ...input },
  );

/** An Autopilot device enrolled twice: a current Intune record and a stale one, one Entra device. */
function reusedDevice(serial: string) {
  const stale = w.intune.addManaged(serial, { lastSyncDateTime: '2026-03-01T00:00:00Z' });
  const current = w.intune.addEnrolled(serial);
  return { stale, ...current };
}

describe('clean-up dry run', () => {
  it('lists every Graph request in order and sends no mutating request', async () => {
    const d = reusedDevice('SN100');
    const report = await run({ serial: 'SN100', purpose: 'leave-organization', mode: 'plan' });
    expect(report.state).toBe('planned');
    expect(report.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /deviceManagement/managedDevices/${d.managed.id}/wipe`,
      `DELETE /deviceManagement/managedDevices/${d.managed.id}`,
      `DELETE /deviceManagement/managedDevices/${d.stale.id}`,
      `DELETE /deviceManagement/windowsAutopilotDeviceIdentities/${d.autopilot.id}`,
      `GET /devices/${d.entra.id}`,
      `DELETE /devices/${d.entra.id}`,
    ]);
    expect(report.requests.every((r) => r.permission.length > 0)).toBe(true);
    expect(w.intune.mutations()).toEqual([]);
    expect(w.graph.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('for reuse keeps the Autopilot identity and the Entra device that belongs to it', async () => {
    const d = reusedDevice('SN101');
    const report = await run({ serial: 'SN101', purpose: 'reuse', mode: 'plan' });
    expect(report.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /deviceManagement/managedDevices/${d.managed.id}/wipe`,
      `DELETE /deviceManagement/managedDevices/${d.managed.id}`,
      `DELETE /deviceManagement/managedDevices/${d.stale.id}`,
    ]);
    expect(report.notes.join(' ')).toMatch(/Autopilot identity is kept/);
    expect(report.notes.join(' ')).toMatch(/Entra device .* is kept/);
  });

  it('plans nothing when Graph cannot be reached, and queues nothing', async () => {
    reusedDevice('SN102');
    w.graph.offline = true;
    await expect(run({ serial: 'SN102', purpose: 'reuse', mode: 'plan' })).rejects.toThrow(/without a fresh answer/);
    w.graph.offline = false;
    expect(w.store.openCleanup('SN102', 'reuse')).toBeNull();
  });
});

describe('clean-up run', () => {
  it('goes in the checklist order: lockdown confirmed, wipe, reset seen, Intune, Autopilot, then Entra', async () => {
    const d = reusedDevice('SN200');
    const report = await run({ serial: 'SN200', purpose: 'leave-organization' });
    expect(report.state).toBe('done');
    expect(report.steps.map((s) => s.id)).toEqual([
      'tenant-lockdown-lifted',
      `wipe:${d.managed.id}`,
      'device-reset-seen',
      `delete-intune:${d.managed.id}`,
      `delete-intune:${d.stale.id}`,
      `delete-autopilot:${d.autopilot.id}`,
      `delete-entra:${d.entra.id}`,
    ]);
    expect(w.intune.mutations().map((m) => `${m.method} ${m.status}`)).toEqual([
      'POST 204',
      'DELETE 204',
      'DELETE 204',
      'DELETE 204',
      'DELETE 204',
    ]);
    expect(w.intune.wipes).toEqual([{ id: d.managed.id, body: { keepEnrollmentData: false, keepUserData: false } }]);
    expect(report.confirmed).toEqual(['TenantLockdown is lifted', 'The device has reset']);
    expect(w.intune.managed.size + w.intune.autopilot.size + w.intune.entra.size).toBe(0);
  });

  it('records every request and its answer in the ledger against the serial', async () => {
    reusedDevice('SN201');
    await run({ serial: 'SN201', purpose: 'reuse' });
    const rows = w.store.requests('SN201');
    expect(rows.map((r) => [r.method, r.status])).toEqual(w.graph.requests.map((r) => [r.method, r.status]));
    expect(rows.find((r) => r.method === 'POST')).toMatchObject({
      permission: 'DeviceManagementManagedDevices.PrivilegedOperations.All',
      summary: 'accepted',
    });
    expect(JSON.stringify(rows)).not.toMatch(/eyJ/);
  });

  it('stops at a confirmation the technician has not given, before any mutating request', async () => {
    reusedDevice('SN202');
    const report = await run({ serial: 'SN202', purpose: 'reuse', confirmations: new Set() });
    expect(report.state).toBe('waiting');
    expect(report.message).toMatch(/TenantLockdown/);
    expect(w.intune.mutations()).toEqual([]);
    const next = await run({ serial: 'SN202', purpose: 'reuse', confirmations: new Set(['tenant-lockdown-lifted']) });
    expect(next.state).toBe('waiting');
    expect(next.message).toMatch(/has reset/);
    expect(w.intune.mutations().map((m) => m.method)).toEqual(['POST']);
  });

  it('cut off half-way by the network, resumes without repeating a delete that happened', async () => {
    const d = reusedDevice('SN300');
    // The second delete happens in Intune, then the network goes before its answer arrives.
    w.intune.onDeleted = (id) => {
      if (id === d.stale.id) w.graph.offline = true;
    };
    const first = await run({ serial: 'SN300', purpose: 'leave-organization' });
    expect(first.state).toBe('interrupted');
    expect(first.message).toMatch(/Nothing is queued/);
    expect(first.steps.find((s) => s.id === `delete-intune:${d.stale.id}`)?.state).toBe('sending');
    expect(w.intune.managed.has(d.stale.id)).toBe(false);
    w.intune.onDeleted = null;
    w.graph.offline = false;
    const before = w.graph.requests.length;

    const second = await run({ serial: 'SN300', purpose: 'leave-organization' });
    expect(second).toMatchObject({ state: 'done', resumed: true, cleanupId: first.cleanupId });
    const after = w.graph.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(after).toEqual([
      `GET /v1.0/deviceManagement/managedDevices/${d.stale.id} 404`,
      `DELETE /v1.0/deviceManagement/windowsAutopilotDeviceIdentities/${d.autopilot.id} 204`,
      `GET /v1.0/devices/${d.entra.id} 200`,
      `DELETE /v1.0/devices/${d.entra.id} 204`,
    ]);
    expect(second.steps.find((s) => s.id === `delete-intune:${d.stale.id}`)?.answer).toBe('already gone');
    // The wipe and the first delete, done before the cut, were not sent again.
    expect(w.intune.wipes).toHaveLength(1);
  });

  it('deletes the Entra device only where it remains after the Autopilot identity went', async () => {
    const d = reusedDevice('SN301');
    w.intune.autopilotDeleteRemovesEntra = true;
    const report = await run({ serial: 'SN301', purpose: 'leave-organization' });
    expect(report.state).toBe('done');
    expect(report.steps.at(-1)).toMatchObject({ id: `delete-entra:${d.entra.id}`, answer: 'already gone' });
    expect(w.intune.mutations().filter((m) => m.path.startsWith('/v1.0/devices'))).toEqual([]);
  });

  it('stops with the missing permission named on a 403, and carries on once it is granted', async () => {
    const d = reusedDevice('SN302');
    w.intune.forbidden.add('DELETE /v1.0/deviceManagement/windowsAutopilotDeviceIdentities');
    const first = await run({ serial: 'SN302', purpose: 'leave-organization' });
    expect(first.state).toBe('failed');
    expect(first.error?.message).toContain('DeviceManagementServiceConfig.ReadWrite.All');
    w.intune.forbidden.clear();
    const second = await run({ serial: 'SN302', purpose: 'leave-organization' });
    expect(second.state).toBe('done');
    expect(w.intune.autopilot.has(d.autopilot.id)).toBe(false);
    expect(w.intune.wipes).toHaveLength(1);
  });

  it('wipes one device with retain-enrollment-state off when asked for a wipe alone', async () => {
    const d = w.intune.addEnrolled('SN400');
    const plan = await run({ serial: 'SN400', purpose: 'wipe', mode: 'plan' });
    expect(plan.requests.map((r) => r.method)).toEqual(['POST']);
    const done = await run({ serial: 'SN400', purpose: 'wipe' });
    expect(done.state).toBe('done');
    expect(w.intune.wipes).toEqual([{ id: d.managed.id, body: { keepEnrollmentData: false, keepUserData: false } }]);
    expect(w.intune.managed.has(d.managed.id)).toBe(true);
  });

  it('does not retry a wipe whose answer was lost', async () => {
    w.intune.addEnrolled('SN401');
    w.graph.dropNext(1, 'POST');
    const report = await run({ serial: 'SN401', purpose: 'wipe' });
    expect(report.state).toBe('interrupted');
    expect(w.graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
