import { Station } from '../../src-main/core/station.ts';
import type { ClaimsPort } from '../../src-main/core/workflow/claims.ts';
import { parseProfile, type Profile } from '../../src-main/core/workflow/profiles.ts';
import { RESOURCES, tempDataDir } from './util.ts';

/**
 * One bench of the warehouse bench (its own process, its own data folder): simulated HoloLens 2 numbered from
 * `first` (the ones before it are made but never plugged in, so serials overlap with the neighbour benches), the
 * warehouse joined, one batch run to the end with the simulated technician. Prints what it did as JSON, with the
 * time span of every claim it held, so the harness can check that no device was held by two benches at once.
 * Usage: node warehouse-station.ts <url> <bench> <first> <count>
 */

export const BENCH_PROFILE: Profile = parseProfile({
  name: 'charge-and-enroll',
  steps: [
    { kind: 'identify' },
    { kind: 'gate', batteryMin: 90 },
    { kind: 'coach-enrollment', path: 'entra-settings' },
    { kind: 'done' },
  ],
});

export interface StationReport {
  bench: string;
  done: string[];
  skipped: string[];
  held: [serial: string, from: number, to: number][];
  makespanMs: number;
  /** Wall clock (ms since epoch) around the batch, so the harness can span all benches' batches. */
  batchStart: number;
  batchEnd: number;
}

async function main(): Promise<void> {
  const [url, bench, firstText, countText] = process.argv.slice(2);
  const first = Number(firstText);
  const count = Number(countText);
  const dir = tempDataDir();
  const station = await Station.open({
    dataDir: dir.path,
    resourcesDir: RESOURCES,
    usb: false,
    simulate: [],
    simTiming: { reenumerateMs: 10, diagnosticsMs: 20 },
    batches: { simTechDelayMs: { min: 40, max: 120 } },
  });
  const sim = station.simulator!;
  for (let i = 1; i < first; i++) sim.add({ preset: 'hl2', faults: [] }, false);
  for (let i = 0; i < count; i++) sim.add({ preset: 'hl2', faults: [] });
  await station.warehouse.connect({ url: url!, bench: bench!, tech: `tech-${bench}` });
  const claims = station.warehouse.bench!.claims;
  const since = new Map<string, number>();
  const held: StationReport['held'] = [];
  const end = (serial: string) => {
    const from = since.get(serial);
    if (from !== undefined) held.push([serial, from, Date.now()]);
    since.delete(serial);
  };
  // The engine's port, watched: when each claim was granted and when it was let go.
  const watched: ClaimsPort = {
    claim: async (req) => {
      const a = await claims.claim(req);
      if (a.kind === 'claimed') since.set(req.serial, Date.now());
      return a;
    },
    release: async (serial) => {
      end(serial);
      await claims.release(serial);
    },
    markDone: async (done) => {
      end(done.serial);
      await claims.markDone(done);
    },
  };
  station.batches.setClaims(watched);
  const batchStart = Date.now();
  const started = performance.now();
  const batch = await station.batches.start({ profile: BENCH_PROFILE, simTech: true, autoFinish: true });
  const summary = await batch.finished;
  const makespanMs = performance.now() - started;
  const report: StationReport = {
    bench: bench!,
    done: summary.devices.filter((d) => d.result === 'done').map((d) => d.serial),
    skipped: summary.devices.filter((d) => d.result === 'skipped').map((d) => d.serial),
    held,
    makespanMs,
    batchStart,
    batchEnd: Date.now(),
  };
  await station.close();
  dir.remove();
  process.stdout.write(JSON.stringify(report));
}

await main();
