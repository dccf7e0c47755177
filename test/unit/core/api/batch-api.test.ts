import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../../src-main/core/api/index.ts';
import type { StationEvent } from '../../../../src-main/shared/contract/index.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

/** The batch calls over a real station with simulated devices: what the screen and the bridge use. */

const FAST = { timing: { pollMs: 20, workingAfterMs: 10 }, simTechDelayMs: { min: 1, max: 10 } };
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function bench(presets: string[]) {
  const station = await openTestStation({
    simulate: presets.map((preset) => ({ preset: preset as never, faults: [] })),
    batches: FAST,
  });
  cleanup.push(() => station.dispose());
  const events: StationEvent[] = [];
  station.events.on('event', (e) => events.push(e));
  const h: Handlers = createHandlers(station);
  const files = tempDir();
  cleanup.push(() => files.remove());
  const file = (name: string, text: string) => {
    const path = join(files.path, name);
    writeFileSync(path, text);
    return path;
  };
  const board = () => station.batches.board()!;
  return { station, events, h, file, board, sim: station.simulator! };
}

const needsTechEvents = (events: StationEvent[]) =>
  events.flatMap((e) => (e.name === 'deviceNeedsTech' ? [e.payload.serial] : []));
const scanEvents = (events: StationEvent[]) => events.flatMap((e) => (e.name === 'scanSeen' ? [e.payload.ok] : []));
const boardEvents = (events: StationEvent[]) => events.filter((e) => e.name === 'batchChanged').length;

describe('batch calls', () => {
  it('lists the built-in profiles and imports a custom one, refusing bad ones by field', async () => {
    const { h, file } = await bench([]);
    const { profiles } = await h.batchProfiles({});
    expect(profiles.map((p) => p.name)).toEqual([
      'inventory',
      'oobe-package',
      'autopilot-harvest',
      'confirm-enrollment',
    ]);
    expect(profiles.find((p) => p.name === 'oobe-package')).toMatchObject({ needsPackage: true, unavailable: null });
    const added = await h.batchImportProfile({
      path: file(
        'mine.json',
        JSON.stringify({ name: 'unlock-check', steps: [{ kind: 'gate', unlocked: true }, { kind: 'done' }] }),
      ),
    });
    expect(added).toMatchObject({
      name: 'unlock-check',
      source: 'custom',
      steps: [{ kind: 'gate', label: 'Check' }, { kind: 'done' }],
    });
    expect((await h.batchProfiles({})).profiles.map((p) => p.name)).toContain('unlock-check');
    await expect(
      h.batchImportProfile({
        path: file('bad.json', JSON.stringify({ name: 'x', steps: [{ kind: 'gate', battery: 5 }] })),
      }),
    ).rejects.toThrow('steps[0]: unknown field "battery"');
    await expect(
      h.batchImportProfile({
        path: file('taken.json', JSON.stringify({ name: 'inventory', steps: [{ kind: 'done' }] })),
      }),
    ).rejects.toMatchObject({ code: 'profile-name-taken' });
  });

  it('checks a manifest line by line and says what is wrong', async () => {
    const { h, file } = await bench([]);
    const bad = await h.batchImportManifest({ path: file('bad.csv', 'serial,name\nA1,HL-1\nA1,HL 2\n') });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'deviceName'],
      [3, 'serial'],
    ]);
    const good = await h.batchImportManifest({
      path: file('good.csv', 'Serial,Device Name,Asset Tag,Color\nA1,HL-1,T-001,red\n'),
    });
    expect(good).toMatchObject({
      ok: true,
      ignoredColumns: ['Color'],
      rows: [{ line: 2, serial: 'A1', deviceName: 'HL-1', assetTag: 'T-001' }],
    });
    await expect(h.batchImportManifest({ path: '/no/such/file.csv' })).rejects.toMatchObject({
      code: 'manifest-not-found',
    });
  });

  it('runs inventory on simulated devices, flags devices missing from the manifest, and writes the reports', async () => {
    const { h, events, file, board, station } = await bench(['hl2', 'hl1']);
    const manifest = file('m.csv', 'serial,device name\nSIMHL20001,HL-ONE\n');
    const started = await h.batchStart({ profile: 'inventory', manifestPath: manifest });
    expect(started.state).toBe('running');
    await waitFor(() => board().counts.done === 2, 5000, 'both devices done');
    // The app's batch waits for "Finish batch": new devices may still join.
    expect(board().state).toBe('running');
    const cards = board().cards;
    expect(cards.map((c) => [c.serial, c.name, c.model, c.flags])).toEqual([
      ['SIMHL20001', 'HL-ONE', 'hololens2', []],
      ['SIMHL10001', null, 'hololens1', ['not-in-manifest']],
    ]);
    expect(boardEvents(events)).toBeGreaterThan(0);
    await expect(h.batchStart({ profile: 'inventory' })).rejects.toMatchObject({ code: 'batch-running' });

    const { batchId } = await h.batchFinish({});
    expect(board().state).toBe('finished');
    const csv = await h.batchReport({ batchId, format: 'csv', includeTraining: true });
    expect(csv.path.startsWith(station.dataPath('reports'))).toBe(true);
    expect(readFileSync(csv.path, 'utf8')).toMatch(/^Serial,Device name,/);
    const html = await h.batchReport({ format: 'html', includeTraining: true });
    expect(readFileSync(html.path, 'utf8')).toContain('<td>HL-ONE</td>');
    const exported = await h.ledgerExport({ format: 'csv' });
    expect(exported.files.map((f) => f.name)).toContain('step-runs.csv');
    expect((await h.batchState({})).resumable).toBeNull();
  });

  it('asks the tech to unlock a locked device once, and goes on by itself when it is unlocked', async () => {
    const { h, events, file, board, sim } = await bench(['hl2', 'hl2']);
    const [first, second] = sim.list();
    second!.act('lock');
    await h.batchImportProfile({
      path: file(
        'unlock.json',
        JSON.stringify({ name: 'unlocked-only', steps: [{ kind: 'gate', unlocked: true }, { kind: 'done' }] }),
      ),
    });
    await h.batchStart({ profile: 'unlocked-only' });
    await waitFor(() => board().counts.needsTech === 1 && board().counts.done === 1, 5000, 'one done, one locked');
    const asking = board().cards.find((c) => c.state === 'needs-tech')!;
    expect(asking).toMatchObject({
      serial: second!.serialNumber,
      canSimulate: true,
      nextAction: { title: 'Unlock it' },
    });
    expect(board().techQueue).toEqual([second!.serialNumber]);
    await new Promise((r) => setTimeout(r, 100)); // several polls: still one cue
    expect(needsTechEvents(events)).toEqual([second!.serialNumber]);
    expect(await h.batchConfirm({ serial: second!.serialNumber })).toEqual({ ok: false });

    second!.act('unlock');
    await waitFor(() => board().counts.done === 2, 5000, 'unlocked device done');
    expect(first!.state.locked).toBe(false);
  });

  it('stops a batch, offers it for resume, and carries on without redoing finished steps', async () => {
    const { h, file, board, station } = await bench(['hl2', 'hl2']);
    await h.batchImportProfile({
      path: file(
        'coach.json',
        JSON.stringify({
          name: 'coach',
          steps: [{ kind: 'identify' }, { kind: 'coach-enrollment', path: 'entra-oobe' }, { kind: 'done' }],
        }),
      ),
    });
    const { batchId } = await h.batchStart({ profile: 'coach' });
    await waitFor(() => board().counts.needsTech === 2, 5000, 'both at the coach card');
    const [a, b] = board().cards;
    expect(await h.batchConfirm({ serial: a!.serial })).toEqual({ ok: true });
    await waitFor(() => board().counts.done === 1, 5000, 'first confirmed');
    await h.batchStop({});
    expect(board().state).toBe('stopped');
    expect((await h.batchState({})).resumable).toMatchObject({
      batchId,
      profile: 'coach',
      counts: { done: 1, total: 2 },
    });

    await h.batchResume({ batchId });
    await waitFor(
      () => board().cards.find((c) => c.serial === b!.serial)?.state === 'needs-tech',
      5000,
      'b asks again',
    );
    // "Do it for me" on a simulated device: the simulator finishes setup and confirms.
    expect(await h.batchSimulateTech({ serial: b!.serial })).toEqual({ ok: true });
    await waitFor(() => board().counts.done === 2, 5000, 'both done');
    const runs = station.batches.store.stepRuns(batchId).filter((r) => r.serial === a!.serial && r.state === 'done');
    expect(runs.map((r) => r.stepIndex)).toEqual([0, 1, 2]);
  });

  it('binds a typed label to the device asking for it and refuses the rest, with the reason', async () => {
    const { h, events, file, board, sim } = await bench(['hl2', 'hl2']);
    const none = await h.batchScan({ text: 'T-100' });
    expect(none.ok).toBe(false);
    expect(none.reason).toContain('no batch is running');
    const manifest = file('tags.csv', 'serial,asset tag\nSIMHL20001,T-100\nSIMHL20002,T-200\n');
    await h.batchImportProfile({
      path: file(
        'tag.json',
        JSON.stringify({ name: 'tag', steps: [{ kind: 'identify', scan: 'asset-tag' }, { kind: 'done' }] }),
      ),
    });
    await h.batchStart({ profile: 'tag', manifestPath: manifest });
    await waitFor(() => board().awaitingScan, 5000, 'a device asks for its label');
    const asked = board().awaitingScan!.serial;
    const other = sim.list().find((d) => d.serialNumber !== asked)!.serialNumber;
    const wrong = await h.batchScan({ text: other === 'SIMHL20001' ? 'T-100' : 'T-200' });
    expect(wrong).toMatchObject({ ok: false, source: 'typed' });
    expect(wrong.reason).toContain(`belongs to device ${other}`);
    const right = await h.batchScan({ text: asked === 'SIMHL20001' ? 'T-100' : 'T-200' });
    expect(right).toMatchObject({ ok: true, serial: asked });
    expect(scanEvents(events)).toEqual([false, false, true]);
    expect((await h.batchState({})).scans[0]).toEqual(right);
  });

  it('refuses the simulated technician when training mode is off', async () => {
    const station = await openTestStation({ batches: FAST });
    cleanup.push(() => station.dispose());
    const h = createHandlers(station);
    await expect(h.batchStart({ profile: 'inventory', simTech: true })).rejects.toMatchObject({ code: 'sim-off' });
    expect(station.batches.running).toBeNull();
  });
});
