import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '../../src-renderer/src/api/client.ts';
import { wsTransport } from '../../src-renderer/src/api/ws-transport.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import { useDevices } from '../../src-renderer/src/stores/devices.ts';

/**
 * The renderer's side of the detection benchmark, in its own thread (the real renderer runs in its own process):
 * the real zustand store fed by the real WebSocket transport. Reports, on an absolute clock shared with the main
 * thread, when each device first shows as present in the store.
 */
const { url } = workerData as { url: string };
const now = () => performance.timeOrigin + performance.now();

useDevices.subscribe((s, prev) => {
  for (const [id, view] of Object.entries(s.byId)) {
    const before = prev.byId[id];
    if (view.present && (!before || !before.present)) parentPort?.postMessage({ kind: 'present', id, at: now() });
  }
});
await connectStores(createClient(wsTransport(url)));
parentPort?.postMessage({ kind: 'ready' });
