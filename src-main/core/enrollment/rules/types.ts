import type { EnrollmentFacts, FactKey, Users } from '../../../shared/contract/enrollment-facts.ts';
import type { PathId } from '../../../shared/contract/enrollment-plan.ts';
import type { Tri } from '../tri.ts';

/**
 * exclude: the path cannot be used at all; the planner picks another (or, when the tech insists on it, reports a
 *          blocker).
 * block:   the path is right, but this must be fixed before its steps can work.
 * warn:    worth knowing; the steps still work.
 */
export type RuleEffect = 'exclude' | 'block' | 'warn';

/** What an unknown input produces: a warning (it could block), a check only, or nothing. */
export type WhenUnknown = 'warn' | 'check' | 'ignore';

export interface RuleContext {
  facts: EnrollmentFacts;
  path: PathId;
  /** The user count after reconciling `users` and `userCount`. */
  users: Users | undefined;
}

export interface Rule {
  code: string;
  effect: RuleEffect;
  paths: readonly PathId[] | 'all';
  /** The facts the rule reads: unknown ones become checks when the rule cannot decide. */
  facts: readonly FactKey[];
  /** When only some of `facts` matter on a given path, the ones to ask about. Defaults to `facts`. */
  factsFor?: (ctx: RuleContext) => readonly FactKey[];
  applies(ctx: RuleContext): Tri;
  message(ctx: RuleContext): string;
  whenUnknown: WhenUnknown;
  /** Shown when the rule cannot decide and whenUnknown is 'warn'. */
  unknownMessage?: (ctx: RuleContext) => string;
  /** Seed statement ids (S..) and DOMAIN.md sections the rule comes from. */
  source: string;
}

export function ruleApplies(rule: Rule, path: PathId): boolean {
  return rule.paths === 'all' || rule.paths.includes(path);
}
