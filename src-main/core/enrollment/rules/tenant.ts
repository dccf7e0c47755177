/**
 * Rules about the tenant and MDM: automatic enrollment, GCC High, device owner, bulk tokens, manual unenroll
 * (seed S11, S15, S17, S23–S25, S28; DOMAIN.md §2, §3).
 */
import { is } from '../tri.ts';
import type { Rule } from './types.ts';

const ENTRA_JOIN_PATHS = ['entra-oobe', 'entra-settings'] as const;

// A known-missing prerequisite blocks the Entra paths: the join itself would still succeed, without MDM, and an Entra
// join is undone only by a reset. Unknown stays a check before the join.
const JOIN_WITHOUT_MDM =
  'The device would join Entra without enrolling in the MDM, and only a reset undoes an Entra join.';

export const autoEnrollmentNeedsPremium: Rule = {
  code: 'auto-enrollment-needs-premium',
  effect: 'block',
  paths: ENTRA_JOIN_PATHS,
  facts: ['premium'],
  applies: ({ facts }) => is(facts.premium, false),
  message: () =>
    `Automatic MDM enrollment needs Entra ID P1 or P2, and this tenant has neither. ${JOIN_WITHOUT_MDM} Get P1/P2 and turn automatic enrollment on before you start.`,
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
  message: () =>
    'Automatic enrollment needs an MDM that accepts Entra sign-in tokens (Intune, Ivanti Neurons for MDM and AirWatch do). Check with the MDM vendor before the join: if it does not, the device joins Entra without enrolling, and only a reset undoes that.',
  whenUnknown: 'check',
  source: 'seed S23; HLdocs:hololens2-autopilot.md',
};

export const autoEnrollmentNotConfigured: Rule = {
  code: 'auto-enrollment-not-configured',
  effect: 'block',
  paths: ENTRA_JOIN_PATHS,
  facts: ['autoEnrollmentConfigured'],
  applies: ({ facts }) => is(facts.autoEnrollmentConfigured, false),
  message: () =>
    `Automatic enrollment is not set up in Entra (MDM user scope and the MDM's enrollment URLs). ${JOIN_WITHOUT_MDM} Ask the admin to set it up first.`,
  whenUnknown: 'check',
  source: 'seed S15, S17, S24',
};

export const mdmUserScopeNone: Rule = {
  code: 'mdm-user-scope-none',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe', 'entra-settings'],
  facts: ['mdmUserScope'],
  applies: ({ facts }) => is(facts.mdmUserScope, 'none'),
  message: () =>
    "Entra's MDM user scope is None, so automatic enrollment is refused with error 0x8018002B. Set it to All, or to Some with a group that holds these users.",
  whenUnknown: 'check',
  source: 'DOMAIN.md §2, §7',
};

export const gccHighNoRemoteSignIn: Rule = {
  code: 'gcc-high-no-remote-sign-in',
  effect: 'warn',
  paths: 'all',
  facts: ['tenant'],
  applies: ({ facts }) => is(facts.tenant, 'gcc-high'),
  message: () =>
    'This is a GCC High tenant: "Sign in from another device" will not work. Type the user name and password on the device itself (a Bluetooth keyboard makes it quicker).',
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
    `After ${path === 'autopilot' ? 'an Autopilot' : 'a bulk-token'} join nobody becomes device owner by signing in first: only Global Administrators and Device Administrators count as owners until someone is promoted. ` +
    'Owner-only settings must be done by one of them.',
  whenUnknown: 'check',
  source: 'seed S25; DOMAIN.md §2',
};

export const deviceOwnerFirstUser: Rule = {
  code: 'device-owner-first-user',
  effect: 'warn',
  paths: ['entra-oobe'],
  facts: ['bulkToken'],
  applies: ({ facts }) => is(facts.bulkToken, false),
  message: () =>
    'The first person to sign in during setup becomes the device owner and can change settings other users cannot. Let IT do the first sign-in if that matters.',
  whenUnknown: 'check',
  source: 'seed S25; DOMAIN.md §2',
};

export const bulkTokenExpires: Rule = {
  code: 'bulk-token-expires',
  effect: 'warn',
  paths: ['entra-oobe'],
  facts: ['bulkToken'],
  applies: ({ facts }) => is(facts.bulkToken, true),
  message: () =>
    'The bulk token inside a provisioning package stops working at most 30 days after the package was built. Rebuild the package if it is older.',
  whenUnknown: 'ignore',
  source: 'DOMAIN.md §3',
};

export const manualUnenrollBlocked: Rule = {
  code: 'manual-unenroll-blocked',
  effect: 'warn',
  paths: ['msa-work-account', 'local-mdm-only'],
  facts: ['allowManualUnenroll'],
  applies: ({ facts }) => is(facts.allowManualUnenroll, false),
  message: () =>
    'Your MDM sets Experience/AllowManualMDMUnenrollment to 0, so the Disconnect button will be blocked: this device will leave the MDM only by reset or reflash, unless the admin lifts the policy.',
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
