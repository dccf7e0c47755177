import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment.ts';

export type ScenarioId = 'shared-production' | 'shared-pilot' | 'single-poc' | 'custom';

export interface Scenario {
  id: ScenarioId;
  title: string;
  detail: string;
  /** Facts the scenario settles; the tech can still change them on the next page. */
  facts: EnrollmentFacts;
}

/** The seed's three deployment scenarios, in its order, plus a way out for anything else. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'shared-production',
    title: 'Shared devices, production',
    detail: 'Several people use each device, and the fleet is going live. Usually Autopilot.',
    facts: { users: 'multi', stage: 'production', identity: 'entra' },
  },
  {
    id: 'shared-pilot',
    title: 'Shared devices, pilot',
    detail: 'Several people use each device during a trial. Usually an Entra join during first setup.',
    facts: { users: 'multi', stage: 'pilot', identity: 'entra' },
  },
  {
    id: 'single-poc',
    title: 'One user, proof of concept',
    detail: 'One person uses the device to try things out. Usually joined from Settings.',
    facts: { users: 'single', stage: 'poc' },
  },
  {
    id: 'custom',
    title: 'Something else',
    detail: 'Set who uses the device and the stage yourself.',
    facts: {},
  },
];
