import { Worker } from 'node:worker_threads';
import { startBridge } from '../../src-main/bridge/server.ts';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { Station } from '../../src-main/core/station.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import { percentile, tempDataDir, RESOURCES } from './util.ts';
import type { Metric } from './metric.ts';

/**
 * Detection latency: from the adapter's attach event to the device being in the registry, and to the renderer's
 * zustand store over the real WebSocket bridge (the store in its own thread, as the renderer is its own process),
 * with 1 and with 64 simulated devices plugged in at once. Each device also opens its MTP session meanwhile.
 */
export async function runDetectionBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const [count, rounds] of [
    [1, 40],
    [64, 8],
  ] as const) {
    const r = await measure(count, rounds);
    const goal = count === 64 ? 'p95 < 50 ms' : undefined;
    metrics.push(
      { name: `detect.registry_p50_ms.n${count}`, value: percentile(r.registry, 50), unit: 'ms' },
      { name: `detect.registry_p95_ms.n${count}`, value: percentile(r.registry, 95), unit: 'ms' },
      {
        name: `detect.store_p50_ms.n${count}`,
        value: percentile(r.store, 50),
        unit: 'ms',
        comparedTo: `detect.registry_p50_ms.n${count}`,
      },
      {
        name: `detect.store_p95_ms.n${count}`,
        value: percentile(r.store, 95),
        unit: 'ms',
        comparedTo: `detect.registry_p95_ms.n${count}`,
        ...(goal ? { goal, pass: percentile(r.store, 95) < 50 } : {}),
      },
    );
  }
  return metrics;
}

async function measure(count: number, rounds: number): Promise<{ registry: number[]; store: number[] }> {
  const dir = tempDataDir();
  const station = await Station.open({ dataDir: dir.path, resourcesDir: RESOURCES, usb: false, simulate: [] });
  const bridge = await startBridge({
    handlers: createHandlers(station),
    subscribe: (l) => station.events.on('event', l),
  });
  const client = new Worker(new URL('./store-client.worker.ts', import.meta.url), { workerData: { url: bridge.url } });
  const seenAt = new Map<string, number>();
  const registry: number[] = [];
  const store: number[] = [];
  await new Promise<void>((resolve, reject) => {
    client.on('error', reject);
    client.on('message', (m: { kind: string; id?: string; at?: number }) => {
      if (m.kind === 'ready') resolve();
      if (m.kind !== 'present' || m.id === undefined || m.at === undefined) return;
      const t = seenAt.get(m.id);
      if (t === undefined) return;
      store.push(m.at - t);
      seenAt.delete(m.id);
    });
  });
  station.registry.events.on('changed', ({ view, seenAt: t }) => {
    if (t === undefined) return;
    // Absolute time, comparable with the client thread's clock.
    seenAt.set(view.id, performance.timeOrigin + t);
    registry.push(performance.now() - t);
  });
  const sim = station.simulator!;
  const devices: SimDevice[] = [];
  for (let i = 0; i < count; i++) devices.push(sim.add({ preset: 'hl2', faults: [] }, false));
  for (let round = 0; round < rounds; round++) {
    const before = store.length;
    for (const d of devices) d.plug();
    const deadline = Date.now() + 10_000;
    while (store.length < before + count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
    // Let the MTP sessions open and settle before the next round, as a bench would between plug-ins.
    await station.connections.settled(5000);
    for (const d of devices) d.unplug();
    await new Promise((r) => setTimeout(r, 50));
  }
  await client.terminate();
  await bridge.close();
  await station.close();
  dir.remove();
  return { registry, store };
}
