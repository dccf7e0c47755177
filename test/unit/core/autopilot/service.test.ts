import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INTUNE_CSV_HEADER } from '../../../../src-main/core/autopilot/intune-csv.ts';
import { hashFingerprint } from '../../../../src-main/shared/contract/autopilot.ts';
import { productIdFor } from '../../../../src-main/sim/sim-functions.ts';
import { openAutopilotStation, type TestStation } from './station-support.ts';

let station: TestStation | undefined;
afterEach(async () => {
  await station?.dispose();
  station = undefined;
});

describe('AutopilotService: the interactive harvest job', () => {
  it('coaches the chord, shows the stages, ends with serial, product ID and fingerprint, and updates the views', async () => {
    const t = await openAutopilotStation(['hl2']);
    station = t.station;
    const { sim, id } = t.devices[0]!;
    const phases: string[] = [];
    const messages: string[] = [];
    station.jobs.events.on('changed', (j) => {
      if (phases.at(-1) !== j.phase) phases.push(j.phase);
      messages.push(j.message);
    });
    const { view, done } = station.autopilot.startHarvest(id, { onWaiting: () => sim.act('power-volume-down') });
    expect(view).toMatchObject({ kind: 'autopilot-harvest', deviceId: id, state: 'running' });
    const job = await done;
    expect(job.state).toBe('done');
    expect(phases).toEqual(['starting', 'waiting', 'device-writing', 'copying', 'reading', 'saved']);
    expect(messages).toContain(
      `Press Power and Volume Down together on the HoloLens 2 in port ${sim.portPath}, then let go.`,
    );
    const h = station.autopilot.store.latestHarvests()[0]!;
    expect(job.result).toMatchObject({
      serialNumber: sim.serialNumber,
      productId: productIdFor(sim.serialNumber),
      fingerprint: hashFingerprint(h.hashSha256),
      harvestId: h.id,
      portPath: sim.portPath,
    });
    expect(job.message).toBe(`Saved: serial ${sim.serialNumber}, hash ${hashFingerprint(h.hashSha256)}.`);
    expect(dirname(String(job.result?.zipPath))).toBe(station.dataPath('autopilot', sim.serialNumber));

    const [row] = station.autopilot.harvests();
    expect(row).toMatchObject({ serialNumber: sim.serialNumber, deviceId: id, historyCount: 1, upload: null });
    expect(row!.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const history = station.ledger.events(station.registry.get(id)!.ledgerKey).map((e) => e.kind);
    expect(history).toContain('autopilot-harvested');
    const statuses = t.events.filter((e) => e.name === 'autopilotChanged');
    expect(statuses.length).toBeGreaterThan(0);
    // The hash itself never leaves the station in an event.
    expect(JSON.stringify(t.events)).not.toContain(h.hardwareHash.slice(0, 40));
  });

  it('refuses a HoloLens (1st gen): Autopilot is HoloLens 2 only', async () => {
    const t = await openAutopilotStation(['hl1']);
    station = t.station;
    expect(() => station!.autopilot.startHarvest(t.devices[0]!.id)).toThrow(
      expect.objectContaining({ code: 'autopilot-hololens2-only', title: 'Autopilot is for HoloLens 2 only' }),
    );
  });

  it('can be canceled while it waits, and the ledger records the failure reason only', async () => {
    const t = await openAutopilotStation(['hl2']);
    station = t.station;
    const { id } = t.devices[0]!;
    const { view, done } = station.autopilot.startHarvest(id);
    // A second start for the same device joins the running job.
    expect(station.autopilot.startHarvest(id).view.id).toBe(view.id);
    await new Promise((r) => setTimeout(r, 50));
    expect(station.jobs.cancel(view.id)).toBe(true);
    expect((await done).state).toBe('canceled');
    expect(station.autopilot.store.latestHarvests()).toEqual([]);
  });

  it('times out with the tech-facing message in the job', async () => {
    const t = await openAutopilotStation(['hl2']);
    station = t.station;
    const job = await station.autopilot.startHarvest(t.devices[0]!.id, { timeoutMs: 150 }).done;
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('autopilot-harvest-timeout');
  });
});

describe('AutopilotService: the Intune CSV export into the data folder', () => {
  it('writes the exact header and a row per harvested device, per-device values over the batch ones', async () => {
    const t = await openAutopilotStation(['hl2', 'hl2']);
    station = t.station;
    for (const { sim, id } of t.devices) {
      await station.autopilot.startHarvest(id, { onWaiting: () => sim.act('power-volume-down') }).done;
    }
    const [a, b] = t.devices.map((d) => d.sim.serialNumber) as [string, string];
    // Only training harvests here (simulated devices): they go into a CSV only when asked for.
    await expect(station.autopilot.exportCsv({ groupTag: 'Bench' })).rejects.toMatchObject({
      code: 'intune-csv-empty',
    });
    const result = await station.autopilot.exportCsv({
      includeTraining: true,
      groupTag: 'Bench',
      perDevice: [{ serialNumber: b, groupTag: 'Pilot', assignedUser: 'ada@contoso.com' }],
    });
    expect(result.devices).toBe(2);
    expect(result.files).toHaveLength(1);
    const file = result.files[0]!;
    expect(dirname(file.path)).toBe(station.dataPath('exports'));
    const lines = readFileSync(file.path, 'latin1').split('\r\n');
    expect(lines[0]).toBe(INTUNE_CSV_HEADER);
    const hashes = new Map(station.autopilot.store.latestHarvests().map((h) => [h.serialNumber, h.hardwareHash]));
    expect(lines[1]).toBe(`${a},${productIdFor(a)},${hashes.get(a)},Bench,`);
    expect(lines[2]).toBe(`${b},${productIdFor(b)},${hashes.get(b)},Pilot,ada@contoso.com`);
    expect(lines[3]).toBe('');
  });

  it('names the device when a value would break the file', async () => {
    const t = await openAutopilotStation(['hl2']);
    station = t.station;
    const { sim, id } = t.devices[0]!;
    await station.autopilot.startHarvest(id, { onWaiting: () => sim.act('power-volume-down') }).done;
    const bad = await station.autopilot
      .exportCsv({ groupTag: 'a,b', includeTraining: true })
      .catch((e: unknown) => e as Error & { code: string });
    expect(bad).toMatchObject({ code: 'intune-csv-invalid' });
    expect((bad as Error).message).toContain(`device ${sim.serialNumber}`);
    await expect(station.autopilot.exportCsv({ serialNumbers: ['NOPE'] })).rejects.toMatchObject({
      code: 'intune-csv-empty',
    });
  });
});
