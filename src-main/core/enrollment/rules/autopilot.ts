/** Rules for the Autopilot path (seed S12, S13; DOMAIN.md §4). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import { updateAdvice } from '../../knowledge/updates.ts';
import { all, is, not } from '../tri.ts';
import type { Rule } from './types.ts';

const AUTOPILOT = ['autopilot'] as const;

export const autopilotHl2Only: Rule = {
  code: 'autopilot-hl2-only',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['model'],
  applies: ({ facts }) => is(facts.model, 'hololens1'),
  message: () => 'Autopilot works only on HoloLens 2, and this is a HoloLens (1st gen).',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Autopilot works only on HoloLens 2: confirm the model. For a HoloLens (1st gen), join Entra during first setup instead.',
  source: 'seed S12, S13; DOMAIN.md §4',
};

// Fixable by the station's own flows (update or reflash; harvest and import the hash), so Autopilot stays the
// advised path and these block it until done, rather than sending a production fleet down a lesser path.
export const autopilotNeedsBuild: Rule = {
  code: 'autopilot-needs-19041.1103',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['build'],
  // A HoloLens (1st gen) is already ruled out by autopilot-hl2-only; its build says nothing more.
  applies: ({ facts }) => (facts.model === 'hololens1' ? false : not(buildAtLeast(facts.build, MIN_BUILD.autopilot))),
  message: ({ facts }) =>
    `Autopilot needs build 19041.1103 (Windows Holographic 2004) or later, and this device runs ${facts.build ?? 'an older build'}. ` +
    `${updateAdvice('hololens2', facts.build, MIN_BUILD.autopilot)} Then carry on with Autopilot.`,
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Autopilot needs build 19041.1103 or later: check the build (Settings > System > About) before you start. Early devices shipped with 1903 (18362), which is too old.',
  source: 'seed S13; DOMAIN.md §4, §8; HLdocs:hololens-update-hololens.md',
};

export const autopilotNotRegistered: Rule = {
  code: 'autopilot-not-registered',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['autopilotRegistered'],
  applies: ({ facts }) => is(facts.autopilotRegistered, false),
  message: () =>
    'This device is not registered for Autopilot. Harvest its hardware hash (Power + Volume Down: at first setup, or later by the device owner, signed in and unlocked; before 20H2 with diagnostic data set to Full), import it in Intune and assign a HoloLens deployment profile; then carry on with Autopilot. Or have the reseller register it in Partner Center.',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Autopilot only starts on a device registered in Intune with a HoloLens deployment profile assigned: check Windows enrollment > Devices shows it with profile status "Assigned".',
  source: 'seed S12; DOMAIN.md §4; HLdocs:hololens2-autopilot.md (obtain hardware hash)',
};

/** HoloLens 2 self-deploying Autopilot is documented with Intune and with Ivanti Neurons for MDM only. */
export const autopilotNeedsIntuneOrIvanti: Rule = {
  code: 'autopilot-needs-intune-or-ivanti',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['mdm'],
  applies: ({ facts }) => is(facts.mdm, 'airwatch', 'other'),
  message: () =>
    'Autopilot on HoloLens 2 works with Microsoft Intune or Ivanti Neurons for MDM, and this organization uses another MDM.',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Autopilot on HoloLens 2 needs Microsoft Intune or Ivanti Neurons for MDM: confirm which MDM the organization uses.',
  source: 'seed S12; HLdocs:hololens2-autopilot.md',
};

/** Autopilot is Entra join plus automatic enrollment; without P1/P2 there is no automatic enrollment. */
export const autopilotNeedsPremium: Rule = {
  code: 'auto-enrollment-needs-premium',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['premium'],
  applies: ({ facts }) => is(facts.premium, false),
  message: () =>
    'Autopilot relies on automatic MDM enrollment, which needs Entra ID P1 or P2, and this tenant has neither.',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Autopilot relies on automatic MDM enrollment, which needs Entra ID P1 or P2: confirm the tenant has it.',
  source: 'seed S12, S23',
};

export const autopilotNeedsAutoEnrollment: Rule = {
  code: 'auto-enrollment-not-configured',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['autoEnrollmentConfigured'],
  applies: ({ facts }) => is(facts.autoEnrollmentConfigured, false),
  message: () =>
    'Autopilot relies on automatic MDM enrollment, and it is not set up in Entra (no enrollment URLs for the MDM).',
  whenUnknown: 'check',
  source: 'seed S12, S15',
};

export const autopilotWifiNeedsBuild: Rule = {
  code: 'autopilot-wifi-needs-19041.1128',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['network', 'build'],
  applies: ({ facts }) => all(is(facts.network, 'wifi'), not(buildAtLeast(facts.build, MIN_BUILD.autopilotWifi))),
  message: ({ facts }) =>
    `Autopilot over Wi-Fi needs build 19041.1128 (20H2) or later, and this device runs ${facts.build ?? 'an older build'}. ` +
    'Plug a USB-C Ethernet adapter with a live network cable into the HoloLens before you turn it on (no USB hub). ' +
    `Or: ${updateAdvice('hololens2', facts.build, MIN_BUILD.autopilotWifi)}`,
  whenUnknown: 'warn',
  unknownMessage: () =>
    'Before build 19041.1128, Autopilot cannot use Wi-Fi: unless you know the build is newer, plug a USB-C Ethernet adapter with a live cable in before you turn the device on.',
  source: 'DOMAIN.md §4',
};

export const autopilotBattery: Rule = {
  code: 'autopilot-battery-45',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['batteryPercent'],
  applies: ({ facts }) => (facts.batteryPercent === undefined ? undefined : facts.batteryPercent < 45),
  message: ({ facts }) =>
    `Autopilot needs at least 45% battery, and this device has ${facts.batteryPercent ?? 'less'}%. Charge it first, on the wall charger rather than the PC.`,
  whenUnknown: 'check',
  source: 'DOMAIN.md §4',
};

export const autopilotDeviceRecordExists: Rule = {
  code: 'autopilot-device-record-exists',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['existingDeviceRecord'],
  applies: ({ facts }) => is(facts.existingDeviceRecord, true),
  message: () =>
    'This device was enrolled or joined before. Autopilot needs a clean start: delete its Intune device record (and an old Entra device from a join by hand), keep the Autopilot registration, then reset or reflash it. ' +
    'Otherwise Autopilot fails with 0x80180014.',
  whenUnknown: 'warn',
  unknownMessage: () =>
    'If this device was enrolled or joined before, delete its Intune device record first (keep the Autopilot registration), or Autopilot fails with 0x80180014.',
  source: 'DOMAIN.md §4, §6',
};

export const AUTOPILOT_RULES: readonly Rule[] = [
  autopilotHl2Only,
  autopilotNeedsBuild,
  autopilotNotRegistered,
  autopilotNeedsIntuneOrIvanti,
  autopilotNeedsPremium,
  autopilotNeedsAutoEnrollment,
  autopilotWifiNeedsBuild,
  autopilotBattery,
  autopilotDeviceRecordExists,
];
