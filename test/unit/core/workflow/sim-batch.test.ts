import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkflowEngine } from '../../../../src-main/core/workflow/engine.ts';
import { parseManifest } from '../../../../src-main/core/workflow/manifest.ts';
import { builtInProfile, parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { createSimTechnician } from '../../../../src-main/sim/sim-tech.ts';
import { SimAutopilot, SimPackages } from '../../../support/sim-ports.ts';
import { waitFor } from '../../../support/station.ts';
import { FAST, simBench, tempDir } from './helpers.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function bench(simulate: string[]) {
  const b = await simBench(simulate);
  cleanup.push(() => b.close());
  return b;
}

function packageFile(): string {
  const dir = tempDir();
  cleanup.push(() => dir.remove());
  const path = join(dir.path, 'Warehouse.ppkg');
  writeFileSync(path, 'MSWIM\0\0\0 pretend package');
  return path;
}

const tech = (sim: Parameters<typeof createSimTechnician>[0]) => {
  const t = createSimTechnician(sim, { delayMs: { min: 1, max: 5 } });
  cleanup.push(() => t.dispose());
  return t;
};

describe('batches on simulated devices', () => {
  it('takes 64 devices at once through identify, gate and rename', async () => {
    const b = await bench(Array.from({ length: 64 }, () => 'hl2'));
    const engine = new WorkflowEngine({ ledger: b.ledger, devices: b.devices, timing: FAST });
    const rows = b.sim.list().map((d, i) => `${d.serialNumber},HL-${String(i).padStart(3, '0')}`);
    const manifest = parseManifest(['serial,device name', ...rows].join('\n'), 'm.csv');
    const profile = parseProfile({
      name: 'name-them',
      steps: [
        { kind: 'identify' },
        { kind: 'gate', batteryMin: 40, model: 'hololens2' },
        { kind: 'rename' },
        { kind: 'done' },
      ],
    });
    const started = performance.now();
    const batch = await engine.startBatch({ profile, manifest });
    const summary = await batch.finished;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(summary.counts).toMatchObject({ total: 64, done: 64 });
    expect(new Set(summary.devices.map((d) => d.serial)).size).toBe(64);
    const doneRows = engine.store.stepRuns(batch.id).filter((r) => r.state === 'done');
    expect(doneRows).toHaveLength(64 * 4);
    const d0 = summary.devices.find((d) => d.serial === 'SIMHL20001')!;
    expect(d0).toMatchObject({ name: 'HL-000', portPath: '9-1.1', inManifest: true });
    expect(d0.steps[2]!.result).toEqual({ name: 'HL-000', applied: 'recorded' });
    // The device history in the station's ledger notes the batch too (when the engine shares that ledger).
    if (b.ledger === b.station.ledger) {
      expect(b.station.ledger.events('sn:045E:F0A2:SIMHL20001').map((e) => e.kind)).toContain('batch-done');
    }
  });

  it('applies a package at the setup page with the simulated technician doing the button work', async () => {
    const b = await bench(['hl2-oobe', 'hl2-oobe', 'hl2-oobe', 'hl1']);
    const engine = new WorkflowEngine({
      ledger: b.ledger,
      devices: b.devices,
      timing: FAST,
      ports: { packages: new SimPackages(b.sim), simTech: tech(b.sim) },
    });
    const cues: string[] = [];
    const batch = await engine.startBatch({ profile: builtInProfile('oobe-package')!, packagePath: packageFile() });
    batch.events.on('deviceNeedsTech', (c) => cues.push(`${c.serial}: ${c.nextAction?.title}`));
    const summary = await batch.finished;
    const hl2 = summary.devices.filter((d) => d.serial.startsWith('SIMHL2O'));
    expect(hl2.map((d) => d.result)).toEqual(['done', 'done', 'done']);
    expect(hl2[0]!.steps[2]!.result).toMatchObject({ package: 'Warehouse.ppkg', sha256: summary.packageSha256 });
    for (const d of b.sim.list().filter((s) => s.preset === 'hl2-oobe')) {
      expect(d.state.appliedPackages).toEqual(['Warehouse.ppkg']);
    }
    // The HoloLens (1st gen) is past setup: it fails with what to do instead.
    const hl1 = summary.devices.find((d) => d.serial.startsWith('SIMHL1'))!;
    expect(hl1).toMatchObject({ result: 'failed', error: { code: 'package-past-setup' } });
    expect(cues).toContain('SIMHL2O0001: Open the provisioning page');
    expect(cues).toContain('SIMHL2O0001: Press Volume Down + Power again');
    expect(cues).toContain('SIMHL2O0001: Accept the package on the device');
  });

  it('harvests Autopilot hashes and skips a HoloLens (1st gen) as not applicable', async () => {
    const b = await bench(['hl2', 'hl2', 'hl1']);
    const autopilot = new SimAutopilot(b.sim);
    cleanup.push(() => autopilot.dispose());
    const engine = new WorkflowEngine({
      ledger: b.ledger,
      devices: b.devices,
      timing: FAST,
      ports: { autopilot, simTech: tech(b.sim) },
    });
    const summary = await (await engine.startBatch({ profile: builtInProfile('autopilot-harvest')! })).finished;
    expect(summary.devices.map((d) => [d.serial, d.result, d.error?.code ?? null])).toEqual([
      ['SIMHL20001', 'done', null],
      ['SIMHL20002', 'done', null],
      // The wrong model for the profile is not a failure: it does not apply, and the batch can still end clean.
      ['SIMHL10001', 'skipped', 'not-applicable'],
    ]);
    expect(summary.devices[0]!.steps[2]!.result).toMatchObject({ serialNumber: 'SIMHL20001' });
    expect(JSON.stringify(summary)).not.toMatch(/sim-hardware-hash/);
  });

  it('pauses a device unplugged mid-workflow and resumes it when plugged back in', async () => {
    const b = await bench(['hl2-oobe', 'hl2-oobe']);
    const engine = new WorkflowEngine({
      ledger: b.ledger,
      devices: b.devices,
      timing: FAST,
      ports: { packages: new SimPackages(b.sim) },
    });
    const batch = await engine.startBatch({ profile: builtInProfile('oobe-package')!, packagePath: packageFile() });
    await waitFor(() => batch.board().counts.needsTech === 2, 3000, 'both at the setup page');
    const [first, second] = b.sim.list();
    first!.unplug();
    await waitFor(() => batch.board().cards[0]!.state === 'paused', 2000, 'paused');
    expect(batch.board().cards[0]!.nextAction?.title).toBe('Plug it back in');
    first!.act('volume-down-power'); // the tech presses the chord while it is unplugged
    first!.plug();
    await waitFor(
      () => batch.board().cards[0]!.nextAction?.title === 'Press Volume Down + Power again',
      3000,
      'copied',
    );
    second!.act('volume-down-power');
    const allAsk = (title: string) =>
      waitFor(() => batch.board().cards.every((c) => c.nextAction?.title === title), 3000, title);
    await allAsk('Press Volume Down + Power again');
    for (const d of [first!, second!]) d.act('volume-down-power');
    await allAsk('Accept the package on the device');
    for (const d of [first!, second!]) d.act('accept-trust-prompt');
    const summary = await batch.finished;
    expect(summary.devices.map((d) => d.result)).toEqual(['done', 'done']);
    const applyRuns = engine.store.stepRuns(batch.id, first!.serialNumber).filter((r) => r.stepIndex === 2);
    expect(applyRuns.map((r) => r.state)).toEqual(['paused', 'done']);
  });

  it('binds a scanned asset tag to the device asking for one, and refuses the wrong label', async () => {
    const b = await bench(['hl2', 'hl2']);
    const engine = new WorkflowEngine({ ledger: b.ledger, devices: b.devices, timing: FAST });
    const manifest = parseManifest('serial,asset tag\nSIMHL20001,AT-1001\nSIMHL20002,AT-1002\n');
    const profile = parseProfile({
      name: 'tagged',
      steps: [{ kind: 'identify', scan: 'asset-tag' }, { kind: 'done' }],
    });
    const batch = await engine.startBatch({ profile, manifest });
    await waitFor(() => batch.board().counts.needsTech === 2, 2000, 'both ask for a scan');
    const asking = batch.awaitingScan()!;
    expect(asking.serial).toBe('SIMHL20001');
    const wrong = batch.scans.bind({ text: 'AT-1002' });
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.reason).toContain('belongs to device SIMHL20002');
    expect(batch.scans.bind({ text: 'AT-1001' })).toMatchObject({ ok: true, serial: 'SIMHL20001' });
    await waitFor(() => batch.awaitingScan()?.serial === 'SIMHL20002', 2000, 'next device asks');
    expect(batch.scans.bind({ text: 'at-1002' })).toMatchObject({ ok: true });
    const summary = await batch.finished;
    expect(summary.devices.map((d) => d.steps[0]!.result?.assetTag)).toEqual(['at-1002', 'AT-1001'].reverse());
  });

  it('leaves devices that are not HoloLens out of the batch', async () => {
    const b = await bench(['hl2', 'wmr-sensors', 'other-ms', 'hl1']);
    const engine = new WorkflowEngine({ ledger: b.ledger, devices: b.devices, timing: FAST });
    const summary = await (await engine.startBatch({ profile: builtInProfile('inventory')! })).finished;
    expect(summary.devices.map((d) => d.serial)).toEqual(['SIMHL20001', 'SIMHL10001']);
  });

  it('restarts a device out of flashing mode: it leaves the bus, comes back normal, and carries on', async () => {
    const b = await bench(['hl2-flashing']);
    const engine = new WorkflowEngine({
      ledger: b.ledger,
      devices: b.devices,
      timing: FAST,
      ports: { simTech: tech(b.sim) },
    });
    const profile = parseProfile({
      name: 'restart',
      steps: [{ kind: 'gate', batteryMin: 40 }, { kind: 'coach-enrollment', path: 'entra-oobe' }, { kind: 'done' }],
    });
    const batch = await engine.startBatch({ profile });
    const summary = await batch.finished;
    expect(summary.devices[0]).toMatchObject({ result: 'done' });
    // The gate's first attempt was cut short when the device left the bus; the second ran after it came back.
    expect(engine.store.stepRuns(batch.id).map((r) => [r.stepIndex, r.state])).toEqual([
      [0, 'paused'],
      [0, 'done'],
      [1, 'done'],
      [2, 'done'],
    ]);
    expect(b.sim.list()[0]!.state).toMatchObject({ mode: 'normal', phase: 'desktop' });
  });
});
