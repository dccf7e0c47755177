import { afterEach, describe, expect, it } from 'vitest';
import { StationError } from '../../../../src-main/shared/errors.ts';
import type { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { parseManifest } from '../../../../src-main/core/workflow/manifest.ts';
import { builtInProfile, parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { stepRegistry } from '../../../../src-main/core/workflow/steps/index.ts';
import { sleep } from '../../../../src-main/core/workflow/wait.ts';
import { FakeDevices, facts, probeStep, tempDir, testEngine, workflowLedger } from './helpers.ts';
import { waitFor } from '../../../support/station.ts';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

function ledger(): { ledger: Ledger; dir: string } {
  const dir = tempDir();
  const l = workflowLedger(dir.path);
  cleanup.push(() => {
    l.close();
    dir.remove();
  });
  return { ledger: l, dir: dir.path };
}

const profile = (steps: unknown[], extra: unknown[] = []) =>
  parseProfile({ name: 'test', steps }, 'test', stepRegistry(...(extra as never[])));

describe('workflow engine', () => {
  it('runs every device through the profile and records each step before and after', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1'), facts('B2'), facts('C3')]);
    const engine = testEngine({ ledger: l, devices });
    const batch = await engine.startBatch({ profile: builtInProfile('inventory')!, tech: 'ana' });
    const summary = await batch.finished;
    expect(summary.devices.map((d) => [d.serial, d.result])).toEqual([
      ['A1', 'done'],
      ['B2', 'done'],
      ['C3', 'done'],
    ]);
    expect(summary.devices[0]!.steps.map((s) => [s.kind, s.state, s.attempts])).toEqual([
      ['identify', 'done', 1],
      ['done', 'done', 1],
    ]);
    expect(summary.devices[0]!.steps[0]!.result).toMatchObject({ serial: 'A1', model: 'hololens2', inManifest: false });
    expect(engine.store.stepRuns(batch.id)).toHaveLength(6);
    expect(engine.store.getBatch(batch.id)?.state).toBe('finished');
    expect(summary.tech).toBe('ana');
  });

  it('keeps a device in "needs the tech" until it confirms, and orders the tech queue oldest first', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1', { batteryPercent: null }), facts('B2', { batteryPercent: null })]);
    const engine = testEngine({ ledger: l, devices });
    const batch = await engine.startBatch({
      profile: profile([{ kind: 'gate', batteryMin: 40 }, { kind: 'done' }]),
      manifest: parseManifest('serial,device name\nB2,HL-2\n'),
    });
    const cues: string[] = [];
    batch.events.on('deviceNeedsTech', (c) => cues.push(c.serial));
    await waitFor(() => batch.board().counts.needsTech === 2, 2000, 'both need the tech');
    const board = batch.board();
    expect(board.techQueue).toEqual(['A1', 'B2']);
    const card = board.cards.find((c) => c.serial === 'A1')!;
    expect(card.nextAction?.title).toBe('Check it and confirm');
    expect(card.nextAction?.detail).toContain('port 1-1 (SN A1)');
    expect(card.flags).toEqual(['not-in-manifest']);
    expect(board.cards.find((c) => c.serial === 'B2')).toMatchObject({ flags: [], name: 'HL-2' });
    expect(batch.confirm('A1')).toBe(true);
    expect(batch.confirm('nope')).toBe(false);
    await waitFor(() => batch.board().cards.find((c) => c.serial === 'A1')?.state === 'done', 2000, 'A1 done');
    expect(batch.board().techQueue).toEqual(['B2']);
    batch.confirm('B2');
    const summary = await batch.finished;
    expect(summary.devices.every((d) => d.result === 'done')).toBe(true);
    expect(summary.devices[0]!.steps[0]!.result).toMatchObject({ checkedByTech: ['the battery is at 40% or more'] });
    expect(cues.sort()).toEqual(['A1', 'B2']);
  });

  it('wakes a waiting step when the device changes (battery charged)', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1', { batteryPercent: 12 })]);
    const engine = testEngine({ ledger: l, devices, timing: { pollMs: 60_000 } });
    const batch = await engine.startBatch({ profile: profile([{ kind: 'gate', batteryMin: 40 }, { kind: 'done' }]) });
    await waitFor(() => batch.board().counts.needsTech === 1, 2000, 'needs charge');
    expect(batch.board().cards[0]!.nextAction).toMatchObject({
      title: 'Let it charge to 40%',
      detail: expect.stringContaining('is at 12%') as unknown,
    });
    devices.update('A1', { batteryPercent: 41 });
    const summary = await batch.finished;
    expect(summary.devices[0]!.result).toBe('done');
  });

  it('pauses a device when unplugged (aborting its step) and resumes the same step when replugged', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    let release = false;
    const slow = probeStep('slow', async (_ctx, signal) => {
      while (!release && !signal.aborted) await sleep(5, signal);
      return { status: 'done', result: { ok: true } };
    });
    const engine = testEngine({ ledger: l, devices }, slow);
    const batch = await engine.startBatch({ profile: profile([{ kind: 'slow' }, { kind: 'done' }], [slow]) });
    await waitFor(() => batch.board().counts.working === 1, 2000, 'working');
    devices.unplug('A1');
    await waitFor(() => batch.board().counts.paused === 1, 2000, 'paused');
    const card = batch.board().cards[0]!;
    expect(card.nextAction?.detail).toBe(
      'Plug device A1 back into port 1-1 (or any free port): it carries on where it stopped.',
    );
    expect(batch.board().techQueue).toEqual(['A1']);
    expect(engine.store.stepRuns(batch.id).map((r) => r.state)).toEqual(['paused']);
    release = true;
    devices.plug(facts('A1', { portPath: '2-4' }));
    const summary = await batch.finished;
    expect(summary.devices[0]).toMatchObject({ result: 'done', portPath: '2-4' });
    expect(summary.devices[0]!.steps[0]).toMatchObject({ state: 'done', attempts: 2 });
    expect(slow.runs.get('A1')).toBe(2);
  });

  it('skips a device already done in an earlier batch of the profile, unless overridden', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    const engine = testEngine({ ledger: l, devices });
    const inventory = builtInProfile('inventory')!;
    await (
      await engine.startBatch({ profile: inventory })
    ).finished;
    const again = await (await engine.startBatch({ profile: inventory })).finished;
    expect(again.devices[0]).toMatchObject({ result: 'skipped', error: { code: 'already-done' } });
    expect(again.devices[0]!.error?.message).toMatch(/finished "inventory" in batch 1 .* use override/);
    const forced = await (await engine.startBatch({ profile: inventory, override: ['A1'] })).finished;
    expect(forced.devices[0]!.result).toBe('done');
    // Another profile is another job: not skipped.
    const other = await (await engine.startBatch({ profile: profile([{ kind: 'identify' }]) })).finished;
    expect(other.devices[0]!.result).toBe('done');
  });

  it('takes every device even when the first one is skipped as already done', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    const engine = testEngine({ ledger: l, devices });
    await (
      await engine.startBatch({ profile: builtInProfile('inventory')! })
    ).finished;
    devices.plug(facts('B2'));
    const summary = await (await engine.startBatch({ profile: builtInProfile('inventory')! })).finished;
    expect(summary.devices.map((d) => [d.serial, d.result])).toEqual([
      ['A1', 'skipped'],
      ['B2', 'done'],
    ]);
  });

  it('an override from the board reruns a skipped device', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    const engine = testEngine({ ledger: l, devices });
    await (
      await engine.startBatch({ profile: builtInProfile('inventory')! })
    ).finished;
    const batch = await engine.startBatch({ profile: builtInProfile('inventory')!, autoFinish: false });
    await waitFor(() => batch.board().counts.skipped === 1, 2000, 'skipped');
    expect(batch.override('A1')).toBe(true);
    await waitFor(() => batch.board().counts.done === 1, 2000, 'redone');
    const summary = await batch.finish();
    expect(summary.devices[0]!.result).toBe('done');
  });

  it('runs at most `concurrency` steps at once', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices(['A1', 'B2', 'C3', 'D4', 'E5'].map((s) => facts(s)));
    let running = 0;
    let peak = 0;
    const work = probeStep('work', async (_ctx, signal) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(15, signal);
      running--;
      return { status: 'done', result: {} };
    });
    const engine = testEngine({ ledger: l, devices }, work);
    const batch = await engine.startBatch({ profile: profile([{ kind: 'work' }], [work]), concurrency: 2 });
    await batch.finished;
    expect(peak).toBe(2);
  });

  it('fails a device with the step error and can retry it', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    let fail = true;
    const flaky = probeStep('flaky', () => {
      if (fail) throw new StationError('flaky', 'It broke', 'Try again.');
      return Promise.resolve({ status: 'done', result: {} });
    });
    const engine = testEngine({ ledger: l, devices }, flaky);
    const batch = await engine.startBatch({
      profile: profile([{ kind: 'flaky' }, { kind: 'done' }], [flaky]),
      autoFinish: false,
    });
    await waitFor(() => batch.board().counts.failed === 1, 2000, 'failed');
    expect(batch.board().cards[0]!.error).toEqual({ code: 'flaky', title: 'It broke', message: 'Try again.' });
    fail = false;
    expect(batch.retry('A1')).toBe(true);
    await waitFor(() => batch.board().counts.done === 1, 2000, 'done after retry');
    await batch.finish();
    expect(engine.store.stepRuns(batch.id).map((r) => [r.stepIndex, r.state, r.attempt])).toEqual([
      [0, 'failed', 1],
      [0, 'done', 2],
      [1, 'done', 1],
    ]);
  });

  it('turns an unexpected exception into a plain failure without a stack', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([facts('A1')]);
    const boom = probeStep('boom', () => Promise.reject(new TypeError('x is undefined')));
    const engine = testEngine({ ledger: l, devices }, boom);
    const summary = await (await engine.startBatch({ profile: profile([{ kind: 'boom' }], [boom]) })).finished;
    expect(summary.devices[0]!.error).toMatchObject({ code: 'internal' });
    expect(summary.devices[0]!.error?.message).not.toMatch(/at .*\.ts/);
  });

  it('takes devices plugged in after the start', async () => {
    const { ledger: l } = ledger();
    const devices = new FakeDevices([]);
    const engine = testEngine({ ledger: l, devices });
    const batch = await engine.startBatch({ profile: builtInProfile('inventory')!, autoFinish: false });
    devices.plug(facts('Z9'));
    await waitFor(() => batch.board().counts.done === 1, 2000, 'late device done');
    const summary = await batch.finish();
    expect(summary.devices.map((d) => d.serial)).toEqual(['Z9']);
  });

  it('refuses a package profile without a package, and a step whose service is missing', async () => {
    const { ledger: l } = ledger();
    const engine = testEngine({ ledger: l, devices: new FakeDevices() });
    await expect(engine.startBatch({ profile: builtInProfile('oobe-package')! })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('--package') as unknown,
    });
    await expect(engine.startBatch({ profile: builtInProfile('autopilot-harvest')! })).rejects.toMatchObject({
      code: 'station-not-ready',
    });
  });

  it('stops when the ledger can no longer be written, and says so in plain words', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const l = workflowLedger(dir.path);
    const devices = new FakeDevices([facts('A1')]);
    const wait = probeStep('wait', async (_ctx, signal) => {
      await sleep(50, signal);
      return { status: 'done', result: {} };
    });
    const engine = testEngine({ ledger: l, devices }, wait);
    const batch = await engine.startBatch({ profile: profile([{ kind: 'wait' }], [wait]) });
    await waitFor(() => batch.board().counts.working === 1, 2000, 'working');
    l.close();
    await expect(batch.finished).rejects.toMatchObject({ code: 'ledger-write-failed' });
  });
});
