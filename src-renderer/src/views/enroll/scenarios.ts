import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment.ts';

export type ScenarioId = 'shared-production' | 'shared-pilot' | 'single-poc' | 'custom';

/** A deployment scenario; its title and detail are catalog texts (enroll:scenario.<id>.title / .detail). */
export interface Scenario {
  id: ScenarioId;
  /** Facts the scenario settles; the tech can still change them on the next page. */
  facts: EnrollmentFacts;
}

/** The seed's three deployment scenarios, in its order, plus a way out for anything else. */
export const SCENARIOS: readonly Scenario[] = [
  { id: 'shared-production', facts: { users: 'multi', stage: 'production', identity: 'entra' } },
  { id: 'shared-pilot', facts: { users: 'multi', stage: 'pilot', identity: 'entra' } },
  { id: 'single-poc', facts: { users: 'single', stage: 'poc' } },
  { id: 'custom', facts: {} },
];
