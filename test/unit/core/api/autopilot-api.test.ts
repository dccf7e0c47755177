import type { AuthenticationResult } from '@azure/msal-node';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicClientLike } from '../../../../src-main/core/autopilot/auth.ts';
import { createHandlers } from '../../../../src-main/core/api/index.ts';
import { dispatchCall } from '../../../../src-main/core/api/dispatch.ts';
import type { StationConfig } from '../../../../src-main/core/station.ts';
import type { AutopilotStatus, CallName, CallOutput, JobView } from '../../../../src-main/shared/contract/index.ts';
import { startFakeGraph, type FakeGraph } from '../../../support/graph-server.ts';
import { waitFor } from '../../../support/station.ts';
import { openAutopilotStation, type TestStation } from '../autopilot/station-support.ts';

const TOKEN = 'test-access-token-0123456789';
let station: TestStation | undefined;
let graph: FakeGraph | undefined;
afterEach(async () => {
  await station?.dispose();
  await graph?.close();
  station = undefined;
  graph = undefined;
});

/** Calls go through dispatchCall, so inputs and outputs are checked against the contract like over IPC. */
function api(s: TestStation) {
  const handlers = createHandlers(s);
  return {
    async call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
      const r = await dispatchCall(handlers, name, input);
      if (!r.ok) throw Object.assign(new Error(r.error.message), r.error);
      return r.value as CallOutput<K>;
    },
    raw: (name: CallName, input: unknown) => dispatchCall(handlers, name, input),
  };
}

async function harvested(n: number, config: Partial<StationConfig> = {}) {
  const t = await openAutopilotStation(Array<'hl2'>(n).fill('hl2'), config);
  station = t.station;
  const a = api(t.station);
  for (const { sim, id } of t.devices) {
    const job = await a.call('autopilotHarvest', { deviceId: id });
    sim.act('power-volume-down');
    await waitFor(() => t.station.jobs.get(job.id)?.state === 'done', 4000, 'the harvest');
  }
  return { ...t, a };
}

/**
 * Harvests that stand in for real devices' (the upload and CSV mechanics are under test here): harvests from
 * simulated devices are training data the upload refuses, which has tests of its own (upload-queue, intune-csv).
 */
async function harvestedAsReal(n: number, config: Partial<StationConfig> = {}) {
  const t = await harvested(n, config);
  expect(t.station.autopilot.store.latestHarvests().every((h) => h.simulated)).toBe(true);
  t.station.ledger.db.prepare('UPDATE autopilot_harvests SET simulated = 0').run();
  return t;
}

describe('autopilot calls', () => {
  it('harvest is a job; the harvests list shows fingerprints and the device, never the hash', async () => {
    const { a, devices, station: s } = await harvested(1);
    const rows = await a.call('autopilotHarvests', {});
    expect(rows).toEqual([
      expect.objectContaining({ serialNumber: devices[0]!.sim.serialNumber, deviceId: devices[0]!.id, upload: null }),
    ]);
    const hash = s.autopilot.store.latestHarvests()[0]!.hardwareHash;
    expect(JSON.stringify(rows)).not.toContain(hash.slice(0, 30));
    const bad = await a.raw('autopilotHarvest', { deviceId: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a HoloLens (1st gen) with a plain error', async () => {
    const t = await openAutopilotStation(['hl1']);
    station = t.station;
    const r = await api(t.station).raw('autopilotHarvest', { deviceId: t.devices[0]!.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'autopilot-hololens2-only' } });
  });

  it('exports the CSV into the exports folder', async () => {
    const { a, station: s } = await harvestedAsReal(1);
    const out = await a.call('autopilotExportCsv', { groupTag: 'Bench' });
    expect(out.files.map((f) => f.rows)).toEqual([1]);
    expect(out.files[0]!.name).toMatch(/\.csv$/);
    expect(out.files[0]!.path.startsWith(s.dataPath('exports'))).toBe(true);
  });

  it('keeps upload settings in the ledger without any secret', async () => {
    const t = await openAutopilotStation();
    station = t.station;
    const a = api(t.station);
    const saved = await a.call('autopilotSaveUploadSettings', {
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
      cloud: 'usgov-l4',
    });
    expect(saved).toMatchObject({ tenantId: 'contoso.onmicrosoft.com', cloud: 'usgov-l4', groupTag: '' });
    expect(await a.call('autopilotUploadSettings', {})).toEqual(saved);
    // A patch changes only what it names.
    const patched = await a.call('autopilotSaveUploadSettings', { groupTag: 'Line-2' });
    expect(patched).toEqual({ ...saved, groupTag: 'Line-2' });
    expect(Object.keys(t.station.ledger.getSetting('autopilot-upload') as object).sort()).toEqual(
      ['assignedUser', 'clientId', 'cloud', 'groupTag', 'tenantId'].sort(),
    );
    const r = await a.raw('autopilotSaveUploadSettings', { clientId: 'not-a-guid' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('device-code sign-in: the code and address arrive as a status event, then signed in', async () => {
    let finish: (r: AuthenticationResult) => void = () => {};
    const app: PublicClientLike = {
      getTokenCache: () => ({ getAllAccounts: () => Promise.resolve([]), removeAccount: () => Promise.resolve() }),
      acquireTokenSilent: () => Promise.reject(new Error('no account')),
      acquireTokenByDeviceCode: (req) => {
        req.deviceCodeCallback({
          userCode: 'HB12-CD34',
          deviceCode: 'device-code-secret',
          verificationUri: 'https://microsoft.com/devicelogin',
          expiresIn: 900,
          interval: 5,
          message: 'm',
        });
        return new Promise((resolve) => (finish = resolve));
      },
    };
    const t = await openAutopilotStation([], { autopilot: { signInApp: app } });
    station = t.station;
    const a = api(t.station);
    const notSetUp = await a.raw('autopilotSignIn', {});
    expect(notSetUp).toMatchObject({ ok: false, error: { code: 'autopilot-upload-not-set-up' } });
    await a.call('autopilotSaveUploadSettings', {
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    await a.call('autopilotSignIn', {});
    const withCode = () =>
      t.events.map((e) => (e.name === 'autopilotChanged' ? e.payload : null)).find((p) => p?.signIn.state === 'code');
    const status = await waitFor(withCode, 2000, 'the code');
    expect(status.signIn).toMatchObject({
      userCode: 'HB12-CD34',
      verificationUri: 'https://microsoft.com/devicelogin',
    });
    expect(status.signIn.keptWhere).toMatch(/memory/);
    finish({ accessToken: TOKEN } as AuthenticationResult);
    await waitFor(() => t.station.autopilot.status().signIn.state === 'signed-in', 2000, 'signed in');
    expect(JSON.stringify(t.events)).not.toContain(TOKEN);
    expect(JSON.stringify(t.events)).not.toContain('device-code-secret');
  });

  it('uploads against Graph: per-device results, a partial error, 429 with Retry-After, all in the ledger', async () => {
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    const config = {
      autopilot: { graphBase: graph.url, graphPollIntervalMs: 20, tokens: { getToken: () => Promise.resolve(TOKEN) } },
    };
    const { a, devices } = await harvestedAsReal(2, config);
    const [ok, refused] = devices.map((d) => d.sim.serialNumber) as [string, string];
    graph.errorSerials.set(refused, { code: 806, name: 'ZtdDeviceAlreadyAssigned' });
    graph.throttle(1, '1', 'POST');
    const started = await a.call('autopilotUpload', { groupTag: 'Bench' });
    expect(started).toMatchObject({ queued: 2, offline: false });
    expect(started.job?.kind).toBe('autopilot-upload');
    const job = await waitFor(
      () => {
        const j = station!.jobs.get(started.job!.id);
        return j && j.state !== 'running' ? j : null;
      },
      8000,
      'the upload',
    );
    expect(job.result).toMatchObject({ complete: 1, error: 1 });
    const uploads = await a.call('autopilotUploads', {});
    expect(uploads.map((u) => [u.serialNumber, u.state, u.groupTag])).toEqual([
      [ok, 'complete', 'Bench'],
      [refused, 'error', 'Bench'],
    ]);
    expect(uploads[1]).toMatchObject({ errorCode: 806, errorName: 'ZtdDeviceAlreadyAssigned' });
    expect(graph.requests.filter((r) => r.status === 429)).toHaveLength(1);
    const rows = await a.call('autopilotHarvests', {});
    expect(rows.map((r) => r.upload?.state)).toEqual(['complete', 'error']);
    const status: AutopilotStatus = await a.call('autopilotStatus', {});
    expect(status.queue).toMatchObject({ complete: 1, error: 1, queued: 0 });
  });

  it('offline: the upload stays queued, and the background watch sends it once Graph answers', async () => {
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    const url = graph.url;
    await graph.close();
    const config = {
      autopilot: {
        graphBase: url,
        graphPollIntervalMs: 20,
        tokens: { getToken: () => Promise.resolve(TOKEN) },
        watchConnectivity: true,
        connectivityIntervalMs: 100,
      },
    };
    const { a } = await harvestedAsReal(1, config);
    const started = await a.call('autopilotUpload', {});
    expect(started).toMatchObject({ offline: true, job: null, queued: 1 });
    expect(started.message).toMatch(/offline/);
    expect((await a.call('autopilotStatus', {})).online).toBe(false);
    // Graph comes back on the same address: the watch finds it and sends the queue.
    const port = Number(new URL(url).port);
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    await new Promise<void>((resolve) => graph!.server.close(() => resolve()));
    await new Promise<void>((resolve) => graph!.server.listen(port, '127.0.0.1', resolve));
    await waitFor(() => station!.autopilot.store.listUploads()[0]?.state === 'complete', 8000, 'the queued upload');
    const jobs: JobView[] = station!.jobs.list().filter((j) => j.kind === 'autopilot-upload');
    expect(jobs).toHaveLength(1);
    expect((await a.call('autopilotStatus', {})).online).toBe(true);
  });
});
