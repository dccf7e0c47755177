/**
 * Rules about the tenant and MDM: automatic enrollment, GCC High, device owner, bulk tokens, manual unenroll
 * (seed S11, S15, S17, S23–S25, S28; DOMAIN.md §2, §3).
 */
import { is } from '../tri.ts';
import { say } from '../../language.ts';
import type { Rule } from './types.ts';

const ENTRA_JOIN_PATHS = ['entra-oobe', 'entra-settings'] as const;

// A known-missing prerequisite blocks the Entra paths: the join itself would still succeed, without MDM, and an Entra
// join is undone only by a reset (the messages say so). Unknown stays a check before the join.

export const autoEnrollmentNeedsPremium: Rule = {
  code: 'auto-enrollment-needs-premium',
  effect: 'block',
  paths: ENTRA_JOIN_PATHS,
  facts: ['premium'],
  applies: ({ facts }) => is(facts.premium, false),
  message: () => say('plan:rule.autoEnrollmentNeedsPremium'),
  whenUnknown: 'check',
  source: 'seed S23; DOMAIN.md §2',
};

export const autoEnrollmentMdmUnsupported: Rule = {
  code: 'auto-enrollment-mdm-unsupported',
  effect: 'warn',
  paths: ENTRA_JOIN_PATHS,
  facts: ['mdm'],
  applies: ({ facts }) => is(facts.mdm, 'other'),
  // "other" says nothing about Entra tokens either way, so this stays a warning to check, not a blocker.
  message: () => say('plan:rule.autoEnrollmentMdmUnsupported'),
  whenUnknown: 'check',
  source: 'seed S23; HLdocs:hololens2-autopilot.md',
};

export const autoEnrollmentNotConfigured: Rule = {
  code: 'auto-enrollment-not-configured',
  effect: 'block',
  paths: ENTRA_JOIN_PATHS,
  facts: ['autoEnrollmentConfigured'],
  applies: ({ facts }) => is(facts.autoEnrollmentConfigured, false),
  message: () => say('plan:rule.autoEnrollmentNotConfigured'),
  whenUnknown: 'check',
  source: 'seed S15, S17, S24',
};

export const mdmUserScopeNone: Rule = {
  code: 'mdm-user-scope-none',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe', 'entra-settings'],
  facts: ['mdmUserScope'],
  applies: ({ facts }) => is(facts.mdmUserScope, 'none'),
  message: () => say('plan:rule.mdmUserScopeNone'),
  whenUnknown: 'check',
  source: 'DOMAIN.md §2, §7',
};

export const gccHighNoRemoteSignIn: Rule = {
  code: 'gcc-high-no-remote-sign-in',
  effect: 'warn',
  paths: 'all',
  facts: ['tenant'],
  applies: ({ facts }) => is(facts.tenant, 'gcc-high'),
  message: () => say('plan:rule.gccHighNoRemoteSignIn'),
  whenUnknown: 'check',
  source: 'seed S11; DOMAIN.md §2',
};

export const deviceOwnerAdminOnly: Rule = {
  code: 'device-owner-admin-only',
  effect: 'warn',
  paths: ['autopilot', 'entra-oobe'],
  facts: ['bulkToken'],
  applies: ({ facts, path }) => (path === 'autopilot' ? true : is(facts.bulkToken, true)),
  message: ({ path }) =>
    path === 'autopilot'
      ? say('plan:rule.deviceOwnerAdminOnly.autopilot')
      : say('plan:rule.deviceOwnerAdminOnly.bulkToken'),
  whenUnknown: 'check',
  source: 'seed S25; DOMAIN.md §2',
};

export const deviceOwnerFirstUser: Rule = {
  code: 'device-owner-first-user',
  effect: 'warn',
  paths: ['entra-oobe'],
  facts: ['bulkToken'],
  applies: ({ facts }) => is(facts.bulkToken, false),
  message: () => say('plan:rule.deviceOwnerFirstUser'),
  whenUnknown: 'check',
  source: 'seed S25; DOMAIN.md §2',
};

export const bulkTokenExpires: Rule = {
  code: 'bulk-token-expires',
  effect: 'warn',
  paths: ['entra-oobe'],
  facts: ['bulkToken'],
  applies: ({ facts }) => is(facts.bulkToken, true),
  message: () => say('plan:rule.bulkTokenExpires'),
  whenUnknown: 'ignore',
  source: 'DOMAIN.md §3',
};

export const manualUnenrollBlocked: Rule = {
  code: 'manual-unenroll-blocked',
  effect: 'warn',
  paths: ['msa-work-account', 'local-mdm-only'],
  facts: ['allowManualUnenroll'],
  applies: ({ facts }) => is(facts.allowManualUnenroll, false),
  message: () => say('plan:rule.manualUnenrollBlocked'),
  whenUnknown: 'ignore',
  source: 'seed S28; DOMAIN.md §2',
};

export const TENANT_RULES: readonly Rule[] = [
  autoEnrollmentNeedsPremium,
  autoEnrollmentMdmUnsupported,
  autoEnrollmentNotConfigured,
  mdmUserScopeNone,
  gccHighNoRemoteSignIn,
  deviceOwnerAdminOnly,
  deviceOwnerFirstUser,
  bulkTokenExpires,
  manualUnenrollBlocked,
];
