import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDeviceHashFromZip } from '../../../../src-main/core/autopilot/device-hash.ts';
import {
  AutopilotGraphClient,
  type AutopilotGraphClientOptions,
} from '../../../../src-main/core/autopilot/graph-client.ts';
import { SqliteAutopilotStore } from '../../../../src-main/core/autopilot/sqlite-store.ts';
import {
  enqueueLatestHarvests,
  isGraphReachable,
  processQueue,
  simulatedRefusal,
} from '../../../../src-main/core/autopilot/upload-queue.ts';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import { buildAutopilotDiagnosticsZip } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';
import type { FakeGraph } from '../../../support/graph-server.ts';
import { startFakeGraph } from '../../../support/graph-server.ts';
import { fakeClock, JWT_TOKEN, logCollector, tokenSequence } from './support.ts';

const SERIALS = ['310020500001', '310020500002', '310020500003', '310020500004', '310020500005'];

let graph: FakeGraph;
let ledger: Ledger;
let store: SqliteAutopilotStore;
let clock: ReturnType<typeof fakeClock>;
let logs: ReturnType<typeof logCollector>;

beforeEach(async () => {
  graph = await startFakeGraph({ token: JWT_TOKEN, pollsUntilDone: 2 });
  clock = fakeClock();
  logs = logCollector();
  const dir = mkdtempSync(join(tmpdir(), 'holobench-ap-queue-'));
  ledger = new Ledger(openLedgerDb(dir, MIGRATIONS), () => new Date(clock.now()));
  store = new SqliteAutopilotStore(ledger);
});
afterEach(async () => {
  ledger.close();
  await graph.close();
});

function client(extra: Partial<AutopilotGraphClientOptions> = {}): AutopilotGraphClient {
  return new AutopilotGraphClient({
    tokens: tokenSequence(JWT_TOKEN),
    graphBase: graph.url,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    log: logs.log,
    pollIntervalMs: 10_000,
    ...extra,
  });
}

/** Harvests like the bench does: the simulator writes the zip, the extractor reads it, the ledger keeps it. */
async function harvestDevices(serials: readonly string[]): Promise<void> {
  for (const [i, serial] of serials.entries()) {
    const zip = buildAutopilotDiagnosticsZip({ serialNumber: serial, productId: '', now: new Date(clock.now() + i) });
    const found = await extractDeviceHashFromZip(zip);
    store.saveHarvest({
      ...found,
      deviceKey: `usb-${serial}`,
      source: 'device',
      harvestedAt: new Date(clock.now() + i).toISOString(),
    });
  }
}

const states = (): string[][] => store.listUploads().map((u) => [u.serialNumber, u.state]);

describe('offline-first Autopilot upload', () => {
  it('queues while offline and drains when back online', async () => {
    await harvestDevices(SERIALS.slice(0, 3));
    expect(enqueueLatestHarvests(store, { groupTag: 'Bench-A' }).queued).toHaveLength(3);

    const offline = await processQueue({ store, client: client(), online: () => false, log: logs.log });
    expect(offline).toMatchObject({ offline: true, results: [], counts: { stillQueued: 3 } });
    expect(graph.requests).toEqual([]);

    const online = await processQueue({ store, client: client(), online: () => Promise.resolve(true), log: logs.log });
    expect(online.offline).toBe(false);
    expect(online.counts).toEqual({ complete: 3, error: 0, pending: 0, failedToSubmit: 0, stillQueued: 0 });
    expect(
      store
        .listUploads()
        .map((u) => [u.state, u.groupTag, Boolean(u.graphId), u.deviceRegistrationId?.startsWith('reg-')]),
    ).toEqual(Array(3).fill(['complete', 'Bench-A', true, true]));
    expect(graph.identities.size).toBe(3);
  });

  it('loses nothing when the network fails mid-way, and never imports twice', async () => {
    await harvestDevices(SERIALS);
    enqueueLatestHarvests(store);
    let posts = 0;
    const flaky: AutopilotGraphClientOptions['fetch'] = (url, init) => {
      if (init.method === 'POST') posts += 1;
      // The network is down: no connection is made, so nothing reached Graph and the devices stay queued.
      const down = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      return posts > 1 ? Promise.reject(down) : fetch(url, init);
    };
    const first = await processQueue({ store, client: client({ fetch: flaky }), online: () => true, batchSize: 2 });
    expect(first.interruptedBy).toMatchObject({ code: 'graph-unreachable' });
    expect(states()).toEqual([
      [SERIALS[0], 'submitted'],
      [SERIALS[1], 'submitted'],
      [SERIALS[2], 'queued'],
      [SERIALS[3], 'queued'],
      [SERIALS[4], 'queued'],
    ]);
    expect(first.counts.stillQueued).toBe(3);

    const second = await processQueue({ store, client: client(), online: () => true, batchSize: 2 });
    expect(second.interruptedBy).toBeUndefined();
    expect(states().every(([, state]) => state === 'complete')).toBe(true);
    expect(graph.identities.size).toBe(5);
    expect(new Set([...graph.identities.values()].map((i) => i.serialNumber)).size).toBe(5);
  });

  it('records partial failures per device', async () => {
    await harvestDevices(SERIALS.slice(0, 4));
    enqueueLatestHarvests(store);
    graph.errorSerials.set(SERIALS[1]!, { code: 806, name: 'ZtdDeviceAlreadyAssigned' });
    graph.rejectedSerials.add(SERIALS[2]!);
    const run = await processQueue({ store, client: client(), online: () => true });
    expect(run.counts).toMatchObject({ complete: 2, error: 1, failedToSubmit: 1, stillQueued: 0 });
    const uploads = store.listUploads();
    expect(uploads[1]).toMatchObject({ state: 'error', errorCode: 806, errorName: 'ZtdDeviceAlreadyAssigned' });
    expect(uploads[1]?.message).toContain(SERIALS[1]);
    expect(uploads[2]).toMatchObject({ state: 'error', graphId: null });
    expect(uploads[2]?.message).toMatch(new RegExp(`Graph rejected ${SERIALS[2]}`));
  });

  it('ends the run when Graph does not confirm a device, keeping it queued', async () => {
    await harvestDevices(SERIALS.slice(0, 2));
    enqueueLatestHarvests(store);
    // Graph answers 200 but leaves the second device out of its answer, every time.
    const forgetful: AutopilotGraphClientOptions['fetch'] = async (url, init) => {
      const response = await fetch(url, init);
      if (init.method !== 'POST') return response;
      const body = (await response.json()) as { value: { serialNumber: string }[] };
      const value = body.value.filter((v) => v.serialNumber !== SERIALS[1]);
      return new Response(JSON.stringify({ value }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const run = await processQueue({ store, client: client({ fetch: forgetful }), online: () => true });
    expect(run.counts).toMatchObject({ complete: 1, failedToSubmit: 1, stillQueued: 1 });
    expect(graph.importRequests()).toHaveLength(1);
    expect(store.listUploads()[1]).toMatchObject({ state: 'queued', attempts: 1 });
    expect(store.listUploads()[1]?.message).toMatch(/did not confirm/);
  });

  it('keeps devices queued while Graph throttles for long', async () => {
    await harvestDevices(SERIALS.slice(0, 2));
    enqueueLatestHarvests(store);
    graph.throttle(1, '3600');
    const run = await processQueue({ store, client: client(), online: () => true });
    expect(run.interruptedBy).toMatchObject({ code: 'graph-throttled' });
    expect(states().map(([, s]) => s)).toEqual(['queued', 'queued']);
  });

  it('keeps devices queued when the sign-in is refused', async () => {
    await harvestDevices(SERIALS.slice(0, 1));
    enqueueLatestHarvests(store);
    graph.tokens.clear();
    const run = await processQueue({ store, client: client(), online: () => true });
    expect(run.interruptedBy?.code).toBe('graph-unauthorized');
    expect(states()).toEqual([[SERIALS[0], 'queued']]);
  });

  it('follows imports submitted by an earlier run', async () => {
    await harvestDevices(SERIALS.slice(0, 2));
    enqueueLatestHarvests(store);
    await processQueue({ store, client: client(), online: () => true, wait: false });
    expect(states().map(([, s]) => s)).toEqual(['submitted', 'submitted']);
    const later = await processQueue({ store, client: client(), online: () => true });
    expect(later.counts.complete).toBe(2);
    expect(states().map(([, s]) => s)).toEqual(['complete', 'complete']);
  });

  it('leaves slow imports submitted, to be followed next time', async () => {
    graph.pollsUntilDone = 1000;
    await harvestDevices(SERIALS.slice(0, 1));
    enqueueLatestHarvests(store);
    const run = await processQueue({ store, client: client({ pollTimeoutMs: 30_000 }), online: () => true });
    expect(run.counts).toMatchObject({ pending: 1, stillQueued: 0 });
    expect(store.listUploads()[0]).toMatchObject({ state: 'submitted', importStatus: 'unknown' });
  });

  it('keeps the token out of the ledger and the logs', async () => {
    await harvestDevices(SERIALS.slice(0, 3));
    enqueueLatestHarvests(store);
    graph.echoAuthorizationInErrors = true;
    graph.rejectedSerials.add(SERIALS[0]!);
    graph.dropNext(1);
    await processQueue({ store, client: client(), online: () => true, log: logs.log });
    const ledgerText = JSON.stringify(
      ['autopilot_harvests', 'autopilot_uploads', 'device_events'].map((t) =>
        ledger.db.prepare(`SELECT * FROM ${t}`).all(),
      ),
    );
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(ledgerText).toContain('Graph rejected');
    expect(ledgerText + logs.lines.join('\n')).not.toContain(JWT_TOKEN);
  });
});

describe('choosing what to upload', () => {
  it('refuses bad batch values at once', async () => {
    await harvestDevices(SERIALS.slice(0, 1));
    expect(() => enqueueLatestHarvests(store, { groupTag: 'a,b' })).toThrow(/comma/);
    expect(() => enqueueLatestHarvests(store, { assignedUser: 'bob' })).toThrow(/user principal name/);
    expect(store.listUploads()).toEqual([]);
  });

  it('skips unknown serials, active uploads and devices already imported with the same hash', async () => {
    await harvestDevices(SERIALS.slice(0, 2));
    const first = enqueueLatestHarvests(store, { serialNumbers: [SERIALS[0]!, 'NOPE'] });
    expect(first.queued.map((u) => u.serialNumber)).toEqual([SERIALS[0]]);
    expect(first.skipped).toEqual([{ serialNumber: 'NOPE', reason: 'No harvested hash for this serial.' }]);
    expect(enqueueLatestHarvests(store, { serialNumbers: [SERIALS[0]!] }).alreadyActive).toHaveLength(1);
    await processQueue({ store, client: client(), online: () => true });
    const again = enqueueLatestHarvests(store);
    expect(again.queued.map((u) => u.serialNumber)).toEqual([SERIALS[1]]);
    expect(again.skipped).toEqual([
      { serialNumber: SERIALS[0], reason: 'Already imported into Autopilot with this hash.' },
    ]);
    expect(enqueueLatestHarvests(store, { serialNumbers: [SERIALS[0]!], reimport: true }).queued).toHaveLength(1);
  });

  it('uploads the latest harvest of a device harvested twice', async () => {
    await harvestDevices([SERIALS[0]!]);
    store.saveHarvest({
      serialNumber: SERIALS[0]!,
      productId: '',
      hardwareHash: 'T0FBQQ==',
      source: 'file',
      harvestedAt: new Date(clock.now() + 60_000).toISOString(),
    });
    expect(enqueueLatestHarvests(store).queued[0]?.hardwareHash).toBe('T0FBQQ==');
  });
});

describe('reachability', () => {
  it('is online when Graph answers at all, offline when nothing answers', async () => {
    expect(await isGraphReachable(graph.url)).toBe(true);
    expect(await isGraphReachable('http://127.0.0.1:9', undefined, 1_000)).toBe(false);
  });
});

describe('training harvests never reach Intune', () => {
  async function harvestSimulated(serial: string): Promise<void> {
    const zip = buildAutopilotDiagnosticsZip({ serialNumber: serial, productId: '', now: new Date(clock.now()) });
    store.saveHarvest({
      ...(await extractDeviceHashFromZip(zip)),
      deviceKey: `sim-${serial}`,
      source: 'device',
      simulated: true,
      harvestedAt: new Date(clock.now()).toISOString(),
    });
  }

  it('the ledger keeps the mark, and queueing skips a simulated harvest with the reason', async () => {
    await harvestDevices(SERIALS.slice(0, 1));
    await harvestSimulated('SIMHL2-0001');
    expect(store.latestHarvests().map((h) => [h.serialNumber, h.simulated])).toEqual([
      [SERIALS[0], false],
      ['SIMHL2-0001', true],
    ]);
    const summary = enqueueLatestHarvests(store);
    expect(summary.queued.map((u) => u.serialNumber)).toEqual([SERIALS[0]]);
    expect(summary.skipped).toEqual([{ serialNumber: 'SIMHL2-0001', reason: simulatedRefusal() }]);
  });

  it('the sender refuses a simulated upload that got queued anyway (an older station, a hand-edited ledger)', async () => {
    await harvestSimulated('SIMHL2-0002');
    const [h] = store.latestHarvests();
    store.enqueueUpload({ harvestId: h!.id });
    const run = await processQueue({ store, client: client(), online: () => true, log: logs.log });
    expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(run.counts.stillQueued).toBe(0);
    expect(store.listUploads().map((u) => [u.state, u.message])).toEqual([['error', simulatedRefusal()]]);
  });
});
