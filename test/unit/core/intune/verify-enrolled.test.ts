import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StationIntunePort } from '../../../../src-main/core/intune/batch-port.ts';
import { IntuneService } from '../../../../src-main/core/intune/service.ts';
import { builtInProfile, parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { FakeDevices, facts, testEngine } from '../workflow/helpers.ts';
import { intuneWorld, type IntuneWorld } from './support.ts';

let w: IntuneWorld;
beforeEach(async () => {
  w = await intuneWorld();
});
afterEach(async () => {
  await w.close();
});

function bench(serials: string[]) {
  const service = new IntuneService({ ledger: w.ledger, graph: w.client() });
  const engine = testEngine({
    ledger: w.ledger,
    devices: new FakeDevices(serials.map((s) => facts(s))),
    ports: { intune: new StationIntunePort(() => service) },
  });
  return { engine, service };
}

// Fractions of a minute keep the real waits short; the step reads them like any profile value.
const FAST = { timeoutMinutes: 0.01, pollSeconds: 0.05 };

describe('verify-enrolled in a batch', () => {
  it('gives a result per device: enrolled once Intune shows it, "not yet" with what to check otherwise', async () => {
    const later = w.intune.addManaged('LATE1');
    w.intune.managed.delete(later.id);
    w.intune.enrollsAfterLookups.set('LATE1', { lookups: 2, device: later });
    w.intune.addEnrolled('NOW1');
    const { engine } = bench(['NOW1', 'LATE1', 'NEVER1']);
    const batch = await engine.startBatch({
      profile: parseProfile({ name: 'v', steps: [{ kind: 'verify-enrolled', ...FAST, timeoutMinutes: 0.05 }] }),
    });
    const summary = await batch.finished;
    const bySerial = new Map(summary.devices.map((d) => [d.serial, d]));
    expect(bySerial.get('NOW1')?.result).toBe('done');
    expect(bySerial.get('LATE1')?.result).toBe('done');
    expect(bySerial.get('LATE1')?.steps[0]?.result).toMatchObject({ managedDeviceId: later.id });
    expect(bySerial.get('NEVER1')?.result).toBe('failed');
    expect(bySerial.get('NEVER1')?.error).toMatchObject({ code: 'intune-not-yet', title: 'Not in Intune yet' });
    expect(bySerial.get('NEVER1')?.error?.message).toMatch(
      /^Not yet: .* is not in Intune after .*Check: .*enrollment restrictions/,
    );
  });

  it('waits for compliance when asked, sending one syncDevice to hurry the check-in', async () => {
    const d = w.intune.addEnrolled('CMP1', { complianceState: 'noncompliant' });
    w.intune.compliantAfterSync = true;
    const { engine } = bench(['CMP1']);
    const batch = await engine.startBatch({
      profile: parseProfile({
        name: 'v',
        steps: [{ kind: 'verify-enrolled', compliant: true, ...FAST, timeoutMinutes: 0.05 }],
      }),
    });
    const summary = await batch.finished;
    expect(summary.devices[0]?.steps[0]?.result).toMatchObject({ complianceState: 'compliant', synced: true });
    expect(w.intune.syncs).toEqual([d.managed.id]);
  });

  it('says "not yet" and that the station is offline when Graph cannot be reached', async () => {
    w.intune.addEnrolled('OFF1');
    w.graph.offline = true;
    const { engine } = bench(['OFF1']);
    const batch = await engine.startBatch({
      profile: parseProfile({ name: 'v', steps: [{ kind: 'verify-enrolled', ...FAST }] }),
    });
    const summary = await batch.finished;
    expect(summary.devices[0]?.error).toMatchObject({
      code: 'intune-not-yet',
      title: 'Not confirmed: the station is offline',
    });
  });

  it('is part of a built-in profile and refuses bad values in a custom one', () => {
    expect(builtInProfile('confirm-enrollment')?.steps.map((s) => s.kind)).toEqual([
      'identify',
      'verify-enrolled',
      'done',
    ]);
    expect(() => parseProfile({ name: 'x', steps: [{ kind: 'verify-enrolled', timeoutMinutes: 0 }] })).toThrow(
      /timeoutMinutes/,
    );
    expect(() => parseProfile({ name: 'x', steps: [{ kind: 'verify-enrolled', compliant: 'yes' }] })).toThrow(
      /compliant/,
    );
  });
});

describe('verify-enrolled without a sign-in', () => {
  it('fails each device at once with "sign in first" instead of waiting out the timeout', async () => {
    const engine = testEngine({
      ledger: w.ledger,
      devices: new FakeDevices([facts('NOSIGN1')]),
      ports: { intune: new StationIntunePort(() => null) },
    });
    const started = Date.now();
    const batch = await engine.startBatch({
      profile: parseProfile({ name: 'v', steps: [{ kind: 'verify-enrolled', timeoutMinutes: 5 }] }),
    });
    const summary = await batch.finished;
    expect(summary.devices[0]?.error).toMatchObject({ code: 'intune-not-signed-in', title: 'Sign in first' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
