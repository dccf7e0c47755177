import type { PlanView } from '../../shared/contract/enrollment.ts';
import type { EnrollmentFacts } from '../../shared/contract/enrollment-facts.ts';
import { PATHS } from './paths.ts';
import { planEnrollment } from './plan.ts';

/** The plan as screens and the CLI show it: the planner's answer plus the path's title. Pure, no ledger. */
export function planView(facts: EnrollmentFacts): PlanView {
  const plan = planEnrollment(facts);
  return { ...plan, pathTitle: PATHS[plan.path].title };
}
