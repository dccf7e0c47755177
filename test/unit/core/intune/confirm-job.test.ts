import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { FakeIntune } from '../../../support/graph-intune.ts';
import { startFakeGraph, type FakeGraph } from '../../../support/graph-server.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

const TOKEN = 'confirm-job-token-0123456789abcdef';
let graph: FakeGraph;
let intune: FakeIntune;
let station: Awaited<ReturnType<typeof openTestStation>>;

beforeEach(async () => {
  graph = await startFakeGraph({ token: TOKEN });
  intune = new FakeIntune(graph);
  station = await openTestStation({
    simulate: [{ preset: 'hl2', faults: [] }],
    simTiming: { reenumerateMs: 10, diagnosticsMs: 50 },
    autopilot: { tokens: { getToken: () => Promise.resolve(TOKEN) }, graphBase: graph.url },
  });
  await station.connections.settled(3000);
});
afterEach(async () => {
  await station.dispose();
  await graph.close();
});

describe("the enrollment wizard's last step: confirm in Intune", () => {
  const device = () => station.registry.list().find((d) => d.present)!;

  it('waits until the serial shows up in Intune, then says so', async () => {
    const serial = device().serialNumber!;
    const later = intune.addManaged(serial);
    intune.managed.delete(later.id);
    intune.enrollsAfterLookups.set(serial, { lookups: 2, device: later });
    const job = await createHandlers(station).intuneConfirmEnrollment({
      deviceId: device().id,
      compliant: false,
      timeoutMinutes: 0.05,
      pollSeconds: 0.05,
    });
    await waitFor(() => station.jobs.get(job.id)?.state !== 'running', 5000, 'job finished');
    expect(station.jobs.get(job.id)).toMatchObject({
      state: 'done',
      message: `${serial} is in Intune.`,
      result: { managedDeviceId: later.id },
    });
  });

  it('ends with "not yet" and what to check when the device never shows up', async () => {
    const job = await createHandlers(station).intuneConfirmEnrollment({
      deviceId: device().id,
      compliant: false,
      timeoutMinutes: 0.01,
      pollSeconds: 0.05,
    });
    await waitFor(() => station.jobs.get(job.id)?.state !== 'running', 5000, 'job finished');
    expect(station.jobs.get(job.id)?.error).toMatchObject({ code: 'intune-not-yet' });
    expect(station.jobs.get(job.id)?.error?.message).toMatch(/^Not yet after .*Check: setup finished/);
  });

  it('says to sign in first when the upload has no sign-in, before any job starts', async () => {
    const bare = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    try {
      await bare.connections.settled(3000);
      const id = bare.registry.list().find((d) => d.present)!.id;
      await expect(
        createHandlers(bare).intuneConfirmEnrollment({
          deviceId: id,
          compliant: false,
          timeoutMinutes: 1,
          pollSeconds: 1,
        }),
      ).rejects.toThrow(/Autopilot upload sign-in/);
    } finally {
      await bare.dispose();
    }
  });
});
