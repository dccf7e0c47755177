/** Rules about accounts, user counts and the device's current setup (seed S10, S16–S21; DOMAIN.md §2). */
import { PATHS } from '../paths.ts';
import { is } from '../tri.ts';
import { say } from '../../language.ts';
import type { Rule, RuleContext } from './types.ts';

/** The multi-user rule only applies to the two single-user paths, whose accounts are Microsoft or local. */
const singleUserAccount = (path: RuleContext['path']) => (PATHS[path].identity === 'local' ? 'local' : 'msa');

export const multiUserNeedsEntra: Rule = {
  code: 'multi-user-needs-entra',
  effect: 'block',
  paths: ['msa-work-account', 'local-mdm-only'],
  facts: ['users'],
  applies: ({ users }) => is(users, 'multi'),
  message: ({ path }) => say(`plan:rule.multiUserNeedsEntra.${singleUserAccount(path)}`),
  whenUnknown: 'warn',
  unknownMessage: ({ path }) => say(`plan:rule.multiUserNeedsEntra.unknown.${singleUserAccount(path)}`),
  source: 'seed S09, S16–S20; DOMAIN.md §2',
};

export const entraMax63Users: Rule = {
  code: 'entra-max-63-users',
  effect: 'block',
  paths: ['autopilot', 'entra-oobe', 'entra-settings'],
  facts: ['userCount'],
  // Only a stated count can exceed the limit; an unknown count is not worth a warning on every plan.
  applies: ({ facts }) => (facts.userCount === undefined ? false : facts.userCount > 63),
  message: ({ facts }) => say('plan:rule.entraMax63Users', { count: facts.userCount ?? 64 }),
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
  message: () => say('plan:rule.localAccountNeedsPackage'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.localAccountNeedsPackage.unknown'),
  source: 'seed S20; DOMAIN.md §2, §3',
};

export const entraToMsaNeedsReflash: Rule = {
  code: 'entra-to-msa-needs-reflash',
  effect: 'block',
  paths: ['msa-work-account'],
  facts: ['deviceState', 'currentAccount'],
  applies: ({ facts }) => (facts.deviceState === 'fresh' ? false : is(facts.currentAccount, 'entra')),
  message: () => say('plan:rule.entraToMsaNeedsReflash'),
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
      ? say('plan:rule.firstSetupPathNeedsReset.local')
      : say('plan:rule.firstSetupPathNeedsReset'),
  whenUnknown: 'check',
  source: 'seed S12, S14; DOMAIN.md §2, §6',
};

export const pathIdentityMismatch: Rule = {
  code: 'path-identity-mismatch',
  effect: 'exclude',
  paths: 'all',
  facts: ['identity'],
  applies: ({ facts, path }) => (facts.identity === undefined ? false : facts.identity !== PATHS[path].identity),
  // Applies only when the identity is known and differs from the path's.
  message: ({ facts, path }) =>
    say('plan:rule.pathIdentityMismatch', {
      path,
      needed: say(`plan:accounts.needed.${PATHS[path].identity}`),
      used: say(`plan:accounts.used.${facts.identity ?? 'entra'}`),
    }),
  whenUnknown: 'ignore',
  source: 'seed S10',
};

export const settingsJoinSingleUser: Rule = {
  code: 'settings-join-single-user',
  effect: 'exclude',
  paths: ['entra-settings'],
  facts: ['users'],
  applies: ({ users }) => is(users, 'multi'),
  message: () => say('plan:rule.settingsJoinSingleUser'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.settingsJoinSingleUser.unknown'),
  source: 'seed S09, S16',
};

export const userCountConflict: Rule = {
  code: 'user-count-conflict',
  effect: 'warn',
  paths: 'all',
  facts: ['users', 'userCount'],
  applies: ({ facts }) => facts.users === 'single' && facts.userCount !== undefined && facts.userCount > 1,
  message: ({ facts }) => say('plan:rule.userCountConflict', { count: facts.userCount ?? 2 }),
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
  message: () => say('plan:rule.entraSettingsOnMsaDevice'),
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
