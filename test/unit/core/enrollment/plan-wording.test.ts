import { describe, expect, it } from 'vitest';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { GOOD_HL1, GOOD_HL2 } from './helpers.ts';

/** Every text of a plan a technician reads, leaving out traceability fields (where a rule came from). */
function shownText(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'source' || key === 'sources' ? undefined : v));
}

describe('plan texts speak the technician’s language', () => {
  const users = ['single', 'multi'] as const;
  const stages = ['production', 'pilot', 'poc'] as const;
  for (const base of [GOOD_HL1, GOOD_HL2]) {
    for (const u of users) {
      for (const stage of stages) {
        it(`${base.model}, ${u}, ${stage}: no "seed" (our source document is not the tech's word)`, () => {
          const plan = planEnrollment({ ...base, users: u, stage, mdm: 'other', autopilotRegistered: undefined });
          expect(shownText(plan)).not.toMatch(/\bseed\b/i);
        });
      }
    }
  }
});
