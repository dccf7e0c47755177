import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { StationAutopilotPort } from '../../../../src-main/core/autopilot/batch-port.ts';
import type { BatchDeviceFacts } from '../../../../src-main/core/workflow/types.ts';
import { waitFor } from '../../../support/station.ts';
import { openAutopilotStation, type TestStation } from './station-support.ts';

let station: TestStation | undefined;
afterEach(async () => {
  await station?.dispose();
  station = undefined;
});

async function setUp(preset: 'hl2' | 'hl2-oobe' = 'hl2') {
  const t = await openAutopilotStation([preset]);
  station = t.station;
  const { sim, id } = t.devices[0]!;
  const s = t.station;
  const port = new StationAutopilotPort({
    service: s.autopilot,
    connections: s.connections,
    registry: s.registry,
    ledger: s.ledger,
    stableMs: 30,
  });
  const facts: BatchDeviceFacts = {
    serial: sim.serialNumber,
    deviceId: id,
    deviceKey: s.registry.get(id)!.ledgerKey,
    portPath: sim.portPath,
    model: 'hololens2',
    mode: 'normal',
    batteryPercent: 87,
    build: null,
    locked: false,
    simulated: true,
  };
  const signal = new AbortController().signal;
  /** Polls the port like the step does until it answers `want`. */
  const until = async (want: string) => {
    let last = '';
    await waitFor(
      () => {
        void port.diagnosticsState(facts, signal).then((st) => (last = st));
        return last === want;
      },
      3000,
      `diagnostics state ${want}`,
    );
  };
  return { s, sim, port, facts, signal, until };
}

describe('the batch engine AutopilotPort over the real harvest', () => {
  it('asks for the chord, sees the device writing, harvests the new zip and queues its upload', async () => {
    const { s, sim, port, facts, signal, until } = await setUp();
    expect(await port.diagnosticsState(facts, signal)).toBe('none');
    sim.act('power-volume-down');
    await until('ready');
    const rec = await port.harvest(facts, { groupTag: 'Line-3', assignedUser: null }, signal);
    const saved = s.autopilot.store.latestHarvests()[0]!;
    expect(rec).toEqual({
      serialNumber: sim.serialNumber,
      hashSha256: createHash('sha256').update(saved.hardwareHash).digest('hex'),
      harvestId: saved.id,
      zipPath: saved.zipPath,
    });
    // A simulated device's hash is kept, marked as training, and never queued for Intune.
    expect(saved).toMatchObject({ deviceKey: facts.deviceKey, source: 'device', simulated: true });
    expect(s.autopilot.store.listUploads()).toEqual([]);
  });

  it('takes a zip already there for an old one: the step keeps asking until a new one is written', async () => {
    const { s, sim, port, facts, signal, until } = await setUp();
    s.simulator!.functionsOf(sim.simId)!.tree.addFile(
      'Documents/AutopilotDiagnostics.zip',
      'old',
      new Date(2020, 0, 1),
    );
    expect(await port.diagnosticsState(facts, signal)).toBe('none');
    expect(await port.diagnosticsState(facts, signal)).toBe('none');
    sim.act('power-volume-down');
    await until('ready');
    const rec = await port.harvest(facts, { groupTag: null, assignedUser: null }, signal);
    expect(rec.serialNumber).toBe(sim.serialNumber);
  });

  it('reports no storage while the device hides it (setup page), then follows the chord', async () => {
    const { sim, port, facts, signal, until } = await setUp('hl2-oobe');
    expect(await port.diagnosticsState(facts, signal)).toBe('no-storage');
    sim.act('power-volume-down');
    await until('ready');
    expect((await port.harvest(facts, { groupTag: null, assignedUser: null }, signal)).harvestId).toBe(1);
  });

  it('keeps the hash even when the manifest values cannot be queued', async () => {
    const { s, sim, port, facts, signal, until } = await setUp();
    await port.diagnosticsState(facts, signal);
    sim.act('power-volume-down');
    await until('ready');
    await port.harvest(facts, { groupTag: 'bad,tag', assignedUser: null }, signal);
    expect(s.autopilot.store.latestHarvests()).toHaveLength(1);
    expect(s.autopilot.store.listUploads()).toEqual([]);
    expect(s.ledger.events(facts.deviceKey).map((e) => e.kind)).toContain('autopilot-upload-not-queued');
  });
});
