/**
 * Rules about the tenant and MDM: automatic enrollment, GCC High, device owner, bulk tokens, manual unenroll
 * (seed S11, S15, S17, S23–S25, S28; DOMAIN.md §2, §3).
 */
import { is } from '../tri.ts';
import type { Rule } from './types.ts';

const ENTRA_JOIN_PATHS = ['entra-oobe', 'entra-settings'] as const;

export const autoEnrollmentNeedsPremium: Rule = {
  code: 'auto-enrollment-needs-premium',
  effect: 'warn',
  paths: ENTRA_JOIN_PATHS,
  facts: ['premium'],
  applies: ({ facts }) => is(facts.premium, false),
  message: () =>
    'Without Entra ID P1 or P2 there is no automatic MDM enrollment: the device joins Entra but stays unmanaged. Get P1/P2 and turn automatic enrollment on first.',
  whenUnknown: 'check',
  source: 'seed S23; DOMAIN.md §2',
};

export const autoEnrollmentMdmUnsupported: Rule = {
  code: 'auto-enrollment-mdm-unsupported',
  effect: 'warn',
  paths: ENTRA_JOIN_PATHS,
  facts: ['mdm'],
  applies: ({ facts }) => is(facts.mdm, 'other'),
  message: () =>
    'Automatic enrollment needs an MDM that accepts Entra sign-in tokens; Intune and AirWatch are known to. With another MDM the device may join Entra but not enroll by itself: check with the MDM vendor.',
  whenUnknown: 'check',
  source: 'seed S23',
};

export const autoEnrollmentNotConfigured: Rule = {
  code: 'auto-enrollment-not-configured',
  effect: 'warn',
  paths: ENTRA_JOIN_PATHS,
  facts: ['autoEnrollmentConfigured'],
  applies: ({ facts }) => is(facts.autoEnrollmentConfigured, false),
  message: () =>
    'Automatic enrollment is not set up in Entra (no enrollment URLs for the MDM), so the device joins Entra but does not enroll. Ask the admin to set it up first.',
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
