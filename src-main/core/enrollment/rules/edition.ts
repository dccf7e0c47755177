/** Rules about the HoloLens (1st gen) edition and build (seed S03; DOMAIN.md §2). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import { updateAdvice } from '../../knowledge/updates.ts';
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
  message: () =>
    'This HoloLens (1st gen) runs plain Windows Holographic (edition ID 135): no MDM can manage it (no policies, VPN, BitLocker or kiosk) until it is upgraded to Windows Holographic for Business (edition ID 136) with the Commercial Suite licence. ' +
    "This plan applies the licence first with a provisioning package (EditionUpgrade) and checks the edition before the enrollment check; the MDM's edition upgrade policy (WindowsLicensing) after enrollment is the other documented way.",
  whenUnknown: 'warn',
  unknownMessage: ({ facts }) =>
    facts.model === 'hololens1'
      ? 'Check the edition of this HoloLens (1st gen) before you start: plain Windows Holographic (ID 135) cannot be managed until it is upgraded to Windows Holographic for Business (ID 136). Settings > System shows it.'
      : 'If this is a HoloLens (1st gen), check its edition: plain Windows Holographic (ID 135) cannot be managed until it is upgraded to Windows Holographic for Business (ID 136).',
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
    `Several Entra users on a HoloLens (1st gen) need Windows Holographic 1803 (build 17134) or later; this one runs ${facts.build ?? 'an older build'}. ` +
    updateAdvice('hololens1', facts.build, MIN_BUILD.hl1MultiUser),
  whenUnknown: 'warn',
  unknownMessage: () =>
    'If this HoloLens (1st gen) will be shared, check its build: several Entra users need 1803 (build 17134) or later.',
  source: 'HLdocs:hololens-identity.md (build number UNVERIFIED in DOMAIN.md)',
};

export const EDITION_RULES: readonly Rule[] = [hl1NeedsBusinessEdition, hl1MultiUserNeeds1803];
