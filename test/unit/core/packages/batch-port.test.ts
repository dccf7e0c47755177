import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StationPackagesPort } from '../../../../src-main/core/packages/batch-port.ts';
import { builtInProfile } from '../../../../src-main/core/workflow/profiles.ts';
import type { BatchDeviceFacts, PackageInfo } from '../../../../src-main/core/workflow/types.ts';
import { makePackage, wimlibAvailable } from '../../../support/packages.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

type TestStation = Awaited<ReturnType<typeof openTestStation>>;

/** Asks until the answer is `want` (the support waitFor takes synchronous probes only). */
async function until<T>(ask: () => Promise<T>, want: T, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  let last: T | undefined;
  while (Date.now() - start < timeoutMs) {
    last = await ask();
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`still ${String(last)} after ${timeoutMs} ms, wanted ${String(want)}`);
}

function factsOf(station: TestStation, index = 0): BatchDeviceFacts {
  const view = station.registry.list()[index]!;
  const live = station.registry.get(view.id)!;
  return {
    serial: view.serialNumber!,
    deviceId: view.id,
    deviceKey: live.ledgerKey,
    portPath: view.portPath,
    model: 'hololens2',
    mode: 'normal',
    batteryPercent: 87,
    build: '22621.1244',
    locked: false,
    simulated: true,
  };
}

describe.skipIf(!wimlibAvailable())('the batch engine package port over the real services', () => {
  let station: TestStation;
  let src: { path: string; remove(): void };
  let port: StationPackagesPort;
  const signal = new AbortController().signal;

  beforeEach(() => {
    src = tempDir();
  });
  afterEach(async () => {
    port?.dispose();
    await station?.dispose();
    src.remove();
  });

  async function open(count = 1) {
    station = await openTestStation({
      simulate: Array.from({ length: count }, () => ({ preset: 'hl2-oobe' as const, faults: [] })),
      drives: null,
      batches: { timing: { pollMs: 20, workingAfterMs: 10 }, simTechDelayMs: { min: 1, max: 5 } },
    });
    await station.connections.settled(3000);
    port = new StationPackagesPort(station.packages, station.registry);
    return port;
  }

  const storageOpen = (d: BatchDeviceFacts) =>
    waitFor(() => station.registry.get(d.deviceId)!.view.storageState === 'available', 3000, 'storage');

  it('walks a device through every setup state from what its storage shows, copying over MTP and recording the apply', async () => {
    await open();
    const d = factsOf(station);
    const sim = station.simulator!.list()[0]!;
    const pkg: PackageInfo = await port.describe(makePackage(src.path, 'Warehouse.ppkg'));
    expect(pkg.name).toBe('Warehouse.ppkg');
    expect(pkg.sha256).toMatch(/^[0-9a-f]{64}$/);

    expect(await port.oobeState(d, pkg, signal)).toBe('first-page');
    sim.act('volume-down-power');
    await storageOpen(d);
    expect(await port.oobeState(d, pkg, signal)).toBe('provisioning-open');
    const copy = await port.copyToDevice(d, pkg, signal);
    expect(copy).toEqual({ remotePath: 'Internal Storage/Warehouse.ppkg', sha256: pkg.sha256, verified: true });
    // Copying again is harmless: the copy is replaced, not doubled.
    await port.copyToDevice(d, pkg, signal);
    sim.act('volume-down-power');
    expect(await port.oobeState(d, pkg, signal)).toBe('trust-prompt');
    sim.act('accept-trust-prompt');
    await until(() => port.oobeState(d, pkg, signal), 'applied');
    const apps = station.packages.applications.list({ sha256: pkg.sha256 });
    expect(apps.map((a) => a.result).sort()).toEqual(['applied', 'copied']);
    expect(apps[0]).toMatchObject({
      method: 'oobe-mtp',
      confirmedBy: 'station',
      serial: d.serial,
      detail: { via: 'batch' },
    });
  });

  it('asks the tech when the storage closed without the package being seen to go', async () => {
    await open();
    const d = factsOf(station);
    const sim = station.simulator!.list()[0]!;
    const pkg = await port.describe(makePackage(src.path, 'Unsure.ppkg'));
    sim.act('volume-down-power');
    await storageOpen(d);
    await port.copyToDevice(d, pkg, signal);
    sim.act('finish-setup'); // moves on without the trust prompt; then locks, hiding the storage
    sim.act('lock');
    await waitFor(() => station.registry.get(d.deviceId)!.view.storageState !== 'available', 3000, 'storage gone');
    expect(await port.oobeState(d, pkg, signal)).toBe('unknown');
  });

  it('runs the built-in oobe-package batch on two devices with the simulated technician', async () => {
    await open(2);
    const file = makePackage(src.path, 'Batch.ppkg');
    const batch = await station.batches.start({
      profile: builtInProfile('oobe-package')!,
      packagePath: file,
      simTech: true,
      autoFinish: true,
    });
    const summary = await batch.finished;
    expect(summary.devices.map((x) => x.result)).toEqual(['done', 'done']);
    for (const sim of station.simulator!.list()) expect(sim.state.appliedPackages).toEqual(['Batch.ppkg']);
    const applied = station.packages.applications.list().filter((a) => a.result === 'applied');
    expect(new Set(applied.map((a) => a.serial))).toEqual(
      new Set(station.simulator!.list().map((s) => s.serialNumber)),
    );
  });
});
