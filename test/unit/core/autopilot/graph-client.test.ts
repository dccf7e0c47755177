import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AutopilotGraphClient,
  type AutopilotGraphClientOptions,
  type ImportDevice,
} from '../../../../src-main/core/autopilot/graph-client.ts';
import { parseRetryAfter } from '../../../../src-main/core/autopilot/graph-http.ts';
import { simulatedHardwareHash } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';
import type { FakeGraph } from '../../../support/graph-server.ts';
import { startFakeGraph } from '../../../support/graph-server.ts';
import { fakeClock, JWT_TOKEN, logCollector, PLAIN_TOKEN, tokenSequence } from './support.ts';

const device = (serial: string, extra: Partial<ImportDevice> = {}): ImportDevice => ({
  serialNumber: serial,
  productId: '00330-80000-00000-AA123',
  hardwareHash: simulatedHardwareHash(serial),
  ...extra,
});
const serials = (n: number): string[] => Array.from({ length: n }, (_, i) => `SN${String(i + 1).padStart(3, '0')}`);

let graph: FakeGraph;
let clock: ReturnType<typeof fakeClock>;
let logs: ReturnType<typeof logCollector>;

beforeEach(async () => {
  graph = await startFakeGraph({ token: JWT_TOKEN, pollsUntilDone: 2 });
  clock = fakeClock();
  logs = logCollector();
});
afterEach(async () => {
  await graph.close();
});

function client(extra: Partial<AutopilotGraphClientOptions> = {}): AutopilotGraphClient {
  return new AutopilotGraphClient({
    tokens: tokenSequence(JWT_TOKEN),
    graphBase: graph.url,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 1,
    log: logs.log,
    pollIntervalMs: 15_000,
    ...extra,
  });
}

describe('importing into Autopilot through Graph', () => {
  it('sends the import action body and polls each device until complete', async () => {
    const outcome = await client().importAndWait([
      device('SN001', { groupTag: 'Bench-A', assignedUser: 'tech@contoso.com' }),
      device('SN002'),
    ]);
    expect(outcome.interruptedBy).toBeUndefined();
    expect(outcome.results.map((r) => [r.serialNumber, r.status, r.importStatus])).toEqual([
      ['SN001', 'complete', 'complete'],
      ['SN002', 'complete', 'complete'],
    ]);
    expect(outcome.results[0]?.deviceRegistrationId).toMatch(/^reg-/);
    const post = graph.requests.find((r) => r.method === 'POST');
    expect(post).toMatchObject({
      path: '/v1.0/deviceManagement/importedWindowsAutopilotDeviceIdentities/import',
      authorization: `Bearer ${JWT_TOKEN}`,
      serials: ['SN001', 'SN002'],
    });
    const first = [...graph.identities.values()].find((i) => i.serialNumber === 'SN001');
    expect(first).toMatchObject({
      productKey: '',
      hardwareIdentifier: simulatedHardwareHash('SN001'),
      groupTag: 'Bench-A',
      assignedUserPrincipalName: 'tech@contoso.com',
    });
    const gets = graph.requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(4); // two polls each
    expect(clock.waits).toEqual([15_000]); // one interval between the two rounds
  });

  it('puts the product ID in productKey only when asked to', async () => {
    await client({ productKey: 'product-id' }).submit([device('SN001')]);
    expect([...graph.identities.values()][0]?.productKey).toBe('00330-80000-00000-AA123');
  });

  it('reports a partial failure per device', async () => {
    graph.errorSerials.set('SN002', { code: 806, name: 'ZtdDeviceAlreadyAssigned' });
    const { results } = await client().importAndWait(serials(3).map((s) => device(s)));
    expect(results.map((r) => r.status)).toEqual(['complete', 'error', 'complete']);
    expect(results[1]).toMatchObject({
      serialNumber: 'SN002',
      errorCode: 806,
      errorName: 'ZtdDeviceAlreadyAssigned',
      message: expect.stringMatching(/Intune refused SN002 \(ZtdDeviceAlreadyAssigned, code 806\)/) as unknown,
    });
  });

  it('sends batches of the configured size', async () => {
    const { results } = await client({ batchSize: 2 }).submit(serials(5).map((s) => device(s)));
    expect(graph.importRequests().map((r) => r.serials?.length)).toEqual([2, 2, 1]);
    expect(results.every((r) => r.status === 'pending' && r.graphId)).toBe(true);
  });

  it('halves a batch Graph finds too large', async () => {
    graph.maxBatch = 2;
    const { results } = await client({ batchSize: 5 }).submit(serials(5).map((s) => device(s)));
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('pending'));
    expect(graph.importRequests().flatMap((r) => r.serials)).toEqual(serials(5));
  });

  it('isolates the one device that makes Graph reject a batch', async () => {
    graph.rejectedSerials.add('SN004');
    const { results, interruptedBy } = await client().submit(serials(6).map((s) => device(s)));
    expect(interruptedBy).toBeUndefined();
    expect(results.find((r) => r.serialNumber === 'SN004')).toMatchObject({
      status: 'failed-to-submit',
      retryable: false,
      message: expect.stringMatching(/Graph rejected SN004: BadRequest/) as unknown,
    });
    expect(results.filter((r) => r.status === 'pending')).toHaveLength(5);
    expect(graph.identities.size).toBe(5); // nobody imported twice
  });

  it('never sends a device that fails validation', async () => {
    const { results } = await client().submit([device('SN001', { assignedUser: 'not-a-upn' }), device('SN002')]);
    expect(results[0]).toMatchObject({ serialNumber: 'SN001', status: 'failed-to-submit', retryable: false });
    expect(graph.importRequests()[0]?.serials).toEqual(['SN002']);
  });

  it('reports a device still importing at the timeout as pending', async () => {
    graph.pollsUntilDone = 1000;
    const { results } = await client({ pollTimeoutMs: 60_000 }).importAndWait([device('SN001')]);
    expect(results[0]).toMatchObject({ status: 'pending', message: expect.stringMatching(/checks again/) as unknown });
    expect(clock.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
  });

  it('reports a vanished import record as an error to look into', async () => {
    const result = await client().checkStatus({ serialNumber: 'SN001', graphId: 'no-such-id' });
    expect(result).toMatchObject({ status: 'error', errorName: 'NotFound' });
  });
});

describe('throttling and transient failures', () => {
  it('waits the seconds Retry-After asks for', async () => {
    graph.throttle(1, '7');
    const { results } = await client().submit([device('SN001')]);
    expect(results[0]?.status).toBe('pending');
    expect(clock.waits).toEqual([7_000]);
  });

  it('waits until the HTTP date Retry-After gives', async () => {
    graph.throttle(1, new Date(clock.now() + 12_000).toUTCString());
    await client().submit([device('SN001')]);
    expect(clock.waits).toEqual([12_000]);
  });

  it('backs off exponentially without Retry-After, and on 5xx', async () => {
    graph.throttle(1, undefined);
    graph.failNext(2, 503);
    const { results } = await client().submit([device('SN001')]);
    expect(results[0]?.status).toBe('pending');
    expect(clock.waits).toEqual([1_000, 2_000, 4_000]);
  });

  it('adds jitter to backoff (equal jitter: half fixed, half random)', async () => {
    graph.failNext(1, 503);
    await client({ random: () => 0 }).submit([device('SN001')]);
    expect(clock.waits).toEqual([500]);
  });

  it('retries a dropped connection', async () => {
    graph.dropNext(1);
    const { results } = await client().submit([device('SN001')]);
    expect(results[0]?.status).toBe('pending');
    expect(graph.identities.size).toBe(1);
  });

  it('gives up after the attempt limit and keeps the devices for later', async () => {
    graph.failNext(10, 503);
    const { results, interruptedBy } = await client({ retry: { maxAttempts: 4 } }).submit([device('SN001')]);
    expect(interruptedBy).toMatchObject({ code: 'graph-unavailable' });
    expect(results[0]).toMatchObject({ status: 'failed-to-submit', retryable: true });
    expect(graph.requests.filter((r) => r.status === 503)).toHaveLength(4);
    expect(clock.waits).toEqual([1_000, 2_000, 4_000]);
  });

  it('does not stall for a Retry-After beyond its limit', async () => {
    graph.throttle(1, '3600');
    const { interruptedBy } = await client().submit([device('SN001')]);
    expect(interruptedBy).toMatchObject({ code: 'graph-throttled' });
    expect(clock.waits).toEqual([]);
  });

  it('keeps what was sent when the network fails between batches', async () => {
    let calls = 0;
    const flaky: AutopilotGraphClientOptions['fetch'] = (url, init) => {
      calls += 1;
      return calls > 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init);
    };
    const { results, interruptedBy } = await client({ fetch: flaky, batchSize: 2 }).submit(
      serials(5).map((s) => device(s)),
    );
    expect(interruptedBy).toMatchObject({ code: 'graph-unreachable' });
    // SN003-4 were in a POST that may have reached Graph, and the listing could not be read: never re-sent blindly.
    expect(results.map((r) => [r.serialNumber, r.status, r.retryable])).toEqual([
      ['SN001', 'pending', undefined],
      ['SN002', 'pending', undefined],
      ['SN003', 'failed-to-submit', false],
      ['SN004', 'failed-to-submit', false],
      ['SN005', 'failed-to-submit', true],
    ]);
    expect(results[2]?.message).toMatch(/may have reached Intune/);
  });

  it('an import whose answer is lost (timeout) is looked up, not imported twice', async () => {
    graph.loseAnswerNext(1, 'POST');
    const { results, interruptedBy } = await client().submit([device('SN001'), device('SN002')]);
    expect(interruptedBy).toBeUndefined();
    expect(results.map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(graph.identities.size).toBe(2);
    expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a 502 on the import is looked up first; only what Intune does not list is sent again', async () => {
    graph.failNext(1, 502, 'POST');
    const { results } = await client().submit([device('SN001')]);
    expect(results[0]?.status).toBe('pending');
    expect(graph.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'GET 200', 'POST 200']);
    expect(graph.identities.size).toBe(1);
  });

  it('a lost answer and an unreadable listing: nothing re-sent, the technician is told to check', async () => {
    graph.loseAnswerNext(1, 'POST');
    graph.dropNext(20, 'GET');
    const { results, interruptedBy } = await client({ retry: { maxAttempts: 2 } }).submit([device('SN001')]);
    expect(interruptedBy).toMatchObject({ code: 'graph-unreachable' });
    expect(results[0]).toMatchObject({ status: 'failed-to-submit', retryable: false });
    expect(graph.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('stops polling when the network goes, reporting pending rather than failure', async () => {
    const c = client();
    const { results } = await c.submit([device('SN001')]);
    graph.dropNext(20);
    const polled = await c.waitForImports([{ serialNumber: 'SN001', graphId: results[0]!.graphId! }]);
    expect(polled.interruptedBy).toMatchObject({ code: 'graph-unreachable' });
    expect(polled.results[0]).toMatchObject({ status: 'pending' });
  });
});

describe('tokens never leave in a message or a log', () => {
  it('a non-JWT token echoed in a Graph error body is removed, and the log has it removed too', async () => {
    graph.tokens.clear();
    graph.tokens.add(PLAIN_TOKEN);
    graph.echoTokenInErrors = true;
    graph.rejectedSerials.add('SN001');
    const { results } = await client({ tokens: tokenSequence(PLAIN_TOKEN) }).submit([device('SN001')]);
    expect(results[0]?.message).toContain('Graph rejected SN001');
    expect(results[0]?.message).toContain('[redacted]');
    expect(JSON.stringify(results) + logs.lines.join('\n')).not.toContain(PLAIN_TOKEN);
  });

  it('a token from before a refresh is still removed', async () => {
    graph.tokens.clear();
    graph.tokens.add(PLAIN_TOKEN);
    graph.echoTokenInErrors = true;
    const tokens = tokenSequence('old-token-1234567890', PLAIN_TOKEN);
    const c = client({ tokens });
    await c.submit([device('SN001')]);
    expect(c.http.errorText({ error: { message: 'saw old-token-1234567890 and plain' } })).not.toContain('old-token');
  });
});

describe('sign-in on the wire', () => {
  it('refreshes the token once on 401', async () => {
    graph.tokens.clear();
    graph.tokens.add(PLAIN_TOKEN);
    const tokens = tokenSequence(JWT_TOKEN, PLAIN_TOKEN);
    const { results } = await client({ tokens }).submit([device('SN001')]);
    expect(results[0]?.status).toBe('pending');
    expect(tokens.requests).toEqual([{}, { forceRefresh: true }]);
  });

  it('stops with a clear error when the token stays refused', async () => {
    graph.tokens.clear();
    const { results, interruptedBy } = await client().submit([device('SN001')]);
    expect(interruptedBy).toMatchObject({ code: 'graph-unauthorized', title: 'Sign-in was not accepted' });
    expect(results[0]).toMatchObject({ status: 'failed-to-submit', retryable: true });
  });

  it('explains a 403 with the permission needed', async () => {
    graph.failNext(1, 403);
    const { interruptedBy } = await client().submit([device('SN001')]);
    expect(interruptedBy?.code).toBe('graph-forbidden');
    expect(interruptedBy?.message).toContain('DeviceManagementServiceConfig.ReadWrite.All');
  });

  it.each([JWT_TOKEN, PLAIN_TOKEN])('never puts the token %# in logs, results or errors', async (token) => {
    graph.tokens.clear();
    graph.tokens.add(token);
    graph.echoAuthorizationInErrors = true; // Graph error bodies quoting the Authorization header
    graph.rejectedSerials.add('SN002');
    graph.throttle(1, '1');
    const c = client({ tokens: tokenSequence(token) });
    const outcome = await c.importAndWait(serials(3).map((s) => device(s)));
    graph.tokens.clear();
    const refused = await c.submit([device('SN009')]);
    const everything = JSON.stringify([outcome, refused, logs.lines]);
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(everything).toContain('Graph rejected SN002');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(10, 30));
  });
});

describe('clouds and addresses', () => {
  it.each([
    ['global', 'https://graph.microsoft.com/v1.0'],
    ['usgov-l4', 'https://graph.microsoft.us/v1.0'],
    ['usgov-l5', 'https://dod-graph.microsoft.us/v1.0'],
    ['china', 'https://microsoftgraph.chinacloudapi.cn/v1.0'],
  ] as const)('%s -> %s', (cloud, base) => {
    expect(new AutopilotGraphClient({ tokens: tokenSequence('x'), cloud }).http.baseUrl).toBe(base);
  });

  it('takes a beta API version and a local override', () => {
    const c = new AutopilotGraphClient({
      tokens: tokenSequence('x'),
      graphBase: 'http://127.0.0.1:9/',
      apiVersion: 'beta',
    });
    expect(c.http.baseUrl).toBe('http://127.0.0.1:9/beta');
  });

  it('refuses to send a token over plain http to another machine', () => {
    expect(
      () => new AutopilotGraphClient({ tokens: tokenSequence('x'), graphBase: 'http://graph.example.com' }),
    ).toThrow(/not https/);
  });
});

describe('Retry-After values', () => {
  const now = Date.UTC(2025, 0, 1);
  it.each([
    ['120', 120_000],
    ['0', 0],
    [new Date(now + 5_000).toUTCString(), 5_000],
    [new Date(now - 5_000).toUTCString(), 0],
    ['soon', undefined],
    ['', undefined],
  ])('%j -> %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
