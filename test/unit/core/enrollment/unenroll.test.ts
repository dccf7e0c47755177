import { describe, expect, it } from 'vitest';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import type { EnrolledVia } from '../../../../src-main/shared/contract/enrollment-plan.ts';
import { UnenrollPlan } from '../../../../src-main/shared/contract/enrollment-plan.ts';
import { planUnenroll } from '../../../../src-main/core/enrollment/unenroll.ts';
import { procedureById } from '../../../../src-main/core/recovery/procedures.ts';
import { resetForReuse, REUSE_ORDER } from '../../../../src-main/core/recovery/reuse.ts';
import { GOOD_HL2 } from './helpers.ts';

const rows: [string, EnrolledVia, 'settings-disconnect' | 'reset-or-reflash'][] = [
  ['unenroll: Autopilot can only be undone by reset or reflash', 'autopilot', 'reset-or-reflash'],
  ['unenroll: an Entra enrollment can only be undone by reset or reflash', 'entra', 'reset-or-reflash'],
  [
    'unenroll: a work account on a Microsoft account is removed with Disconnect',
    'msa-work-account',
    'settings-disconnect',
  ],
  ['unenroll: a local MDM-only enrollment is removed with Disconnect', 'local-mdm-only', 'settings-disconnect'],
];

describe('planUnenroll', () => {
  it.each(rows)('%s', (_name, via, method) => {
    const plan = UnenrollPlan.parse(planUnenroll(via));
    expect(plan.method).toBe(method);
    expect(plan.enrolledVia).toBe(via);
    if (method === 'settings-disconnect') {
      expect(plan.steps.find((s) => s.id === 'disconnect')?.action).toMatch(/Access work or school.*Disconnect/);
    } else {
      expect(plan.steps.map((s) => s.id)).toEqual(
        expect.arrayContaining(['clear-cloud-records', 'reset', 'reflash-if-needed']),
      );
    }
  });

  it('unenroll: AllowManualMDMUnenrollment=0 blocks Disconnect, leaving reset or reflash', () => {
    const plan = planUnenroll('local-mdm-only', { allowManualUnenroll: false });
    expect(plan.method).toBe('reset-or-reflash');
    expect(plan.warnings.map((w) => w.code)).toEqual(['manual-unenroll-blocked']);
    expect(plan.reason).toMatch(/AllowManualMDMUnenrollment/);
  });

  it('unenroll: Disconnect steps say what to do when the button is missing', () => {
    const step = planUnenroll('msa-work-account').steps.find((s) => s.id === 'disconnect');
    expect(step?.ifNot).toMatch(/AllowManualMDMUnenrollment/);
  });

  it('unenroll: after Autopilot, TenantLockdown is lifted first, then the reset, and only then the Intune delete', () => {
    const steps = planUnenroll('autopilot', { model: 'hololens2', movingTenant: true }).steps;
    const ids = steps.map((s) => s.id);
    expect(ids[0]).toBe('tenant-lockdown');
    expect(steps[0]?.action).toMatch(/still enrolled/);
    expect(ids.indexOf('reset')).toBeLessThan(ids.indexOf('clear-cloud-records'));
    const clear = steps.find((s) => s.id === 'clear-cloud-records');
    expect(clear?.seeProcedure).toBe(resetForReuse().id);
    expect(clear?.action).toMatch(/Intune.*Autopilot.*Entra/);
    expect(clear?.ifNot).toMatch(/0x80180014/);
  });

  it('unenroll: the steps follow the reset-for-reuse order wherever they touch the same thing', () => {
    for (const via of ['autopilot', 'entra'] as const)
      for (const model of ['hololens1', 'hololens2', undefined] as const)
        for (const movingTenant of [true, false]) {
          const plan = planUnenroll(via, { model, movingTenant });
          for (const steps of [plan.steps, ...plan.alternatives.map((a) => a.steps)]) {
            const linked = steps.flatMap((s) => s.reuseItems ?? []).map((id) => REUSE_ORDER.indexOf(id));
            expect(linked.length).toBeGreaterThan(0);
            expect(linked).toEqual([...linked].sort((a, b) => a - b));
          }
        }
  });

  it('unenroll: Intune remote wipe leaves "Retain enrollment state" unchecked and deletes straight after (wipe pending)', () => {
    const wipe = planUnenroll('autopilot', { model: 'hololens2' }).alternatives.find((a) => a.id === 'intune-wipe');
    expect(wipe?.steps.map((s) => s.id)).toEqual(['tenant-lockdown', 'intune-wipe', 'intune-delete-after-wipe']);
    expect(wipe?.steps[1]?.action).toMatch(/Leave "Retain enrollment state and user account" unchecked/);
    expect(wipe?.steps[2]?.action).toMatch(/Wipe pending/);
    expect(wipe?.source).toMatch(/HLdocs:hololens-troubleshooting\.md/);
    const entra = planUnenroll('entra', { model: 'hololens2' }).alternatives.map((a) => a.id);
    expect(entra).toEqual(['intune-wipe']);
  });

  it('unenroll: the manual enrollments can also be retired from Intune, marked as not described for HoloLens', () => {
    const alts = planUnenroll('msa-work-account').alternatives;
    expect(alts.map((a) => a.id)).toEqual(['intune-retire', 'intune-wipe']);
    expect(alts[0]?.unverified).toMatch(/HoloLens pages/);
  });

  it('unenroll: Autopilot devices on HoloLens 2 lift TenantLockdown before the reset', () => {
    const ids = planUnenroll('autopilot', { model: 'hololens2' }).steps.map((s) => s.id);
    expect(ids.indexOf('tenant-lockdown')).toBeLessThan(ids.indexOf('reset'));
    expect(planUnenroll('entra', { model: 'hololens2' }).steps.map((s) => s.id)).not.toContain('tenant-lockdown');
  });

  it('unenroll: reset steps link to the model recovery procedures that exist', () => {
    for (const model of ['hololens1', 'hololens2'] as const) {
      const steps = planUnenroll('entra', { model }).steps;
      for (const s of steps)
        if (s.seeProcedure && s.seeProcedure !== resetForReuse().id)
          expect(procedureById(s.seeProcedure)).toBeDefined();
      expect(steps.find((s) => s.id === 'reset')?.action).toMatch(
        model === 'hololens2' ? /Reset & recovery/ : /Update > Reset/,
      );
    }
  });

  it('unenroll: the enrollment plan states the unenroll cost up front', () => {
    expect(planEnrollment(GOOD_HL2).unenrollSummary).toBe(
      'Autopilot: this device can only be unenrolled by reset or reflash.',
    );
    const msa = planEnrollment({ ...GOOD_HL2, identity: 'msa', users: 'single', allowManualUnenroll: false });
    expect(msa.unenroll).toBe('reset-or-reflash');
    expect(msa.unenrollSummary).toMatch(/blocks Disconnect/);
  });
});
