import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepRunRecord } from '../../../../src-main/core/workflow/store.ts';
import { WorkflowEngine } from '../../../../src-main/core/workflow/engine.ts';
import { builtInProfile, parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { createSimTechnician } from '../../../../src-main/sim/sim-tech.ts';
import { SimPackages } from '../../../support/sim-ports.ts';
import { stepRegistry } from '../../../../src-main/core/workflow/steps/index.ts';
import { waitFor } from '../../../support/station.ts';
import { FakeDevices, FAST, facts, probeStep, simBench, tempDir, testEngine, workflowLedger } from './helpers.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function oobeRun(dataDir: string, pkg: string, count: number) {
  const b = await simBench(
    Array.from({ length: count }, () => 'hl2-oobe'),
    { dataDir },
  );
  const simTech = createSimTechnician(b.sim, { delayMs: { min: 2, max: 30 } });
  const engine = new WorkflowEngine({
    ledger: b.ledger,
    devices: b.devices,
    timing: FAST,
    ports: { packages: new SimPackages(b.sim), simTech },
  });
  return {
    engine,
    pkg,
    async crash() {
      simTech.dispose();
      await b.close();
    },
  };
}

/** Every (serial, step) has exactly one done row. */
function doneOnce(runs: StepRunRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of runs.filter((x) => x.state === 'done')) {
    const key = `${r.serial}#${r.stepIndex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('resuming a batch from the ledger', () => {
  it('after a crash mid-batch, every device ends done exactly once and no step row is lost', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const pkg = join(dir.path, 'Fleet.ppkg');
    writeFileSync(pkg, 'package bytes');
    const count = 12;

    const first = await oobeRun(dir.path, pkg, count);
    const batch = await first.engine.startBatch({ profile: builtInProfile('oobe-package')!, packagePath: pkg });
    await waitFor(() => batch.board().counts.done >= 2, 5000, 'some devices done');
    const before = first.engine.store.stepRuns(batch.id);
    expect(batch.board().counts.done).toBeLessThan(count);
    await first.crash();
    await expect(batch.finished).rejects.toMatchObject({ code: 'ledger-write-failed' });

    const second = await oobeRun(dir.path, pkg, count);
    cleanup.push(() => second.crash());
    const unfinished = second.engine.latestUnfinished('oobe-package');
    expect(unfinished?.id).toBe(batch.id);
    const resumed = second.engine.resumeBatch(batch.id);
    const summary = await resumed.finished;
    expect(summary.counts).toMatchObject({ total: count, done: count });

    const after = second.engine.store.stepRuns(batch.id);
    const byId = new Map(after.map((r) => [r.id, r]));
    for (const r of before.filter((x) => x.state === 'done')) expect(byId.get(r.id)).toEqual(r);
    const once = doneOnce(after);
    expect(once.size).toBe(count * 4);
    expect([...once.values()].every((n) => n === 1)).toBe(true);
    // A step finished before the crash was never started again.
    for (const r of before.filter((x) => x.state === 'done')) {
      const laterAttempts = after.filter((x) => x.serial === r.serial && x.stepIndex === r.stepIndex && x.id > r.id);
      expect(laterAttempts).toEqual([]);
    }
  });

  it('resumes each device at its first unfinished step and keeps scratch records', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const devices = new FakeDevices([facts('A1'), facts('B2')]);
    let block = true;
    const a = probeStep('a');
    const b = probeStep('b', async (ctx, signal) => {
      ctx.scratch.set({ seen: ((ctx.scratch.get().seen as number | undefined) ?? 0) + 1 });
      while (block && !signal.aborted) await new Promise((r) => setTimeout(r, 5));
      return { status: 'done', result: { seen: ctx.scratch.get().seen } };
    });
    const profile = parseProfile({ name: 'two', steps: [{ kind: 'a' }, { kind: 'b' }] }, 'two', stepRegistry(a, b));

    const l1 = workflowLedger(dir.path);
    const engine1 = testEngine({ ledger: l1, devices }, a, b);
    const batch = await engine1.startBatch({ profile });
    await waitFor(() => b.runs.size === 2, 2000, 'both in step b');
    await batch.stop();
    l1.close();

    block = false;
    const l2 = workflowLedger(dir.path);
    cleanup.push(() => l2.close());
    const engine2 = testEngine({ ledger: l2, devices }, a, b);
    const summary = await engine2.resumeBatch(batch.id).finished;
    expect(summary.devices.map((d) => d.result)).toEqual(['done', 'done']);
    expect(a.runs).toEqual(
      new Map([
        ['A1', 1],
        ['B2', 1],
      ]),
    );
    expect(b.runs).toEqual(
      new Map([
        ['A1', 2],
        ['B2', 2],
      ]),
    );
    expect(summary.devices[0]!.steps[1]).toMatchObject({ state: 'done', attempts: 2, result: { seen: 2 } });
    expect(() => engine2.resumeBatch(batch.id)).toThrow(/already finished/);
  });

  it('a device missing at resume waits, paused, for its replug', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const devices = new FakeDevices([facts('A1')]);
    const gate = probeStep('gate-x', () => new Promise(() => undefined));
    const l = workflowLedger(dir.path);
    cleanup.push(() => l.close());
    const engine = testEngine({ ledger: l, devices }, gate);
    const profile = parseProfile({ name: 'x', steps: [{ kind: 'gate-x' }] }, 'x', stepRegistry(gate));
    const batch = await engine.startBatch({ profile });
    await waitFor(() => gate.runs.size === 1, 2000, 'running');
    await batch.stop();
    devices.unplug('A1');
    const resumed = engine.resumeBatch(batch.id);
    await waitFor(() => resumed.board().counts.paused === 1, 2000, 'paused');
    expect(resumed.board().cards[0]!.nextAction?.title).toBe('Plug it back in');
    await resumed.stop();
  });

  it('remembers the override of the start for devices that join after a resume', async () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const l = workflowLedger(dir.path);
    cleanup.push(() => l.close());
    const devices = new FakeDevices([facts('A1')]);
    const engine = testEngine({ ledger: l, devices });
    const inventory = builtInProfile('inventory')!;
    await (
      await engine.startBatch({ profile: inventory })
    ).finished;
    devices.unplug('A1');
    const second = await engine.startBatch({ profile: inventory, override: ['A1'], autoFinish: false });
    await second.stop();
    const resumed = engine.resumeBatch(second.id, { autoFinish: false });
    devices.plug(facts('A1'));
    await waitFor(() => resumed.board().counts.done === 1, 2000, 'redone after resume');
    expect((await resumed.finish()).devices[0]!.result).toBe('done');
  });
});
