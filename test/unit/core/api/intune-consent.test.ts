import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import type { CallName, CallOutput } from '../../../../src-main/shared/contract/index.ts';
import { fakePerson, type FakePerson } from '../../../support/fake-entra.ts';
import { FakeIntune } from '../../../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../../../support/graph-server.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

/**
 * The app's path: the Autopilot tab's sign-in asks only for the upload's permission; the Intune status on a card and
 * the wizard's "confirm in Intune" each ask for theirs when the technician starts them, and not before.
 */

const UPLOAD = 'device-code DeviceManagementServiceConfig.ReadWrite.All';
const STATUS = 'Device.Read.All DeviceManagementManagedDevices.Read.All DeviceManagementServiceConfig.Read.All';
const VERIFY = 'DeviceManagementManagedDevices.PrivilegedOperations.All DeviceManagementManagedDevices.Read.All';

let graph: FakeGraph;
let intune: FakeIntune;
let person: FakePerson;
let station: Awaited<ReturnType<typeof openTestStation>>;
let prompts: string[];

beforeEach(async () => {
  graph = await startFakeGraph({ token: 'unused-token-0123456789abcdef' });
  intune = new FakeIntune(graph);
  person = fakePerson(graph, intune);
  station = await openTestStation({
    simulate: [{ preset: 'hl2', faults: [] }],
    simTiming: { reenumerateMs: 10, diagnosticsMs: 50 },
    autopilot: { signInApp: person.app, graphBase: graph.url },
  });
  await station.connections.settled(3000);
  prompts = [];
  station.events.on('event', (e: { name: string; payload?: unknown }) => {
    const signIn = (e.payload as { signIn?: { state: string; message: string } } | undefined)?.signIn;
    if (e.name === 'autopilotChanged' && signIn?.state === 'code') prompts.push(signIn.message);
  });
});
afterEach(async () => {
  await station.dispose();
  await graph.close();
});

function api() {
  const handlers = createHandlers(station);
  return async <K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> => {
    const r = await dispatchCall(handlers, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
    return r.value as CallOutput<K>;
  };
}

describe('the app asks for more only when the technician starts an action that needs it', () => {
  it('sign-in asks for the upload only; the card status and the wizard step each ask for theirs on start', async () => {
    const call = api();
    const device = station.registry.list().find((d) => d.present)!;
    const serial = device.serialNumber!;
    intune.addEnrolled(serial);
    await call('autopilotSaveUploadSettings', {
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    await call('autopilotSignIn', {});
    await waitFor(() => station.autopilot.status().signIn.state === 'signed-in', 3000, 'signed in');
    expect(person.calls).toEqual([UPLOAD]);

    const [status] = await call('intuneStatus', { serials: [serial] });
    expect(status?.state).toBe('enrolled');
    expect(person.calls.slice(1)).toEqual([`silent ${STATUS}`, `device-code ${STATUS}`]);
    // The consent prompt said what it was for, where the technician sees the sign-in.
    expect(prompts).toContain(
      'Open https://microsoft.com/devicelogin on any device and enter the code CODE-3 to allow the Intune status of a device.',
    );
    expect(station.autopilot.status().signIn.state).toBe('signed-in');

    const job = await call('intuneConfirmEnrollment', { deviceId: device.id, timeoutMinutes: 0.01, pollSeconds: 0.05 });
    await waitFor(() => station.jobs.get(job.id)?.state === 'done', 5000, 'the confirmation');
    expect(person.calls.slice(3)).toEqual([`silent ${VERIFY}`, `device-code ${VERIFY}`]);
    expect([...person.consented].sort()).toEqual(
      [...new Set([...UPLOAD.split(' ').slice(1), ...STATUS.split(' '), ...VERIFY.split(' ')])].sort(),
    );
    // Nothing asked for a wipe or a delete: no action that needs one was started.
    expect([...person.consented].some((p) => p.includes('ReadWrite.All') && !p.includes('ServiceConfig'))).toBe(false);
  });
});
