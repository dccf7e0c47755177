import { AUTOPILOT_RULES } from './autopilot.ts';
import { EDITION_RULES } from './edition.ts';
import { FLEET_RULES } from './fleet.ts';
import { IDENTITY_RULES } from './identity.ts';
import { TENANT_RULES } from './tenant.ts';
import type { Rule } from './types.ts';

/** Every planner rule, in the order findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  ...EDITION_RULES,
  ...IDENTITY_RULES,
  ...AUTOPILOT_RULES,
  ...TENANT_RULES,
  ...FLEET_RULES,
];

export type { Rule, RuleContext, RuleEffect, WhenUnknown } from './types.ts';
export { ruleApplies } from './types.ts';
