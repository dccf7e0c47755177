import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { SimPreset } from '../../src-main/shared/contract/sim.ts';
import { Station } from '../../src-main/core/station.ts';
import { builtInProfile } from '../../src-main/core/workflow/profiles.ts';
import { USB2_MODEL } from '../../src-main/sim/mtp/index.ts';
import type { Metric } from './metric.ts';
import { RESOURCES, tempDataDir } from './util.ts';

const DEVICES = 64;
/** The simulated technician's reaction time per action (fixed, so runs compare). */
const TECH_MS = 80;
/** Package size: copied over MTP and read back to check its hash, on every device. */
const PACKAGE_BYTES = 1024 * 1024;

interface Scenario {
  profile: 'oobe-package' | 'autopilot-harvest';
  preset: SimPreset;
}

interface BatchRun {
  makespanMs: number;
  done: number;
  /** Bytes the station moved over simulated MTP, as its own records say (package copies verified, zips pulled). */
  bytesOverMtp: number;
  peakRssMb: number;
  loopP99Ms: number;
  boards: number;
}

/**
 * Runs one batch the way `holobench batch run --sim-tech auto` does: the station's own batch service with its real
 * package and Autopilot ports, every device read and written over its simulated MTP session (a USB 2.0 link per
 * device), through the node-usb adapter. A simulated technician presses the buttons.
 */
async function runBatch(scenario: Scenario, count: number): Promise<BatchRun> {
  const dir = tempDataDir();
  const station = await Station.open({
    dataDir: dir.path,
    resourcesDir: RESOURCES,
    usb: false,
    simulate: Array.from({ length: count }, () => ({ preset: scenario.preset, faults: [] })),
    simTiming: { reenumerateMs: 10, diagnosticsMs: 50 },
    simFunctions: { link: USB2_MODEL },
    drives: null,
    batches: { simTechDelayMs: { min: TECH_MS, max: TECH_MS } },
  });
  try {
    await station.connections.settled(30_000);
    const pkg = join(dir.path, 'Bench.ppkg');
    writeFileSync(pkg, Buffer.alloc(PACKAGE_BYTES, 7));
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    let boards = 0;
    const off = station.events.on('event', (e) => {
      if (e.name === 'batchChanged') boards++; // what the UI bridge would send
    });
    loop.enable();
    const started = performance.now();
    const batch = await station.batches.start({
      profile: builtInProfile(scenario.profile)!,
      packagePath: scenario.profile === 'oobe-package' ? pkg : null,
      simTech: true,
      autoFinish: true,
    });
    const summary = await batch.finished;
    const makespanMs = performance.now() - started;
    loop.disable();
    clearInterval(sampler);
    off();
    const copies = station.packages.applications
      .list({ limit: 10_000 })
      .filter((a) => a.verified && a.remotePath !== null);
    const harvests = station.autopilot.store.latestHarvests();
    const bytesOverMtp =
      scenario.profile === 'oobe-package'
        ? copies.length * PACKAGE_BYTES * 2
        : harvests.reduce((n, h) => n + (h.zipPath && existsSync(h.zipPath) ? statSync(h.zipPath).size : 0), 0);
    return {
      makespanMs,
      done: summary.counts.done,
      bytesOverMtp,
      peakRssMb: Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20,
      loopP99Ms: loop.percentile(99) / 1e6,
      boards,
    };
  } finally {
    await station.close();
    dir.remove();
  }
}

/**
 * A batch of 64 devices next to the same batch on one device, in the same run: the one device's makespan is the
 * critical path of a device on its own (tech reaction times, setup pages, the MTP copy and its read-back), so
 * `makespan_ratio` shows what running 64 at once adds (engine, ledger writes, 64 MTP sessions on one process).
 */
export async function runBatchBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const scenarios: [string, Scenario][] = [
    ['batch', { profile: 'oobe-package', preset: 'hl2-oobe' }],
    ['batch.autopilot', { profile: 'autopilot-harvest', preset: 'hl2' }],
  ];
  for (const [prefix, scenario] of scenarios) {
    const solo = await runBatch(scenario, 1);
    const all = await runBatch(scenario, DEVICES);
    if (solo.done !== 1 || all.done !== DEVICES) {
      throw new Error(`${scenario.profile}: ${solo.done} of 1 and ${all.done} of ${DEVICES} devices finished`);
    }
    if (all.bytesOverMtp === 0) throw new Error(`${scenario.profile}: no bytes moved over MTP`);
    const ratio = all.makespanMs / solo.makespanMs;
    metrics.push(
      {
        name: `${prefix}.makespan_ratio`,
        value: round(ratio, 3),
        unit: 'ratio',
        comparedTo: `${prefix}.solo_makespan_ms`,
        // 64 devices in at most 4x the time of one is 16x the throughput of a one-at-a-time bench.
        goal: '<= 4',
        pass: ratio <= 4,
        note: `${DEVICES} devices against 1, ${scenario.profile} over simulated MTP (USB 2.0 link each), simulated tech ${TECH_MS} ms per action`,
      },
      { name: `${prefix}.makespan_ms`, value: round(all.makespanMs, 1), unit: 'ms' },
      { name: `${prefix}.solo_makespan_ms`, value: round(solo.makespanMs, 1), unit: 'ms', note: 'one device alone' },
      {
        name: `${prefix}.mtp_mb`,
        value: round(all.bytesOverMtp / 2 ** 20, 1),
        unit: 'MB',
        note:
          scenario.profile === 'oobe-package'
            ? 'package copies and their read-backs, from the ledger'
            : 'Autopilot zips pulled, from the ledger',
      },
      {
        name: `${prefix}.rss_peak_mb`,
        value: round(all.peakRssMb, 1),
        unit: 'MB',
        comparedTo: `${prefix}.solo_rss_peak_mb`,
        goal: '< 500',
        pass: all.peakRssMb < 500,
        note: 'the bench process, so it includes the runs before this one',
      },
      { name: `${prefix}.solo_rss_peak_mb`, value: round(solo.peakRssMb, 1), unit: 'MB' },
      {
        name: `${prefix}.event_loop_delay_p99_ms`,
        value: round(all.loopP99Ms, 2),
        unit: 'ms',
        note: `during the batch; ${all.boards} board updates sent`,
      },
    );
  }
  return metrics;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
