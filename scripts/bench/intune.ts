/**
 * `npm run bench` suite for the Intune side: Graph requests and time per lookup against the local Graph stand-in
 * (test/support/graph-intune.ts), next to a bare GET to the same server measured in the same run. A status reads
 * three records (Intune, Autopilot, Entra); confirming enrollment reads only the Intune one.
 */
import { IntuneGraph } from '../../src-main/core/intune/graph-intune.ts';
import { IntuneService } from '../../src-main/core/intune/service.ts';
import { Ledger } from '../../src-main/core/ledger/ledger.ts';
import { FakeIntune } from '../../test/support/graph-intune.ts';
import { startFakeGraph } from '../../test/support/graph-server.ts';
import type { Metric } from './metric.ts';
import { percentile, tempDataDir } from './util.ts';

const RUNS = 40;
const TOKEN = 'bench-intune-token-0123456789abcdef';

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm up: connection, JIT; not counted
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) values.push(await timed(fn));
  return Math.round(percentile(values, 50) * 100) / 100;
}

export async function runIntuneBench(): Promise<Metric[]> {
  const graph = await startFakeGraph({ token: TOKEN });
  const intune = new FakeIntune(graph);
  const data = tempDataDir();
  const ledger = Ledger.open(data.path);
  try {
    intune.addEnrolled('SNBENCH1');
    for (let i = 0; i < 200; i++) intune.addEnrolled(`SNOTHER${i}`);
    const tokens = { kind: 'given-token' as const, getToken: () => Promise.resolve(TOKEN) };
    const service = new IntuneService({ ledger, graph: new IntuneGraph({ tokens, graphBase: graph.url }) });
    const requestsOf = async (fn: () => Promise<unknown>) => {
      const before = graph.requests.length;
      await fn();
      const sent = graph.requests.slice(before);
      return {
        get: sent.filter((r) => r.method === 'GET').length,
        head: sent.filter((r) => r.method === 'HEAD').length,
      };
    };
    const status = await requestsOf(() => service.status(['SNBENCH1']));
    const verify = await requestsOf(() => service.enrollment('SNBENCH1'));
    const bare = await medianMs(async () => {
      const r = await fetch(`${graph.url}/v1.0/deviceManagement/managedDevices?$filter=serialNumber eq 'SNBENCH1'`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      await r.text();
    });
    const statusMs = await medianMs(() => service.status(['SNBENCH1']));
    const verifyMs = await medianMs(() => service.enrollment('SNBENCH1'));
    const ratio = (v: number) => Math.round((v / bare) * 10) / 10;
    return [
      { name: 'intune.bare_get_ms', value: bare, unit: 'ms', note: `one GET to the local Graph, median of ${RUNS}` },
      {
        name: 'intune.status_graph_requests',
        value: status.get,
        unit: 'requests',
        note: `per serial, enrolled with its Autopilot and Entra records; plus ${status.head} HEAD (reachability) per call`,
      },
      {
        name: 'intune.verify_graph_requests',
        value: verify.get,
        unit: 'requests',
        comparedTo: 'intune.status_graph_requests',
        note: `per lookup of the confirm-enrollment poll; plus ${verify.head} HEAD`,
      },
      {
        name: 'intune.status_lookup_ms',
        value: statusMs,
        unit: 'ms',
        comparedTo: 'intune.bare_get_ms',
        note: `median of ${RUNS}, ${ratio(statusMs)}x a bare GET; 201 devices in the tenant`,
      },
      {
        name: 'intune.verify_lookup_ms',
        value: verifyMs,
        unit: 'ms',
        comparedTo: 'intune.bare_get_ms',
        note: `median of ${RUNS}, ${ratio(verifyMs)}x a bare GET`,
      },
    ];
  } finally {
    ledger.close();
    await graph.close();
    data.remove();
  }
}
