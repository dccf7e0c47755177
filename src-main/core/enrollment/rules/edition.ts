/** Rules about the HoloLens (1st gen) edition and build (seed S03; DOMAIN.md §2). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import { updateAdvice } from '../../knowledge/updates.ts';
import { say } from '../../language.ts';
import { all, is, not } from '../tri.ts';
import type { Rule } from './types.ts';

/**
 * A route, not a dead end: the plan's steps lead through the upgrade (steps/edition.ts), so this is a warning that
 * says so. HLdocs:hololens1-upgrade-enterprise.md gives the two ways: the MDM's WindowsLicensing policy, or a
 * provisioning package with EditionUpgrade.
 */
export const hl1NeedsBusinessEdition: Rule = {
  code: 'hl1-needs-business-edition',
  effect: 'warn',
  paths: 'all',
  facts: ['model', 'edition'],
  applies: ({ facts }) => all(is(facts.model, 'hololens1'), is(facts.edition, 'holographic')),
  message: () => say('plan:rule.hl1NeedsBusinessEdition'),
  whenUnknown: 'warn',
  unknownMessage: ({ facts }) =>
    facts.model === 'hololens1'
      ? say('plan:rule.hl1NeedsBusinessEdition.unknown.hl1')
      : say('plan:rule.hl1NeedsBusinessEdition.unknown'),
  source: 'seed S03; DOMAIN.md §2; HLdocs:hololens1-upgrade-enterprise.md',
};

/** HoloLens (1st gen) gained several Entra users with the April 2018 update, on the Business edition only. */
export const hl1MultiUserNeeds1803: Rule = {
  code: 'hl1-multi-user-needs-1803',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe'],
  facts: ['model', 'users', 'build'],
  applies: ({ facts, users }) =>
    all(is(facts.model, 'hololens1'), is(users, 'multi'), not(buildAtLeast(facts.build, MIN_BUILD.hl1MultiUser))),
  message: ({ facts }) =>
    say('plan:rule.hl1MultiUserNeeds1803', {
      build: facts.build ?? say('plan:rule.olderBuild'),
      update: updateAdvice('hololens1', facts.build, MIN_BUILD.hl1MultiUser),
    }),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.hl1MultiUserNeeds1803.unknown'),
  source: 'HLdocs:hololens-identity.md (build number UNVERIFIED in DOMAIN.md)',
};

export const EDITION_RULES: readonly Rule[] = [hl1NeedsBusinessEdition, hl1MultiUserNeeds1803];
