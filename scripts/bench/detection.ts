import { startBridge } from '../../src-main/bridge/server.ts';
import { createHandlers } from '../../src-main/core/api/index.ts';
import { Station } from '../../src-main/core/station.ts';
import { createClient } from '../../src-renderer/src/api/client.ts';
import { wsTransport } from '../../src-renderer/src/api/ws-transport.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useDevices } from '../../src-renderer/src/stores/devices.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import { percentile, tempDataDir, RESOURCES } from './util.ts';
import type { Metric } from './metric.ts';

/**
 * Detection latency: from the adapter's attach event to the device being in the registry, and to the renderer's
 * zustand store over the real WebSocket bridge, with 1 and with 64 simulated devices plugged in at once.
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
  useDevices.getState().reset();
  const off = await connectStores(createClient(wsTransport(bridge.url)));
  const seenAt = new Map<string, number>();
  const registry: number[] = [];
  const store: number[] = [];
  station.registry.events.on('changed', ({ view, seenAt: t }) => {
    if (t === undefined) return;
    seenAt.set(view.id, t);
    registry.push(performance.now() - t);
  });
  const unsubscribe = useDevices.subscribe((s, prev) => {
    for (const [id, view] of Object.entries(s.byId)) {
      const t = seenAt.get(id);
      if (t !== undefined && view.present && prev.byId[id] !== view && (!prev.byId[id] || !prev.byId[id].present)) {
        store.push(performance.now() - t);
        seenAt.delete(id);
      }
    }
  });
  const sim = station.simulator!;
  const devices: SimDevice[] = [];
  for (let i = 0; i < count; i++) devices.push(sim.add({ preset: 'hl2', faults: [] }, false));
  for (let round = 0; round < rounds; round++) {
    const before = store.length;
    for (const d of devices) d.plug();
    const deadline = Date.now() + 10_000;
    while (store.length < before + count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
    for (const d of devices) d.unplug();
    await new Promise((r) => setTimeout(r, 20));
  }
  unsubscribe();
  off();
  await bridge.close();
  await station.close();
  dir.remove();
  return { registry, store };
}
