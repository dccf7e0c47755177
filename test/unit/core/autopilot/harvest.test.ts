import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { harvestFromDevice, type HarvestStage } from '../../../../src-main/core/autopilot/harvest.ts';
import { SqliteAutopilotStore } from '../../../../src-main/core/autopilot/sqlite-store.ts';
import type { DeviceStorage } from '../../../../src-main/core/mtp/storage-port.ts';
import type { SimPreset } from '../../../../src-main/shared/contract/sim.ts';
import type { StationError } from '../../../../src-main/shared/errors.ts';
import { productIdFor } from '../../../../src-main/sim/sim-functions.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

/** Runs against the simulator's real MTP responder: the station reads the storage exactly as it would a device. */

let station: Awaited<ReturnType<typeof openTestStation>> | undefined;
const dirs: { remove(): void }[] = [];

afterEach(async () => {
  await station?.dispose();
  station = undefined;
  dirs.splice(0).forEach((d) => d.remove());
});

async function plugged(preset: SimPreset = 'hl2') {
  station = await openTestStation({ simulate: [] });
  const sim = station.simulator!.add({ preset, faults: [] });
  const id = `sim-${sim.portPath}`;
  await waitFor(() => station!.registry.get(id), 2000, 'the device');
  await station.connections.settled(2000);
  const storage = await station.connections.storage(id);
  const zipDir = tempDir('holobench-zips-');
  dirs.push(zipDir);
  return { s: station, sim, id, storage, zipDir: zipDir.path, store: new SqliteAutopilotStore(station.ledger) };
}

function run(
  storage: DeviceStorage,
  o: { zipDir: string; store: SqliteAutopilotStore; onWaiting?: () => void; timeoutMs?: number; signal?: AbortSignal },
) {
  const stages: HarvestStage[] = [];
  const done = harvestFromDevice(storage, {
    timeoutMs: o.timeoutMs ?? 4000,
    pollMs: 20,
    stableMs: 40,
    zipDir: o.zipDir,
    deviceKey: 'key-1',
    store: o.store,
    signal: o.signal,
    onStage: (stage) => {
      if (stages.at(-1) !== stage) stages.push(stage);
      if (stage === 'waiting') o.onWaiting?.();
    },
  });
  return { done, stages };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as StationError,
  );

describe('harvestFromDevice against the simulated HoloLens 2', () => {
  it('chord -> temp file -> zip -> pulled, hash read and saved with its zip kept', async () => {
    const { sim, storage, zipDir, store } = await plugged();
    const { done, stages } = run(storage, { zipDir, store, onWaiting: () => sim.act('power-volume-down') });
    const r = await done;
    expect(stages).toEqual(['waiting', 'device-writing', 'copying', 'reading', 'saved']);
    expect(r.harvest).toMatchObject({
      serialNumber: sim.serialNumber,
      productId: productIdFor(sim.serialNumber),
      source: 'device',
      deviceKey: 'key-1',
      zipPath: r.zipPath,
    });
    expect(r.harvest.csvName).toMatch(/^DeviceHash.*\.csv$/);
    expect(r.harvest.hardwareHash).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(existsSync(r.zipPath)).toBe(true);
    expect(r.zipBytes).toBeGreaterThan(0);
    expect(store.harvestHistory(sim.serialNumber)).toHaveLength(1);
  });

  it('does not take a zip already in Documents for the new one, and keeps history', async () => {
    const { sim, storage, zipDir, store } = await plugged();
    await run(storage, { zipDir, store, onWaiting: () => sim.act('power-volume-down') }).done;
    // Nobody presses the buttons this time: the old zip must not pass for a new harvest.
    const idle = await failure(run(storage, { zipDir, store, timeoutMs: 400 }).done);
    expect(idle?.code).toBe('autopilot-harvest-timeout');
    expect(store.harvestHistory(sim.serialNumber)).toHaveLength(1);
    const again = await run(storage, { zipDir, store, onWaiting: () => sim.act('power-volume-down') }).done;
    expect(store.harvestHistory(sim.serialNumber).map((h) => h.id)).toEqual([1, again.harvest.id]);
    expect(readdirSync(zipDir).filter((f) => f.endsWith('.zip'))).toHaveLength(2);
  });

  it('times out with a message that says what to press', async () => {
    const { storage, zipDir, store } = await plugged();
    const e = await failure(run(storage, { zipDir, store, timeoutMs: 200 }).done);
    expect(e).toMatchObject({ code: 'autopilot-harvest-timeout', title: 'No new Autopilot file appeared' });
    expect(e?.message).toMatch(/Power and Volume Down/);
  });

  it('stops at once when canceled, saving nothing', async () => {
    const { storage, zipDir, store } = await plugged();
    const abort = new AbortController();
    const { done } = run(storage, { zipDir, store, signal: abort.signal, onWaiting: () => abort.abort() });
    expect(await failure(done)).toMatchObject({ code: 'canceled', canceled: true });
    expect(store.latestHarvests()).toEqual([]);
  });

  it('ends with a typed error when the device is unplugged mid-wait', async () => {
    const { sim, storage, zipDir, store } = await plugged();
    const { done } = run(storage, { zipDir, store, onWaiting: () => setTimeout(() => sim.unplug(), 30) });
    expect(await failure(done)).toMatchObject({ code: 'autopilot-device-gone', disconnected: true });
    expect(store.latestHarvests()).toEqual([]);
  });

  it('at the setup page the storage only shows after the chord, and the harvest still works', async () => {
    const { sim, storage, zipDir, store } = await plugged('hl2-oobe');
    expect(sim.storageVisible).toBe(false);
    const r = await run(storage, { zipDir, store, onWaiting: () => sim.act('power-volume-down') }).done;
    expect(r.harvest.serialNumber).toBe(sim.serialNumber);
  });

  it('a damaged zip is a clear error and the copy is kept for support', async () => {
    const { s, sim, storage, zipDir, store } = await plugged();
    const tree = s.simulator!.functionsOf(sim.simId)!.tree;
    const { done } = run(storage, {
      zipDir,
      store,
      onWaiting: () => tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK\u0003\u0004 not really a zip'),
    });
    const e = await failure(done);
    expect(e?.code).toMatch(/^autopilot-zip-/);
    expect(e?.message).toMatch(/kept at .*AutopilotDiagnostics-.*\.zip/);
    expect(readdirSync(zipDir)).toHaveLength(1);
    expect(store.latestHarvests()).toEqual([]);
  });
});
