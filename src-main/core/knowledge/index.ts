/** Offline knowledge: error codes, builds, the seed's troubleshooting checklist, and one search over all of it. */
export { ERROR_CODES, lookupError, normalizeErrorCode } from './errors.ts';
export {
  BUILD_RELEASES,
  BUILD_FEATURES,
  MIN_BUILD,
  parseBuild,
  compareBuilds,
  buildAtLeast,
  featureAvailable,
} from './builds.ts';
export type { ParsedBuild } from './builds.ts';
export { TROUBLESHOOTING_CHECKLIST, checklistFor } from './checklist.ts';
export { searchKnowledge } from './search.ts';
export { GUIDANCE_TOPICS, guidanceTopic } from './topics.ts';
export * from '../../shared/contract/knowledge.ts';
