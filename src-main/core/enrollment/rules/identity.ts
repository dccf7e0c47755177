/** Rules about accounts, user counts and the device's current setup (seed S10, S16–S21; DOMAIN.md §2). */
import { PATHS } from '../paths.ts';
import { is } from '../tri.ts';
import type { Rule } from './types.ts';

const ACCOUNT_WORDS = { entra: 'Entra (work or school)', msa: 'Microsoft', local: 'local' } as const;

export const multiUserNeedsEntra: Rule = {
  code: 'multi-user-needs-entra',
  effect: 'block',
  paths: ['msa-work-account', 'local-mdm-only'],
  facts: ['users'],
  applies: ({ users }) => is(users, 'multi'),
  message: ({ path }) =>
    `A ${ACCOUNT_WORDS[PATHS[path].identity]} account allows one person per device. To share this device, everyone needs an Entra (work or school) account and the device must join Entra. ` +
    'Switch to Entra accounts, or keep one user per device.',
  whenUnknown: 'warn',
  unknownMessage: ({ path }) =>
    `A ${ACCOUNT_WORDS[PATHS[path].identity]} account allows one person per device. If several people will share it, use Entra accounts instead.`,
  source: 'seed S09, S16–S20; DOMAIN.md §2',
};

export const entraMax63Users: Rule = {
  code: 'entra-max-63-users',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe', 'entra-settings'],
  facts: ['userCount'],
  // Only a stated count can exceed the limit; an unknown count is not worth a warning on every plan.
  applies: ({ facts }) => (facts.userCount === undefined ? false : facts.userCount > 63),
  message: ({ facts }) =>
    `One HoloLens holds at most 63 Entra users; you plan ${facts.userCount ?? 'more'}. Spread people over more devices, or have the MDM remove long-unused users.`,
  whenUnknown: 'ignore',
  source: 'DOMAIN.md §2 (older HLdocs say 64 accounts; the lower number is used)',
};

export const localAccountNeedsPackage: Rule = {
  code: 'local-account-needs-package',
  effect: 'block',
  paths: ['local-mdm-only'],
  facts: ['localAccountPackage'],
  applies: ({ facts }) => {
    if (facts.currentAccount === 'local') return false;
    return facts.localAccountPackage === undefined ? undefined : !facts.localAccountPackage;
  },
  message: () =>
    'A local account can only be created by a provisioning package applied during first setup. Build a package that creates the account (user name and password) before you start.',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'You need a provisioning package that creates the local account, applied during first setup: there is no other way to get a local account.',
  source: 'seed S20; DOMAIN.md §2, §3',
};

export const entraToMsaNeedsReflash: Rule = {
  code: 'entra-to-msa-needs-reflash',
  effect: 'block',
  paths: ['msa-work-account'],
  facts: ['deviceState', 'currentAccount'],
  applies: ({ facts }) => (facts.deviceState === 'fresh' ? false : is(facts.currentAccount, 'entra')),
  message: () =>
    'This device was set up with an Entra account. An Entra-joined device will not take Microsoft account sign-ins until it is reflashed. Reflash it first, then set it up with the Microsoft account.',
  whenUnknown: 'check',
  source: 'DOMAIN.md §2; HLdocs:hololens-identity.md',
};

export const firstSetupPathNeedsReset: Rule = {
  code: 'first-setup-path-needs-reset',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe', 'local-mdm-only'],
  facts: ['deviceState', 'currentAccount'],
  factsFor: ({ path }) => (path === 'local-mdm-only' ? ['deviceState', 'currentAccount'] : ['deviceState']),
  applies: ({ facts, path }) => {
    if (facts.deviceState === 'fresh') return false;
    const setUp = facts.deviceState === 'set-up' || facts.currentAccount !== undefined ? true : undefined;
    if (path !== 'local-mdm-only') return setUp;
    // A device already set up with the local account can enroll from Settings straight away.
    if (facts.currentAccount === 'local') return false;
    return facts.currentAccount === undefined ? undefined : setUp;
  },
  message: ({ path }) =>
    path === 'local-mdm-only'
      ? 'The local account has to be created during first setup, and this device is already set up with another account. Reset it from Settings (or reflash it) to get back to first setup. That erases the device.'
      : 'This path runs during first setup, and this device is already set up. Reset it from Settings (or reflash it) to get back to first setup. That erases the device.',
  whenUnknown: 'check',
  source: 'seed S12, S14; DOMAIN.md §2, §6',
};

export const pathIdentityMismatch: Rule = {
  code: 'path-identity-mismatch',
  effect: 'exclude',
  paths: 'all',
  facts: ['identity'],
  applies: ({ facts, path }) => (facts.identity === undefined ? false : facts.identity !== PATHS[path].identity),
  message: ({ facts, path }) =>
    `The path "${path}" needs ${ACCOUNT_WORDS[PATHS[path].identity]} accounts, but people will sign in with ${facts.identity ? ACCOUNT_WORDS[facts.identity] : 'another kind of'} accounts.`,
  whenUnknown: 'ignore',
  source: 'seed S10',
};

export const settingsJoinSingleUser: Rule = {
  code: 'settings-join-single-user',
  effect: 'exclude',
  paths: ['entra-settings'],
  facts: ['users'],
  applies: ({ users }) => is(users, 'multi'),
  message: () =>
    'Joining from Settings suits one user per device. For a shared device, join Entra during first setup (or use Autopilot).',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Joining from Settings suits one user per device. If several people will share it, join Entra during first setup instead.',
  source: 'seed S09, S16',
};

export const userCountConflict: Rule = {
  code: 'user-count-conflict',
  effect: 'warn',
  paths: 'all',
  facts: ['users', 'userCount'],
  applies: ({ facts }) => facts.users === 'single' && facts.userCount !== undefined && facts.userCount > 1,
  message: ({ facts }) =>
    `You said one user, but also ${facts.userCount ?? 'several'} people: the plan treats the device as shared.`,
  whenUnknown: 'ignore',
  source: 'DOMAIN.md §2',
};

/** On a device signed in with a Microsoft account, Settings > Connect is the "add work account" flow. */
export const entraSettingsOnMsaDevice: Rule = {
  code: 'entra-settings-on-msa-device',
  effect: 'warn',
  paths: ['entra-settings'],
  facts: ['currentAccount'],
  applies: ({ facts }) => is(facts.currentAccount, 'msa'),
  message: () =>
    'This device signs in with a Microsoft account. Connecting an Entra account from Settings then adds it as a work account ("add work account"): people keep signing in with the Microsoft account. ' +
    'If people must sign in with their Entra accounts, reset the device and join Entra during first setup instead.',
  whenUnknown: 'ignore',
  source: 'seed S16, S18, S19; HLdocs:hololens-multiple-users.md',
};

export const IDENTITY_RULES: readonly Rule[] = [
  pathIdentityMismatch,
  settingsJoinSingleUser,
  multiUserNeedsEntra,
  entraMax63Users,
  localAccountNeedsPackage,
  entraToMsaNeedsReflash,
  firstSetupPathNeedsReset,
  entraSettingsOnMsaDevice,
  userCountConflict,
];
