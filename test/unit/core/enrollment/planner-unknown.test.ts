import { describe, expect, it } from 'vitest';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { expectPlan } from './helpers.ts';

describe('unknown facts are checked, never assumed', () => {
  it('unknown: only the CLI-required facts gives Autopilot with warnings for what could block it', () => {
    const plan = planEnrollment({ model: 'hololens2', identity: 'entra', users: 'multi', stage: 'production' });
    expectPlan(plan, {
      path: 'autopilot',
      noBlockers: true,
      maybe: [
        'autopilot-needs-19041.1103',
        'autopilot-not-registered',
        'autopilot-needs-intune-or-ivanti',
        'auto-enrollment-needs-premium',
        'autopilot-wifi-needs-19041.1128',
        'autopilot-device-record-exists',
      ],
      warnings: ['device-owner-admin-only'],
      checks: [
        'fact:build',
        'fact:autopilotRegistered',
        'fact:premium',
        'fact:mdm',
        'fact:batteryPercent',
        'fact:tenant',
      ],
    });
  });

  it('unknown: each possible warning names the unknown facts behind it', () => {
    const plan = planEnrollment({ model: 'hololens2', identity: 'entra', users: 'multi', stage: 'production' });
    const build = plan.warnings.find((w) => w.code === 'autopilot-needs-19041.1103');
    expect(build?.unknownFacts).toEqual(['build']);
  });

  it('unknown: an HL1 of unknown edition gets a warning and a check', () => {
    const plan = planEnrollment({ model: 'hololens1', identity: 'entra', users: 'single', stage: 'pilot' });
    expectPlan(plan, {
      path: 'entra-oobe',
      noBlockers: true,
      maybe: ['hl1-needs-business-edition'],
      checks: ['fact:edition'],
    });
  });

  it('unknown: an unknown model may be an HL1, so Autopilot and edition warnings appear', () => {
    const plan = planEnrollment({ identity: 'entra', users: 'multi', stage: 'production', edition: 'holographic' });
    expectPlan(plan, {
      path: 'autopilot',
      maybe: ['autopilot-hl2-only', 'hl1-needs-business-edition'],
      checks: ['fact:model'],
    });
  });

  it('unknown: an unknown identity assumes Entra and says so', () => {
    const plan = planEnrollment({ model: 'hololens2', users: 'single', stage: 'poc' });
    expectPlan(plan, { path: 'entra-settings', warnings: ['identity-unknown'], checks: ['fact:identity'] });
    expect(plan.pathReason).toMatch(/Entra accounts are assumed/);
  });

  it('unknown: unknown users with a Microsoft account warns that sharing needs Entra', () => {
    const plan = planEnrollment({ model: 'hololens2', identity: 'msa', stage: 'poc' });
    expectPlan(plan, {
      path: 'msa-work-account',
      noBlockers: true,
      maybe: ['multi-user-needs-entra'],
      checks: ['fact:users'],
    });
  });

  it('unknown: unknown stage for shared devices joins during setup and asks for the stage', () => {
    const plan = planEnrollment({ model: 'hololens2', identity: 'entra', users: 'multi' });
    expectPlan(plan, { path: 'entra-oobe', checks: ['fact:stage'] });
    expect(plan.pathReason).toMatch(/Autopilot/);
  });

  it('unknown: no facts at all still gives a complete plan to follow', () => {
    const plan = planEnrollment({});
    expect(plan.path).toBe('entra-oobe');
    expect(plan.steps.length).toBeGreaterThan(3);
    for (const fact of ['model', 'identity', 'users', 'stage']) expect(plan.checks.map((c) => c.fact)).toContain(fact);
  });

  it('unknown: a build without revision cannot prove 19041.1103', () => {
    const plan = planEnrollment({
      model: 'hololens2',
      identity: 'entra',
      users: 'multi',
      stage: 'production',
      build: '19041',
    });
    expectPlan(plan, { path: 'autopilot', maybe: ['autopilot-needs-19041.1103'] });
  });

  it('unknown: local account path asks for the local-account package', () => {
    const plan = planEnrollment({ model: 'hololens2', identity: 'local', users: 'single', stage: 'poc' });
    expectPlan(plan, {
      path: 'local-mdm-only',
      maybe: ['local-account-needs-package'],
      checks: ['fact:localAccountPackage'],
    });
  });

  it('unknown: possible findings are only ever warnings, never blockers', () => {
    const plan = planEnrollment({});
    expect(plan.blockers).toEqual([]);
    expect(plan.blocked).toBe(false);
  });

  it('preflight: every plan lists the seed troubleshooting items for its path', () => {
    const entra = planEnrollment({ model: 'hololens2', identity: 'entra', users: 'single', stage: 'poc' });
    expect(entra.checks.filter((c) => c.kind === 'preflight').map((c) => c.id)).toEqual([
      'preflight:internet-after-sign-in',
      'preflight:entra-join-allowed',
      'preflight:license-assigned',
      'preflight:windows-not-blocked',
    ]);
    const msa = planEnrollment({ model: 'hololens2', identity: 'msa', users: 'single', stage: 'poc' });
    expect(msa.checks.map((c) => c.id)).not.toContain('preflight:entra-join-allowed');
  });
});
