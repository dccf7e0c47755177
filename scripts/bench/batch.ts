import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Station } from '../../src-main/core/station.ts';
import { WorkflowEngine } from '../../src-main/core/workflow/engine.ts';
import { builtInProfile } from '../../src-main/core/workflow/profiles.ts';
import { RegistryBatchDevices } from '../../src-main/core/workflow/registry-devices.ts';
import { createSimTechnician } from '../../src-main/core/workflow/sim-tech.ts';
import { SimPackages } from '../../src-main/core/workflow/sim-ports.ts';
import type { Metric } from './metric.ts';
import { RESOURCES, tempDataDir } from './util.ts';

const DEVICES = 64;
/** The simulated technician's reaction time per action (fixed, so every device's critical path is known). */
const TECH_MS = 80;
/** Three things the tech does per device in the oobe-package profile: chord, chord again, accept. */
const TECH_ACTIONS = 3;

/**
 * Device-side latency model: how long copying the package takes on the i-th device, 1.0 to 4.0 s, spread so
 * devices have different critical paths (a real copy over MTP plus the setup pages takes longer still).
 */
function copyMs(index: number): number {
  return 1000 + ((index * 97) % 3000);
}

/**
 * 64 simulated HoloLens 2 at the setup page run the oobe-package profile at once, with a simulated technician.
 * Each device's own critical path is its copy time plus the technician's reaction times; the batch can finish no
 * sooner than the slowest of those. `batch.makespan_ratio` shows what the engine (ledger writes, wake-ups, board
 * updates) adds on top: 1.0 would be a free engine.
 */
export async function runBatchBench(): Promise<Metric[]> {
  const dir = tempDataDir();
  const station = await Station.open({
    dataDir: dir.path,
    resourcesDir: RESOURCES,
    usb: false,
    simulate: Array.from({ length: DEVICES }, () => ({ preset: 'hl2-oobe' as const, faults: [] })),
    simTiming: { reenumerateMs: 10, diagnosticsMs: 20 },
  });
  const ledger = station.ledger;
  const sim = station.simulator!;
  const index = new Map(sim.list().map((d, i) => [d.serialNumber, i]));
  const pkg = join(dir.path, 'Bench.ppkg');
  writeFileSync(pkg, Buffer.alloc(64 * 1024, 7));
  const simTech = createSimTechnician(sim, { delayMs: { min: TECH_MS, max: TECH_MS } });
  const engine = new WorkflowEngine({
    ledger,
    devices: new RegistryBatchDevices(station.registry, sim),
    ports: { packages: new SimPackages(sim, { copyMs: (s) => copyMs(index.get(s) ?? 0) }), simTech },
  });
  const criticalPath = Math.max(...[...index.values()].map((i) => copyMs(i) + TECH_ACTIONS * TECH_MS));

  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let boards = 0;
  loop.enable();
  const started = performance.now();
  const batch = await engine.startBatch({ profile: builtInProfile('oobe-package')!, packagePath: pkg });
  batch.events.on('batchChanged', () => boards++); // what the UI bridge would do
  const summary = await batch.finished;
  const makespan = performance.now() - started;
  loop.disable();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  simTech.dispose();
  await station.close();
  dir.remove();
  if (summary.counts.done !== DEVICES) throw new Error(`only ${summary.counts.done} of ${DEVICES} devices finished`);

  const ratio = makespan / criticalPath;
  const rssMb = peakRss / 2 ** 20;
  const p99 = loop.percentile(99) / 1e6;
  return [
    {
      name: 'batch.makespan_ratio',
      value: round(ratio, 3),
      unit: 'ratio',
      comparedTo: 'batch.critical_path_ms',
      goal: '<= 1.05',
      pass: ratio <= 1.05,
      note: `${DEVICES} devices, oobe-package, simulated tech ${TECH_MS} ms per action`,
    },
    { name: 'batch.makespan_ms', value: round(makespan, 1), unit: 'ms' },
    { name: 'batch.critical_path_ms', value: criticalPath, unit: 'ms', note: 'the slowest device on its own' },
    {
      name: 'batch.rss_peak_mb',
      value: round(rssMb, 1),
      unit: 'MB',
      comparedTo: 'batch.rss_before_mb',
      goal: '< 250',
      pass: rssMb < 250,
    },
    { name: 'batch.rss_before_mb', value: round(baseRss / 2 ** 20, 1), unit: 'MB' },
    {
      name: 'batch.event_loop_delay_p99_ms',
      value: round(p99, 2),
      unit: 'ms',
      note: `during the batch; ${boards} board updates sent`,
    },
  ];
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
