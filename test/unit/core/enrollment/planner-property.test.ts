import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtLeast } from '../../../../src-main/core/knowledge/builds.ts';
import { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { effectiveUsers, PATHS } from '../../../../src-main/core/enrollment/paths.ts';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { ALL_RULES, ruleApplies } from '../../../../src-main/core/enrollment/rules/index.ts';
import { EnrollmentPlan } from '../../../../src-main/shared/contract/enrollment-plan.ts';

const KNOWN_CODES = new Set([...ALL_RULES.map((r) => r.code), 'identity-unknown']);

/** The invariants every plan must hold, whatever the facts. Returns nothing; throws on a violation. */
function checkInvariants(facts: EnrollmentFacts): void {
  const plan = planEnrollment(facts);
  const ctx = { facts, path: plan.path, users: effectiveUsers(facts) };

  if (facts.requestedPath === undefined) {
    // Never recommend a path that its own rules rule out (e.g. never Autopilot for an HL1).
    const excluded = ALL_RULES.filter(
      (r) => r.effect === 'exclude' && ruleApplies(r, plan.path) && r.applies(ctx) === true,
    );
    expect(excluded.map((r) => r.code)).toEqual([]);
    if (facts.model === 'hololens1') expect(plan.path).not.toBe('autopilot');
    // An old build or a missing registration can be fixed at the bench: Autopilot stays, blocked until done.
    if (plan.path === 'autopilot' && buildAtLeast(facts.build, '19041.1103') === false) {
      expect(plan.blockers.map((b) => b.code)).toContain('autopilot-needs-19041.1103');
    }
    if (plan.path === 'autopilot' && facts.autopilotRegistered === false) {
      expect(plan.blockers.map((b) => b.code)).toContain('autopilot-not-registered');
    }
    if (facts.premium === false) expect(plan.path).not.toBe('autopilot');
    if (facts.mdm === 'airwatch' || facts.mdm === 'other') expect(plan.path).not.toBe('autopilot');
    if (facts.identity !== undefined) expect(PATHS[plan.path].identity).toBe(facts.identity);
    if (effectiveUsers(facts) === 'multi') {
      const shareable = plan.path === 'autopilot' || plan.path === 'entra-oobe';
      expect(shareable || plan.blockers.some((b) => b.code === 'multi-user-needs-entra')).toBe(true);
    }
  } else {
    expect(plan.path).toBe(facts.requestedPath);
  }

  if (facts.model === 'hololens1' && facts.edition === 'holographic') {
    expect(plan.steps[0]?.id).toMatch(/^edition-upgrade/);
  }
  expect(plan.blocked).toBe(plan.blockers.length > 0);
  expect(plan.enrolledVia).toBe(PATHS[plan.path].enrolledVia);
  if (plan.enrolledVia === 'autopilot' || plan.enrolledVia === 'entra') expect(plan.unenroll).toBe('reset-or-reflash');
  for (const f of plan.blockers) expect(f.unknownFacts).toBeUndefined();
  for (const f of [...plan.blockers, ...plan.warnings]) expect(KNOWN_CODES.has(f.code)).toBe(true);
  const ids = plan.steps.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of plan.steps) if (s.chord?.kind === 'hold') expect(s.chord.seconds).toBeGreaterThan(0);
  expect(new Set(plan.checks.map((c) => c.id)).size).toBe(plan.checks.length);
}

const opt = <T>(...values: T[]): (T | undefined)[] => [undefined, ...values];

describe('planner properties', () => {
  it('property: exhaustive grid of the main facts never recommends a path its own blockers rule out', () => {
    let n = 0;
    for (const model of opt<NonNullable<EnrollmentFacts['model']>>('hololens1', 'hololens2'))
      for (const identity of opt<NonNullable<EnrollmentFacts['identity']>>('entra', 'msa', 'local'))
        for (const users of opt<NonNullable<EnrollmentFacts['users']>>('single', 'multi'))
          for (const stage of opt<NonNullable<EnrollmentFacts['stage']>>('production', 'pilot', 'poc'))
            for (const build of opt('18362.1039', '19041.1103', '19041.1128', '14393'))
              for (const edition of opt<NonNullable<EnrollmentFacts['edition']>>('holographic', 'business'))
                for (const premium of opt(true, false))
                  for (const mdm of opt<NonNullable<EnrollmentFacts['mdm']>>('intune', 'airwatch', 'other'))
                    for (const autopilotRegistered of opt(true, false)) {
                      checkInvariants({
                        model,
                        identity,
                        users,
                        stage,
                        build,
                        edition,
                        premium,
                        mdm,
                        autopilotRegistered,
                      });
                      n++;
                    }
    expect(n).toBe(3 * 4 * 3 * 4 * 5 * 3 * 3 * 4 * 3);
  }, 60_000);

  it('property: random facts (every field) always give a valid, consistent plan', () => {
    const facts = fc.record(
      {
        model: fc.constantFrom('hololens1', 'hololens2'),
        identity: fc.constantFrom('entra', 'msa', 'local'),
        users: fc.constantFrom('single', 'multi'),
        stage: fc.constantFrom('production', 'pilot', 'poc'),
        build: fc.constantFrom(
          '18362.1039',
          '19041.1103',
          '19041.1128',
          '19041',
          '10.0.22621.1244',
          '14393.0.x86fre.rs1_release.160715-1616',
          '17763',
        ),
        edition: fc.constantFrom('holographic', 'business'),
        tenant: fc.constantFrom('commercial', 'gcc-high'),
        premium: fc.boolean(),
        mdm: fc.constantFrom('intune', 'ivanti', 'airwatch', 'other'),
        autopilotRegistered: fc.boolean(),
        autoEnrollmentConfigured: fc.boolean(),
        mdmUserScope: fc.constantFrom('all', 'some', 'none'),
        bulkToken: fc.boolean(),
        network: fc.constantFrom('ethernet', 'wifi'),
        batteryPercent: fc.integer({ min: 0, max: 100 }),
        existingDeviceRecord: fc.boolean(),
        deviceState: fc.constantFrom('fresh', 'set-up'),
        currentAccount: fc.constantFrom('entra', 'msa', 'local'),
        localAccountPackage: fc.boolean(),
        allowManualUnenroll: fc.boolean(),
        userCount: fc.integer({ min: 1, max: 80 }),
        requestedPath: fc.constantFrom(
          'autopilot',
          'entra-oobe',
          'entra-settings',
          'msa-work-account',
          'local-mdm-only',
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(facts, (f) => {
        const parsed = EnrollmentFacts.parse(f);
        checkInvariants(parsed);
        EnrollmentPlan.parse(planEnrollment(parsed));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
