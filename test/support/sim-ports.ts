import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { StationError } from '../../src-main/shared/errors.ts';
import type { SimBus } from '../../src-main/sim/sim-bus.ts';
import type { SimDevice } from '../../src-main/sim/sim-device.ts';
import type {
  AutopilotPort,
  BatchDeviceFacts,
  DiagnosticsState,
  HarvestRecord,
  OobePackageState,
  PackageInfo,
  PackagesPort,
} from '../../src-main/core/workflow/types.ts';
import { sleep } from '../../src-main/core/workflow/wait.ts';

/**
 * Test doubles for the package and Autopilot ports that read and drive the simulator's device state directly,
 * without MTP: for the engine's own tests (resume, crash, scheduling), where what is tested is the engine, not
 * the device road. The station, the CLI and the batch bench use the real ports (MTP copy, zip harvest). Each takes
 * a latency model: how long the device takes.
 */

export interface SimLatency {
  /** Milliseconds a package copy takes on this device. */
  copyMs?: (serial: string) => number;
  /** Milliseconds reading the Autopilot zip takes on this device. */
  harvestMs?: (serial: string) => number;
}

function simLookup(sim: SimBus, d: BatchDeviceFacts): SimDevice | null {
  return sim.list().find((s) => s.serialNumber === d.serial && s.onBus) ?? null;
}

function gone(d: BatchDeviceFacts): StationError {
  return new StationError('device-gone', 'The device went away', `Plug device ${d.serial} back in.`, {
    disconnected: true,
  });
}

export async function describePackageFile(path: string): Promise<PackageInfo> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { path, name: basename(path), sha256: hash.digest('hex'), size };
}

export class SimPackages implements PackagesPort {
  private readonly sim: SimBus;
  private readonly latency: SimLatency;
  private readonly copied = new Map<string, Set<string>>();

  constructor(sim: SimBus, latency: SimLatency = {}) {
    this.sim = sim;
    this.latency = latency;
  }

  readonly describe = (path: string): Promise<PackageInfo> => describePackageFile(path);

  readonly oobeState = (d: BatchDeviceFacts, pkg: PackageInfo): Promise<OobePackageState> => {
    const s = simLookup(this.sim, d);
    if (!s) return Promise.reject(gone(d));
    if (s.state.appliedPackages.includes(pkg.name)) return Promise.resolve('applied');
    const byPhase: Record<SimDevice['state']['phase'], OobePackageState> = {
      'oobe-first-page': 'first-page',
      'oobe-provisioning': 'provisioning-open',
      'oobe-trust-prompt': 'trust-prompt',
      desktop: 'past-setup',
    };
    return Promise.resolve(byPhase[s.state.phase]);
  };

  readonly copyToDevice = async (d: BatchDeviceFacts, pkg: PackageInfo, signal: AbortSignal) => {
    await sleep(this.latency.copyMs?.(d.serial) ?? 0, signal);
    const s = simLookup(this.sim, d);
    if (signal.aborted || !s) throw gone(d);
    if (!s.storageVisible) {
      throw new StationError('storage-hidden', 'No storage', 'The provisioning page closed before the copy.');
    }
    const names = this.copied.get(d.serial) ?? new Set<string>();
    names.add(pkg.name);
    this.copied.set(d.serial, names);
    s.hooks.pendingPackages = () => [...names];
    return { remotePath: `Internal Storage/${pkg.name}`, sha256: pkg.sha256, verified: true };
  };
}

export class SimAutopilot implements AutopilotPort {
  private readonly sim: SimBus;
  private readonly latency: SimLatency;
  private readonly written = new Set<string>();
  private readonly offs: (() => void)[] = [];

  constructor(sim: SimBus, latency: SimLatency = {}) {
    this.sim = sim;
    this.latency = latency;
    const watch = (d: SimDevice): void => {
      let collecting = d.state.collectingDiagnostics;
      this.offs.push(
        d.events.on('state', () => {
          if (collecting && !d.state.collectingDiagnostics) this.written.add(d.serialNumber);
          collecting = d.state.collectingDiagnostics;
        }),
      );
    };
    sim.list().forEach(watch);
    this.offs.push(sim.events.on('created', watch));
  }

  readonly diagnosticsState = (d: BatchDeviceFacts): Promise<DiagnosticsState> => {
    const s = simLookup(this.sim, d);
    if (!s) return Promise.reject(gone(d));
    if (s.state.collectingDiagnostics) return Promise.resolve('collecting');
    return Promise.resolve(this.written.has(d.serial) ? 'ready' : 'none');
  };

  readonly harvest = async (d: BatchDeviceFacts, _v: unknown, signal: AbortSignal): Promise<HarvestRecord> => {
    await sleep(this.latency.harvestMs?.(d.serial) ?? 0, signal);
    if (signal.aborted || !simLookup(this.sim, d)) throw gone(d);
    return {
      serialNumber: d.serial,
      hashSha256: createHash('sha256').update(`sim-hardware-hash:${d.serial}`).digest('hex'),
      harvestId: null,
      zipPath: 'Internal Storage/Documents/AutopilotDiagnostics.zip',
    };
  };

  dispose(): void {
    this.offs.splice(0).forEach((off) => off());
  }
}
