import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteAutopilotStore } from '../../../src-main/core/autopilot/sqlite-store.ts';
import { Ledger } from '../../../src-main/core/ledger/ledger.ts';
import { simulatedHardwareHash } from '../../../src-main/sim/autopilot/diagnostics-zip.ts';
import { runCli } from '../../support/cli.ts';
import { startFakeGraph, type FakeGraph } from '../../support/graph-server.ts';
import { tempDir } from '../../support/station.ts';

const TOKEN = 'cli-test-token-abcdef0123456789';
const SERIALS = ['310020600001', '310020600002', '310020600003'];
let graph: FakeGraph;
let data: { path: string; remove(): void };

beforeEach(async () => {
  graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
  data = tempDir();
  process.env.HB_TEST_GRAPH_TOKEN = TOKEN;
  process.env.HB_EMPTY = '';
});
afterEach(async () => {
  await graph.close();
  data.remove();
  delete process.env.HB_TEST_GRAPH_TOKEN;
});

/** Harvests in the ledger as the bench leaves them. */
function seedLedger(serials: readonly string[]): void {
  const ledger = Ledger.open(data.path);
  const store = new SqliteAutopilotStore(ledger);
  for (const s of serials) {
    store.saveHarvest({
      serialNumber: s,
      productId: '',
      hardwareHash: simulatedHardwareHash(s),
      source: 'device',
      harvestedAt: new Date().toISOString(),
    });
  }
  ledger.close();
}

const upload = (...extra: string[]) =>
  runCli([
    'autopilot',
    'upload',
    '--data-dir',
    data.path,
    '--token-env',
    'HB_TEST_GRAPH_TOKEN',
    '--graph-base',
    graph.url,
    '--poll-seconds',
    '0.02',
    ...extra,
  ]);

interface UploadJson {
  ok: boolean;
  queued: number;
  offline: boolean;
  complete?: number;
  error?: number;
  results: { serialNumber: string; status: string; message: string; errorCode?: number }[];
}

describe('holobench autopilot upload against a local Graph', () => {
  it('imports every device, follows each to complete, exit 0; a second run has nothing left to do', async () => {
    seedLedger(SERIALS);
    const r = await upload('--group-tag', 'Bench', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as UploadJson;
    expect(out).toMatchObject({ ok: true, queued: 3, complete: 3, error: 0 });
    expect(out.results.map((d) => d.status)).toEqual(['complete', 'complete', 'complete']);
    expect([...graph.identities.values()].map((i) => i.groupTag)).toEqual(['Bench', 'Bench', 'Bench']);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    const again = await upload();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already registered');
  });

  it('a partial error: per-device results, exit 1', async () => {
    seedLedger(SERIALS);
    graph.errorSerials.set(SERIALS[1]!, { code: 806, name: 'ZtdDeviceAlreadyAssigned' });
    const r = await upload();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`${SERIALS[1]}\\s+error\\s+Intune refused ${SERIALS[1]} \\(ZtdDeviceAlreadyAssigned, code 806\\)`),
    );
    expect(r.stdout).toMatch(new RegExp(`${SERIALS[0]}\\s+complete`));
    expect(r.stdout).toContain('Upload finished: 2 registered, 1 refused by Intune.');
  });

  it('waits out a 429 with Retry-After and still imports', async () => {
    seedLedger(SERIALS.slice(0, 1));
    graph.throttle(1, '1', 'POST');
    const started = Date.now();
    const r = await upload('--json');
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(graph.requests.filter((q) => q.status === 429)).toHaveLength(1);
  });

  it('offline: the devices stay queued, exit 1 with a clear message, and go with the next run', async () => {
    seedLedger(SERIALS.slice(0, 2));
    const url = graph.url;
    await graph.close();
    const r = await runCli([
      'autopilot',
      'upload',
      '--data-dir',
      data.path,
      '--token-env',
      'HB_TEST_GRAPH_TOKEN',
      '--graph-base',
      url,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The station is offline: the queue holds 2 devices');
    expect(r.stderr).toContain('offline');
    const list = JSON.parse((await runCli(['autopilot', 'list', '--data-dir', data.path, '--json'])).stdout) as {
      uploads: { state: string }[];
    };
    expect(list.uploads.map((u) => u.state)).toEqual(['queued', 'queued']);
    graph = await startFakeGraph({ token: TOKEN, pollsUntilDone: 1 });
    const later = await upload('--json');
    expect(later.code).toBe(0);
    expect((JSON.parse(later.stdout) as UploadJson).results).toHaveLength(2);
  });

  it('bad flags exit 2: no sign-in chosen, an empty secret variable, an unknown cloud, a bad group tag', async () => {
    seedLedger(SERIALS.slice(0, 1));
    const base = ['autopilot', 'upload', '--data-dir', data.path];
    const none = await runCli(base);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('choose one way to sign in');
    const empty = await runCli([
      ...base,
      '--tenant',
      'contoso.onmicrosoft.com',
      '--client-id',
      '11111111-2222-3333-4444-555555555555',
      '--client-secret-env',
      'HB_EMPTY',
    ]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('HB_EMPTY is not set or empty');
    const noTenant = await runCli([...base, '--client-secret-env', 'HB_TEST_GRAPH_TOKEN']);
    expect(noTenant.code).toBe(2);
    expect(noTenant.stderr).toContain('--tenant is needed');
    expect((await runCli([...base, '--token-env', 'HB_TEST_GRAPH_TOKEN', '--cloud', 'mars'])).code).toBe(2);
    expect((await upload('--group-tag', 'a,b')).code).toBe(2);
    expect((await upload('--graph-base', 'http://graph.example.com')).code).toBe(2);
  });

  it('sends the token only to a Microsoft cloud, this machine, or the one host the technician confirmed', async () => {
    const elsewhere = await upload('--graph-base', 'https://graph.evil.example');
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('--allow-graph-host graph.evil.example');
    const otherConfirmed = await upload(
      '--graph-base',
      'https://graph.evil.example',
      '--allow-graph-host',
      'graph.evil.example.attacker.net',
    );
    expect(otherConfirmed.code).toBe(2);
    const confirmed = await upload('--graph-base', 'https://127.0.0.2:9', '--allow-graph-host', '127.0.0.2:9');
    expect(confirmed.code).toBe(1); // accepted; nothing answers there, so the devices stay queued
    expect(confirmed.stderr).toContain('go to 127.0.0.2:9 (a host you confirmed, not a Microsoft cloud)');
  });

  it('says where the token goes before it is sent', async () => {
    const r = await upload('--json');
    expect(r.stderr).toContain(`go to ${new URL(graph.url).host} (this computer)`);
  });
});
