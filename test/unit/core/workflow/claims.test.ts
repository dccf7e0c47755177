import { afterEach, describe, expect, it } from 'vitest';
import { LocalClaims } from '../../../../src-main/core/warehouse/local-claims.ts';
import type { ClaimsPort } from '../../../../src-main/core/workflow/claims.ts';
import { parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { stepRegistry } from '../../../../src-main/core/workflow/steps/index.ts';
import { waitFor } from '../../../support/station.ts';
import { FakeDevices, facts, probeStep, tempDir, testEngine, workflowLedger } from './helpers.ts';

/**
 * The engine's claims port: two engines on one data folder (the app and the CLI) with the same device plugged
 * into both views of the bench. The device is worked once: the second engine shows who holds it, then skips it
 * as done elsewhere once the first finishes it.
 */

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

describe('workflow engine with claims', () => {
  it('a device held by another process waits on its card, then is skipped as done there', async () => {
    const dir = tempDir();
    const [la, lb] = [workflowLedger(dir.path), workflowLedger(dir.path)];
    const [ca, cb] = [
      new LocalClaims(la, { bench: 'app', leaseMs: 30_000 }),
      new LocalClaims(lb, { bench: 'cli', leaseMs: 30_000 }),
    ];
    cleanup.push(() => {
      ca.close();
      cb.close();
      la.close();
      lb.close();
      dir.remove();
    });
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const slow = probeStep('slow', async () => {
      await gate;
      return { status: 'done', result: {} };
    });
    const profile = parseProfile({ name: 'p', steps: [{ kind: 'slow' }, { kind: 'done' }] }, 'p', stepRegistry(slow));
    const engine = (ledger: typeof la, claims: ClaimsPort) =>
      testEngine({ ledger, devices: new FakeDevices([facts('S1')]), claims }, slow);
    const first = await engine(la, ca).startBatch({ profile, tech: 'ana' });
    await waitFor(() => slow.runs.get('S1') === 1);
    const second = await engine(lb, cb).startBatch({ profile, tech: 'bo' });
    await waitFor(() => second.board().cards[0]?.state === 'paused');
    expect(second.board().cards[0]?.nextAction?.title).toBe('Being worked at bench app');
    open();
    await first.finished;
    const summary = await second.finished;
    expect(summary.devices[0]).toMatchObject({ serial: 'S1', result: 'skipped', error: { code: 'done-elsewhere' } });
    expect(slow.runs.get('S1')).toBe(1);
  });
});
