import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplyFlow } from '../../../../src-main/shared/contract/packages.ts';
import type { SimPreset } from '../../../../src-main/shared/contract/sim.ts';
import { copyPackageToDevice } from '../../../../src-main/core/packages/apply.ts';
import { makeCorruptPackage, makePackage, wimlibAvailable } from '../../../support/packages.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

describe.skipIf(!wimlibAvailable())('applying a package to a simulated HoloLens', () => {
  let station: Awaited<ReturnType<typeof openTestStation>>;
  let src: { path: string; remove(): void };
  let flows: ApplyFlow[];

  async function open(preset: SimPreset) {
    station = await openTestStation({ simulate: [{ preset, faults: [] }], drives: null });
    station.ledger.setSetting('station', { technician: 'Ada' });
    station.events.on('event', (e) => {
      if (e.name === 'applyFlowChanged') flows.push(e.payload);
    });
    await station.connections.settled(3000);
    const device = station.registry.list()[0]!;
    return { device, sim: station.simulator!.list()[0]! };
  }

  async function libraryPackage(name = 'Warehouse.ppkg', spec = {}) {
    return (await station.packages.library.import(makePackage(src.path, name, spec))).package;
  }

  const flow = (id: string) => station.packages.flows.get(id);

  beforeEach(() => {
    src = tempDir();
    flows = [];
  });
  afterEach(async () => {
    await station?.dispose();
    src.remove();
  });

  it('during setup: chord, storage appears, copy verified, second chord and trust, applied and recorded', async () => {
    const { device, sim } = await open('hl2-oobe');
    const pkg = await libraryPackage();
    const started = await station.packages.flows.start(device.id, pkg.sha256, 'oobe-mtp');
    expect(started).toMatchObject({ stage: 'open-provisioning', model: 'hololens2', simId: sim.simId });

    sim.act('volume-down-power');
    await waitFor(() => flow(started.id).stage === 'confirm-on-device', 5000, 'the copy to finish');
    const copied = flow(started.id);
    expect(copied).toMatchObject({ storageSeen: true, verified: true, remotePath: 'Internal Storage/Warehouse.ppkg' });
    expect(station.packages.library.filePath(pkg.sha256)).toBeTruthy();
    const job = station.jobs.get(copied.jobId!)!;
    expect(job).toMatchObject({ state: 'done', kind: 'ppkg-push', deviceId: device.id });

    sim.act('volume-down-power');
    expect(sim.state.phase).toBe('oobe-trust-prompt');
    sim.act('accept-trust-prompt');
    await waitFor(() => flow(started.id).result, 5000, 'the station to see the package go');

    const done = flow(started.id);
    expect(done).toMatchObject({
      result: 'applied',
      confirmedBy: 'station',
      detected: 'package-gone',
      stage: 'finished',
    });
    expect(sim.state.appliedPackages).toEqual(['Warehouse.ppkg']);
    const [app] = station.packages.applications.list({ sha256: pkg.sha256 });
    expect(app).toMatchObject({
      method: 'oobe-mtp',
      result: 'applied',
      confirmedBy: 'station',
      technician: 'Ada',
      serial: sim.serialNumber,
      verified: true,
      remotePath: 'Internal Storage/Warehouse.ppkg',
    });
    const history = station.ledger.events(station.registry.get(device.id)!.ledgerKey).map((e) => e.kind);
    expect(history).toEqual(expect.arrayContaining(['package-apply-started', 'package-apply-finished']));
    // Every stage was announced to the UI.
    expect(new Set(flows.map((f) => f.stage))).toEqual(
      new Set(['open-provisioning', 'copying', 'confirm-on-device', 'finished']),
    );
  });

  it('after setup: copies into Documents, then the tech confirms it was added in Settings', async () => {
    const { device } = await open('hl2');
    const pkg = await libraryPackage();
    const started = await station.packages.flows.start(device.id, pkg.sha256, 'documents-settings');
    await waitFor(() => flow(started.id).stage === 'add-in-settings', 5000, 'the copy');
    expect(flow(started.id).remotePath).toBe('Internal Storage/Documents/Warehouse.ppkg');
    const done = station.packages.flows.confirm(started.id, 'applied', 'looked fine');
    expect(done).toMatchObject({ result: 'applied', confirmedBy: 'technician' });
    expect(station.packages.applications.list()[0]).toMatchObject({
      method: 'documents-settings',
      result: 'applied',
      confirmedBy: 'technician',
      detail: { note: 'looked fine' },
    });
  });

  it('cancel after the copy removes the package from the device again', async () => {
    const { device, sim } = await open('hl2-oobe');
    const pkg = await libraryPackage();
    sim.act('volume-down-power');
    await waitFor(() => station.registry.get(device.id)!.view.storageState === 'available', 3000, 'storage');
    const started = await station.packages.flows.start(device.id, pkg.sha256, 'oobe-mtp');
    await waitFor(() => flow(started.id).stage === 'confirm-on-device', 5000, 'the copy');
    const canceled = await station.packages.flows.cancel(started.id);
    expect(canceled).toMatchObject({ result: 'canceled' });
    expect(canceled.message).toMatch(/removed the package/);
    const storage = await station.connections.storage(device.id);
    expect(await storage.stat('Internal Storage/Warehouse.ppkg')).toBeNull();
    expect(station.packages.applications.list()[0]?.result).toBe('canceled');
  });

  it('refuses a package with a block finding before touching the device', async () => {
    const { device } = await open('hl2-oobe');
    const bad = (await station.packages.library.import(makeCorruptPackage(src.path))).package;
    await expect(station.packages.flows.start(device.id, bad.sha256, 'oobe-mtp')).rejects.toMatchObject({
      code: 'ppkg.blocked',
    });
    expect(station.packages.applications.list()).toEqual([]);
  });

  it('one apply at a time per device', async () => {
    const { device } = await open('hl2-oobe');
    const pkg = await libraryPackage();
    await station.packages.flows.start(device.id, pkg.sha256, 'oobe-mtp');
    await expect(station.packages.flows.start(device.id, pkg.sha256, 'oobe-mtp')).rejects.toMatchObject({
      code: 'ppkg.flow-running',
    });
  });

  it('a copy cut by an unplug fails the apply with a plain message and records it', async () => {
    const { device } = await open('hl2');
    const pkg = await libraryPackage('Big.ppkg', { padding: 3_000_000, salt: 'big' });
    const started = await station.packages.flows.start(device.id, pkg.sha256, 'documents-settings');
    station.simulator!.list()[0]!.unplug();
    await waitFor(() => flow(started.id).result, 5000, 'the failure');
    expect(flow(started.id)).toMatchObject({ result: 'failed', stage: 'finished' });
    expect(flow(started.id).error?.message).toBeTruthy();
    expect(station.packages.applications.list()[0]?.result).toBe('failed');
  });

  it('copyPackageToDevice verifies by reading back and reports the device copy', async () => {
    const { device } = await open('hl2');
    const file = makePackage(src.path, 'Direct.ppkg');
    const storage = await station.connections.storage(device.id);
    const phases = new Set<string>();
    const copy = await copyPackageToDevice(storage, file, 'documents', { onProgress: (p) => phases.add(p.phase) });
    expect(copy).toMatchObject({
      remotePath: 'Internal Storage/Documents/Direct.ppkg',
      verified: true,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    });
    expect(phases).toContain('verify');
    // No storage yet: a plain error saying what to do.
    station.simulator!.list()[0]!.act('lock');
    await waitFor(() => station.registry.get(device.id)!.view.storageState === 'no-storage-yet', 3000, 'lock');
    await expect(copyPackageToDevice(storage, file, 'oobe')).rejects.toMatchObject({ code: 'no-storage-yet' });
  });
});
