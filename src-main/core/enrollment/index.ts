/** The enrollment planner's public face: pure functions and their zod schemas. */
export { planEnrollment } from './plan.ts';
export { planUnenroll, unenrollMethodFor, UNENROLL_SUMMARY } from './unenroll.ts';
export { PATHS, advise, autopilotInPlay, effectiveUsers } from './paths.ts';
export type { PathInfo, Advice } from './paths.ts';
export { ALL_RULES } from './rules/index.ts';
export type { Rule, RuleContext, RuleEffect } from './rules/index.ts';
export * from '../../shared/contract/enrollment-plan.ts';
export * from '../../shared/contract/enrollment-facts.ts';
