import { describe, expect, it } from 'vitest';
import type { EnrollmentFacts, Identity, Stage, Users } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { autopilotInPlay } from '../../../../src-main/core/enrollment/paths.ts';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import type { HoloLensModel, PathId } from '../../../../src-main/shared/contract/enrollment-plan.ts';
import { expectPlan, GOOD_HL1, GOOD_HL2 } from './helpers.ts';

const MODELS: HoloLensModel[] = ['hololens1', 'hololens2'];
const IDENTITIES: Identity[] = ['entra', 'msa', 'local'];
const USERS: Users[] = ['single', 'multi'];
const STAGES: Stage[] = ['production', 'pilot', 'poc'];

/** The seed's advice, restated independently of the planner: what every combination must get. */
function expectedPath(model: HoloLensModel, identity: Identity, users: Users, stage: Stage): PathId {
  if (identity === 'msa') return 'msa-work-account';
  if (identity === 'local') return 'local-mdm-only';
  if (users === 'multi') return stage === 'production' && model === 'hololens2' ? 'autopilot' : 'entra-oobe';
  return stage === 'poc' ? 'entra-settings' : 'entra-oobe';
}

const combos = MODELS.flatMap((model) =>
  IDENTITIES.flatMap((identity) =>
    USERS.flatMap((users) =>
      STAGES.map((stage) => ({ model, identity, users, stage, path: expectedPath(model, identity, users, stage) })),
    ),
  ),
);

describe('path choice for every model × identity × users × stage', () => {
  it.each(combos)('$model $identity $users $stage -> $path', ({ model, identity, users, stage, path }) => {
    const base = model === 'hololens1' ? GOOD_HL1 : GOOD_HL2;
    const plan = planEnrollment({ ...base, identity, users, stage });
    expect(plan.path).toBe(path);
    const shared = users === 'multi' && identity !== 'entra';
    expect(plan.blockers.map((b) => b.code)).toEqual(shared ? ['multi-user-needs-entra'] : []);
    expect(plan.unenroll).toBe(identity === 'entra' ? 'reset-or-reflash' : 'settings-disconnect');
  });
});

describe('seed scenario advice', () => {
  const base: EnrollmentFacts = { ...GOOD_HL2 };
  it('scenario: multi-user production -> Autopilot', () => {
    expectPlan(planEnrollment({ ...base, users: 'multi', stage: 'production' }), {
      path: 'autopilot',
      noBlockers: true,
    });
  });
  it('scenario: multi-user pilot -> Entra join during setup', () => {
    expectPlan(planEnrollment({ ...base, users: 'multi', stage: 'pilot' }), { path: 'entra-oobe', noBlockers: true });
  });
  it('scenario: single-user proof of concept -> join from Settings', () => {
    expectPlan(planEnrollment({ ...base, users: 'single', stage: 'poc' }), {
      path: 'entra-settings',
      noBlockers: true,
    });
  });
  it('scenario: a multi-user proof of concept still joins during setup (Settings join is single-user)', () => {
    const plan = planEnrollment({ ...base, users: 'multi', stage: 'poc' });
    expect(plan.path).toBe('entra-oobe');
    expect(plan.pathReason).toMatch(/one user/);
  });
  it('scenario: single-user production joins Entra during setup', () => {
    expectPlan(planEnrollment({ ...base, users: 'single', stage: 'production' }), {
      path: 'entra-oobe',
      noBlockers: true,
    });
  });
  it('identity: Microsoft account -> add work account in Settings', () => {
    expectPlan(planEnrollment({ ...base, identity: 'msa', users: 'single' }), {
      path: 'msa-work-account',
      unenroll: 'settings-disconnect',
    });
  });
  it('identity: local account -> enroll only in device management', () => {
    expectPlan(planEnrollment({ ...base, identity: 'local', users: 'single' }), {
      path: 'local-mdm-only',
      unenroll: 'settings-disconnect',
    });
  });
});

describe('combinations named in the issue', () => {
  it('combination: HL1 + business + MSA enrolls with a work account, unenrolls by Disconnect', () => {
    const plan = planEnrollment({ ...GOOD_HL1, identity: 'msa', users: 'single', stage: 'poc' });
    expectPlan(plan, { path: 'msa-work-account', noBlockers: true, unenroll: 'settings-disconnect' });
    expect(plan.unenrollSummary).toMatch(/Disconnect/);
  });
  it('combination: HL1 + holographic goes through the Business upgrade first, whatever the path', () => {
    for (const identity of IDENTITIES) {
      const plan = planEnrollment({ ...GOOD_HL1, edition: 'holographic', identity, users: 'single', stage: 'pilot' });
      expect(plan.warnings.map((w) => w.code)).toContain('hl1-needs-business-edition');
      const ids = plan.steps.map((s) => s.id);
      const upgrade = ids.findIndex((id) => id.startsWith('edition-upgrade'));
      expect(upgrade, identity).toBe(0);
      expect(ids).toContain('edition-check');
      expect(ids.indexOf('edition-check')).toBeLessThan(ids.indexOf('verify-enrolled'));
    }
  });
  it('combination: HL2 + old build + Autopilot advice is blocked until updated or reflashed', () => {
    const plan = planEnrollment({ ...GOOD_HL2, build: '18362.1039' });
    expect(plan.path).toBe('autopilot');
    expect(plan.blocked).toBe(true);
    const old = plan.blockers.find((f) => f.code === 'autopilot-needs-19041.1103');
    expect(old?.message).toMatch(/update|reflash/i);
  });
  it('combination: GCC High + Entra warns and the sign-in step says to type credentials', () => {
    const plan = planEnrollment({ ...GOOD_HL2, stage: 'pilot', tenant: 'gcc-high' });
    expect(plan.warnings.map((w) => w.code)).toContain('gcc-high-no-remote-sign-in');
    const signIn = plan.steps.find((s) => s.id === 'first-sign-in');
    expect(signIn?.action).toMatch(/GCC High/);
    expect(signIn?.action).not.toMatch(/pick "Sign in from another device"/);
  });
  it('combination: multi-user + MSA is blocked and explains the Entra alternative', () => {
    const plan = planEnrollment({ ...GOOD_HL2, identity: 'msa' });
    expect(plan.blocked).toBe(true);
    expect(plan.blockers[0]?.message).toMatch(/Entra/);
    expect(plan.pathReason).toMatch(/one user per device/);
  });
  it('combination: pilot vs production vs poc for shared HL2 Entra devices', () => {
    const paths = STAGES.map((stage) => planEnrollment({ ...GOOD_HL2, stage }).path);
    expect(paths).toEqual(['autopilot', 'entra-oobe', 'entra-oobe']);
  });
  it('combination: pilot vs production vs poc for single-user HL2 Entra devices', () => {
    const paths = STAGES.map((stage) => planEnrollment({ ...GOOD_HL2, users: 'single', stage }).path);
    expect(paths).toEqual(['entra-oobe', 'entra-oobe', 'entra-settings']);
  });
  it('combination: without Entra P1/P2 Autopilot is set aside even when the build is also old', () => {
    const plan = planEnrollment({ ...GOOD_HL2, build: '18362.1039', autopilotRegistered: false, premium: false });
    expect(plan.setAside[0]?.findings.map((f) => f.code)).toEqual(['auto-enrollment-needs-premium']);
    expect(plan.path).toBe('entra-oobe');
  });
  it('combination: an old build and no registration are both reported as blockers on Autopilot', () => {
    const plan = planEnrollment({ ...GOOD_HL2, build: '18362.1039', autopilotRegistered: false });
    expect(plan.path).toBe('autopilot');
    expect(plan.blockers.map((f) => f.code)).toEqual(
      expect.arrayContaining(['autopilot-needs-19041.1103', 'autopilot-not-registered']),
    );
  });
});

describe('which questions the wizard asks (the planner decides, the screen shows)', () => {
  it.each([
    [{ model: 'hololens2', users: 'multi', stage: 'production', identity: 'entra' }, true],
    [{ users: 'multi', stage: 'production' }, true],
    [{ model: 'hololens1', users: 'multi', stage: 'production' }, false],
    [{ users: 'multi', stage: 'production', identity: 'msa' }, false],
    [{ users: 'multi', stage: 'pilot' }, false],
    [{ userCount: 5, stage: 'production' }, true],
  ] as const)('Autopilot questions for %o: %s', (facts, expected) => {
    expect(autopilotInPlay(facts)).toBe(expected);
  });
});
