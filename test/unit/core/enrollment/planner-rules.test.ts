import { describe, expect, it } from 'vitest';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { expectPlan, GOOD_HL1, GOOD_HL2 } from './helpers.ts';
import type { Expectation } from './helpers.ts';

type Row = [rule: string, facts: EnrollmentFacts, expected: Expectation];

const SINGLE_POC: EnrollmentFacts = { ...GOOD_HL2, users: 'single', stage: 'poc' };
const PILOT: EnrollmentFacts = { ...GOOD_HL2, stage: 'pilot' };

const rows: Row[] = [
  // HoloLens (1st gen) edition (seed S03)
  [
    'hl1-needs-business-edition: HL1 on plain Holographic is led through the Business upgrade, not blocked',
    { ...GOOD_HL1, edition: 'holographic', identity: 'msa', users: 'single', stage: 'poc' },
    { path: 'msa-work-account', noBlockers: true, warnings: ['hl1-needs-business-edition'] },
  ],
  [
    'hl1-needs-business-edition: HL1 + holographic + Entra join upgrades at first setup before the join',
    { ...GOOD_HL1, edition: 'holographic', stage: 'pilot' },
    { path: 'entra-oobe', noBlockers: true, warnings: ['hl1-needs-business-edition'] },
  ],
  [
    'hl1-needs-business-edition: HL1 + business + MSA is not blocked',
    { ...GOOD_HL1, identity: 'msa', users: 'single', stage: 'poc' },
    { path: 'msa-work-account', noBlockers: true, unenroll: 'settings-disconnect' },
  ],
  [
    'hl1-needs-business-edition: a HoloLens 2 never needs the edition upgrade',
    { ...GOOD_HL2, edition: 'holographic' },
    { path: 'autopilot', notBlockers: ['hl1-needs-business-edition'], notWarnings: ['hl1-needs-business-edition'] },
  ],
  [
    'hl1-multi-user-needs-1803: a shared HL1 on 1607 is blocked',
    { ...GOOD_HL1, build: '14393.0.x86fre.rs1_release.160715-1616', stage: 'pilot' },
    { path: 'entra-oobe', blockers: ['hl1-multi-user-needs-1803'] },
  ],
  [
    'hl1-multi-user-needs-1803: a shared HL1 on 1809 is fine',
    { ...GOOD_HL1, stage: 'pilot' },
    { path: 'entra-oobe', noBlockers: true },
  ],
  // Autopilot (seed S12, S13; DOMAIN §4)
  [
    'autopilot-hl2-only: a shared HL1 in production falls back to Entra join during setup',
    GOOD_HL1,
    {
      path: 'entra-oobe',
      setAside: ['autopilot'],
      warnings: ['autopilot-hl2-only'],
      noBlockers: true,
      unenroll: 'reset-or-reflash',
    },
  ],
  [
    'autopilot-hl2-only: insisting on Autopilot for an HL1 is a blocker',
    { ...GOOD_HL1, requestedPath: 'autopilot' },
    { path: 'autopilot', blockers: ['autopilot-hl2-only'] },
  ],
  [
    'autopilot-needs-19041.1103: HL2 + old build keeps Autopilot, blocked until updated or reflashed',
    { ...GOOD_HL2, build: '18362.1039' },
    { path: 'autopilot', blockers: ['autopilot-needs-19041.1103'] },
  ],
  [
    'autopilot-needs-19041.1103: insisting on Autopilot on an old build is a blocker (update or reflash first)',
    { ...GOOD_HL2, build: '18362.1039', requestedPath: 'autopilot' },
    { path: 'autopilot', blockers: ['autopilot-needs-19041.1103'] },
  ],
  [
    'autopilot-needs-19041.1103: 19041.1103 exactly is enough',
    { ...GOOD_HL2, build: '19041.1103', network: 'ethernet' },
    { path: 'autopilot', noBlockers: true, notWarnings: ['autopilot-needs-19041.1103'] },
  ],
  [
    'autopilot-needs-19041.1103: builds compare as numbers (19041.999 is older)',
    { ...GOOD_HL2, build: '19041.999' },
    { path: 'autopilot', blockers: ['autopilot-needs-19041.1103'] },
  ],
  [
    'autopilot-needs-19041.1103: the 10.0.19041.1128 form is read',
    { ...GOOD_HL2, build: '10.0.19041.1128' },
    { path: 'autopilot', noBlockers: true },
  ],
  [
    'autopilot-not-registered: an unregistered HL2 keeps Autopilot, blocked until the hash is imported',
    { ...GOOD_HL2, autopilotRegistered: false },
    { path: 'autopilot', blockers: ['autopilot-not-registered'] },
  ],
  [
    'autopilot-needs-intune-or-ivanti: AirWatch falls back to Entra join without an MDM warning',
    { ...GOOD_HL2, mdm: 'airwatch' },
    {
      path: 'entra-oobe',
      warnings: ['autopilot-needs-intune-or-ivanti'],
      notWarnings: ['auto-enrollment-mdm-unsupported'],
    },
  ],
  [
    'autopilot-needs-intune-or-ivanti: Ivanti Neurons for MDM keeps Autopilot',
    { ...GOOD_HL2, mdm: 'ivanti' },
    { path: 'autopilot', noBlockers: true, notWarnings: ['autopilot-needs-intune-or-ivanti'] },
  ],
  [
    'autopilot-wifi-needs-19041.1128: Wi-Fi on 19041.1103 is blocked until an Ethernet adapter is used',
    { ...GOOD_HL2, build: '19041.1103', network: 'wifi' },
    { path: 'autopilot', blockers: ['autopilot-wifi-needs-19041.1128'] },
  ],
  [
    'autopilot-wifi-needs-19041.1128: Wi-Fi on 19041.1128 is fine',
    { ...GOOD_HL2, build: '19041.1128', network: 'wifi' },
    { path: 'autopilot', noBlockers: true },
  ],
  [
    'autopilot-wifi-needs-19041.1128: Ethernet on 19041.1103 is fine',
    { ...GOOD_HL2, build: '19041.1103', network: 'ethernet' },
    { path: 'autopilot', noBlockers: true, notWarnings: ['autopilot-wifi-needs-19041.1128'] },
  ],
  [
    'autopilot-battery-45: 44% battery blocks Autopilot',
    { ...GOOD_HL2, batteryPercent: 44 },
    { path: 'autopilot', blockers: ['autopilot-battery-45'] },
  ],
  [
    'autopilot-battery-45: 45% battery is enough',
    { ...GOOD_HL2, batteryPercent: 45 },
    { path: 'autopilot', noBlockers: true },
  ],
  [
    'autopilot-device-record-exists: a reused device must lose its Intune and Entra records first (0x80180014)',
    { ...GOOD_HL2, existingDeviceRecord: true },
    { path: 'autopilot', blockers: ['autopilot-device-record-exists'] },
  ],
  // Automatic enrollment (seed S15, S23, S24)
  [
    'auto-enrollment-needs-premium: no Entra P1/P2 rules out Autopilot and blocks the Entra join',
    { ...GOOD_HL2, premium: false },
    { path: 'entra-oobe', setAside: ['autopilot'], blockers: ['auto-enrollment-needs-premium'] },
  ],
  [
    'auto-enrollment-needs-premium: single-user Entra join from Settings without P1/P2 is blocked',
    { ...SINGLE_POC, premium: false },
    { path: 'entra-settings', blockers: ['auto-enrollment-needs-premium'] },
  ],
  [
    'auto-enrollment-needs-premium: unknown P1/P2 is a check before the join, not a blocker',
    { ...PILOT, premium: undefined },
    { path: 'entra-oobe', notBlockers: ['auto-enrollment-needs-premium'], checks: ['fact:premium'] },
  ],
  [
    'auto-enrollment-needs-premium: manual paths do not need P1/P2',
    { ...SINGLE_POC, identity: 'msa', premium: false },
    { path: 'msa-work-account', notWarnings: ['auto-enrollment-needs-premium'] },
  ],
  [
    'auto-enrollment-mdm-unsupported: an MDM that may not take Entra tokens warns on Entra join',
    { ...PILOT, mdm: 'other' },
    { path: 'entra-oobe', warnings: ['auto-enrollment-mdm-unsupported'] },
  ],
  [
    'auto-enrollment-mdm-unsupported: AirWatch accepts Entra tokens',
    { ...PILOT, mdm: 'airwatch' },
    { path: 'entra-oobe', notWarnings: ['auto-enrollment-mdm-unsupported'] },
  ],
  [
    'auto-enrollment-mdm-unsupported: Ivanti Neurons for MDM accepts Entra tokens',
    { ...PILOT, mdm: 'ivanti' },
    { path: 'entra-oobe', notWarnings: ['auto-enrollment-mdm-unsupported'], noBlockers: true },
  ],
  [
    'auto-enrollment-mdm-unsupported: manual paths work with any MDM',
    { ...SINGLE_POC, identity: 'local', mdm: 'other' },
    { path: 'local-mdm-only', notWarnings: ['auto-enrollment-mdm-unsupported'], noBlockers: true },
  ],
  [
    'auto-enrollment-not-configured: no enrollment URLs blocks the Entra join (it would join without MDM)',
    { ...PILOT, autoEnrollmentConfigured: false },
    { path: 'entra-oobe', blockers: ['auto-enrollment-not-configured'] },
  ],
  [
    'auto-enrollment-not-configured: joining from Settings without enrollment URLs is blocked too',
    { ...SINGLE_POC, autoEnrollmentConfigured: false },
    { path: 'entra-settings', blockers: ['auto-enrollment-not-configured'] },
  ],
  [
    'auto-enrollment-not-configured: Autopilot without automatic enrollment falls back to a blocked Entra join',
    { ...GOOD_HL2, autoEnrollmentConfigured: false },
    { path: 'entra-oobe', setAside: ['autopilot'], blockers: ['auto-enrollment-not-configured'] },
  ],
  [
    'auto-enrollment-not-configured: unknown enrollment URLs are a check before the join',
    { ...PILOT, autoEnrollmentConfigured: undefined },
    { path: 'entra-oobe', notBlockers: ['auto-enrollment-not-configured'], checks: ['fact:autoEnrollmentConfigured'] },
  ],
  [
    'mdm-user-scope-none: MDM user scope None blocks automatic enrollment (0x8018002B)',
    { ...PILOT, mdmUserScope: 'none' },
    { path: 'entra-oobe', blockers: ['mdm-user-scope-none'] },
  ],
  // Accounts and users (seed S16–S21; DOMAIN §2)
  [
    'multi-user-needs-entra: a shared device with Microsoft accounts is blocked',
    { ...GOOD_HL2, identity: 'msa' },
    { path: 'msa-work-account', blockers: ['multi-user-needs-entra'] },
  ],
  [
    'multi-user-needs-entra: a shared device with a local account is blocked',
    { ...GOOD_HL2, identity: 'local' },
    { path: 'local-mdm-only', blockers: ['multi-user-needs-entra'] },
  ],
  [
    'multi-user-needs-entra: more than one person counts as shared',
    { ...SINGLE_POC, identity: 'msa', users: undefined, userCount: 2 },
    { path: 'msa-work-account', blockers: ['multi-user-needs-entra'] },
  ],
  [
    'entra-max-63-users: 64 Entra users on one device is blocked',
    { ...PILOT, userCount: 64 },
    { path: 'entra-oobe', blockers: ['entra-max-63-users'] },
  ],
  ['entra-max-63-users: 63 Entra users is fine', { ...PILOT, userCount: 63 }, { path: 'entra-oobe', noBlockers: true }],
  [
    'user-count-conflict: "single" with three people is treated as shared',
    { ...SINGLE_POC, userCount: 3 },
    { path: 'entra-oobe', warnings: ['user-count-conflict'] },
  ],
  [
    'local-account-needs-package: no package means no local account',
    { ...SINGLE_POC, identity: 'local', localAccountPackage: false },
    { path: 'local-mdm-only', blockers: ['local-account-needs-package'] },
  ],
  [
    'local-account-needs-package: a device already set up with its local account needs no package',
    { ...SINGLE_POC, identity: 'local', localAccountPackage: false, deviceState: 'set-up', currentAccount: 'local' },
    { path: 'local-mdm-only', noBlockers: true },
  ],
  [
    'entra-to-msa-needs-reflash: an Entra-joined device must be reflashed before Microsoft account sign-in',
    { ...SINGLE_POC, identity: 'msa', deviceState: 'set-up', currentAccount: 'entra' },
    { path: 'msa-work-account', blockers: ['entra-to-msa-needs-reflash'] },
  ],
  [
    'first-setup-path-needs-reset: a set-up device must be reset before Entra join during setup',
    { ...PILOT, deviceState: 'set-up', currentAccount: 'msa' },
    { path: 'entra-oobe', blockers: ['first-setup-path-needs-reset'] },
  ],
  [
    'first-setup-path-needs-reset: the Settings paths work on a set-up device',
    { ...SINGLE_POC, deviceState: 'set-up', currentAccount: 'entra' },
    { path: 'entra-settings', noBlockers: true },
  ],
  [
    'first-setup-path-needs-reset: a local account cannot be added to a device set up with a Microsoft account',
    { ...SINGLE_POC, identity: 'local', deviceState: 'set-up', currentAccount: 'msa' },
    { path: 'local-mdm-only', blockers: ['first-setup-path-needs-reset'] },
  ],
  [
    'entra-settings-on-msa-device: connecting Entra on a Microsoft-account device is the add-work-account flow',
    { ...SINGLE_POC, deviceState: 'set-up', currentAccount: 'msa' },
    { path: 'entra-settings', warnings: ['entra-settings-on-msa-device'], noBlockers: true },
  ],
  [
    'settings-join-single-user: insisting on Settings join for a shared device is a blocker',
    { ...PILOT, requestedPath: 'entra-settings' },
    { path: 'entra-settings', blockers: ['settings-join-single-user'] },
  ],
  [
    'path-identity-mismatch: insisting on the Microsoft account path with Entra accounts is a blocker',
    { ...SINGLE_POC, requestedPath: 'msa-work-account' },
    { path: 'msa-work-account', blockers: ['path-identity-mismatch'] },
  ],
  // Tenant, owner, tokens, unenroll (seed S11, S25, S28; DOMAIN §2, §3)
  [
    'gcc-high-no-remote-sign-in: GCC High + Entra warns',
    { ...PILOT, tenant: 'gcc-high' },
    { path: 'entra-oobe', warnings: ['gcc-high-no-remote-sign-in'] },
  ],
  [
    'gcc-high-no-remote-sign-in: a commercial tenant does not warn',
    PILOT,
    { notWarnings: ['gcc-high-no-remote-sign-in'] },
  ],
  [
    'device-owner-admin-only: Autopilot leaves ownership to admins',
    GOOD_HL2,
    { path: 'autopilot', warnings: ['device-owner-admin-only'], notWarnings: ['device-owner-first-user'] },
  ],
  [
    'device-owner-admin-only: a bulk-token join leaves ownership to admins',
    { ...PILOT, bulkToken: true },
    {
      path: 'entra-oobe',
      warnings: ['device-owner-admin-only', 'bulk-token-expires'],
      notWarnings: ['device-owner-first-user'],
    },
  ],
  [
    'device-owner-first-user: an interactive Entra join makes the first user owner',
    PILOT,
    { path: 'entra-oobe', warnings: ['device-owner-first-user'], notWarnings: ['device-owner-admin-only'] },
  ],
  [
    'manual-unenroll-blocked: AllowManualMDMUnenrollment=0 turns Disconnect into reset or reflash',
    { ...SINGLE_POC, identity: 'msa', allowManualUnenroll: false },
    { path: 'msa-work-account', warnings: ['manual-unenroll-blocked'], unenroll: 'reset-or-reflash' },
  ],
  // Fleet guidance beyond the seed (HLdocs pages)
  [
    'enterprise-wifi-needs-certificates: 802.1X Wi-Fi at setup warns on every path, and says what this plan does',
    { ...PILOT, enterpriseWifi: true },
    { path: 'entra-oobe', warnings: ['enterprise-wifi-needs-certificates'], noBlockers: true },
  ],
  [
    'enterprise-wifi-needs-certificates: ordinary Wi-Fi says nothing',
    { ...PILOT, enterpriseWifi: false },
    { notWarnings: ['enterprise-wifi-needs-certificates'] },
  ],
  [
    'kiosk-after-enrollment: a kiosk device is told about the kiosk check',
    { ...GOOD_HL2, kiosk: 'single-app' },
    { path: 'autopilot', warnings: ['kiosk-after-enrollment'] },
  ],
];

describe('planner rules', () => {
  it.each(rows)('%s', (_rule, facts, expected) => {
    expectPlan(planEnrollment(facts), expected);
  });

  it('every blocker and warning carries a plain message and its source', () => {
    for (const [, facts] of rows) {
      const plan = planEnrollment(facts);
      for (const f of [...plan.blockers, ...plan.warnings]) {
        expect(f.message.length).toBeGreaterThan(20);
        expect(f.source).toMatch(/seed S\d+|DOMAIN\.md|HLdocs/);
      }
    }
  });

  it('autopilot-needs-19041.1103: the update blocker says to which build and how', () => {
    const old = planEnrollment({ ...GOOD_HL2, build: '18362.1039' }).blockers.find(
      (f) => f.code === 'autopilot-needs-19041.1103',
    );
    expect(old?.message).toMatch(/to 19041\.1103 or later/);
    expect(old?.message).toMatch(/Windows Update/);
    expect(old?.message).toMatch(/Advanced Recovery Companion/);
    const wifi = planEnrollment({ ...GOOD_HL2, build: '19041.1103', network: 'wifi' }).blockers.find(
      (f) => f.code === 'autopilot-wifi-needs-19041.1128',
    );
    expect(wifi?.message).toMatch(/to 19041\.1128 or later/);
  });

  it('a set-aside path says why in pathReason', () => {
    const plan = planEnrollment(GOOD_HL1);
    expect(plan.pathReason).toMatch(/Autopilot/);
    expect(plan.pathReason).toMatch(/HoloLens 2/);
    expect(plan.pathReason).toMatch(/Entra join during first setup/);
  });
});
