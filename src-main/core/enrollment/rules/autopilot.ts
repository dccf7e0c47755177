/** Rules for the Autopilot path (seed S12, S13; DOMAIN.md §4). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import { updateAdvice } from '../../knowledge/updates.ts';
import { say } from '../../language.ts';
import { all, is, not } from '../tri.ts';
import type { Rule } from './types.ts';

const AUTOPILOT = ['autopilot'] as const;

export const autopilotHl2Only: Rule = {
  code: 'autopilot-hl2-only',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['model'],
  applies: ({ facts }) => is(facts.model, 'hololens1'),
  message: () => say('plan:rule.autopilotHl2Only'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotHl2Only.unknown'),
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
    say('plan:rule.autopilotNeedsBuild', {
      build: facts.build ?? say('plan:rule.olderBuild'),
      update: updateAdvice('hololens2', facts.build, MIN_BUILD.autopilot),
    }),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotNeedsBuild.unknown'),
  source: 'seed S13; DOMAIN.md §4, §8; HLdocs:hololens-update-hololens.md',
};

export const autopilotNotRegistered: Rule = {
  code: 'autopilot-not-registered',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['autopilotRegistered'],
  applies: ({ facts }) => is(facts.autopilotRegistered, false),
  message: () => say('plan:rule.autopilotNotRegistered'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotNotRegistered.unknown'),
  source: 'seed S12; DOMAIN.md §4; HLdocs:hololens2-autopilot.md (obtain hardware hash)',
};

/** HoloLens 2 self-deploying Autopilot is documented with Intune and with Ivanti Neurons for MDM only. */
export const autopilotNeedsIntuneOrIvanti: Rule = {
  code: 'autopilot-needs-intune-or-ivanti',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['mdm'],
  applies: ({ facts }) => is(facts.mdm, 'airwatch', 'other'),
  message: () => say('plan:rule.autopilotNeedsIntuneOrIvanti'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotNeedsIntuneOrIvanti.unknown'),
  source: 'seed S12; HLdocs:hololens2-autopilot.md',
};

/** Autopilot is Entra join plus automatic enrollment; without P1/P2 there is no automatic enrollment. */
export const autopilotNeedsPremium: Rule = {
  code: 'auto-enrollment-needs-premium',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['premium'],
  applies: ({ facts }) => is(facts.premium, false),
  message: () => say('plan:rule.autopilotNeedsPremium'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotNeedsPremium.unknown'),
  source: 'seed S12, S23',
};

export const autopilotNeedsAutoEnrollment: Rule = {
  code: 'auto-enrollment-not-configured',
  effect: 'exclude',
  paths: AUTOPILOT,
  facts: ['autoEnrollmentConfigured'],
  applies: ({ facts }) => is(facts.autoEnrollmentConfigured, false),
  message: () => say('plan:rule.autopilotNeedsAutoEnrollment'),
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
    say('plan:rule.autopilotWifiNeedsBuild', {
      build: facts.build ?? say('plan:rule.olderBuild'),
      update: updateAdvice('hololens2', facts.build, MIN_BUILD.autopilotWifi),
    }),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotWifiNeedsBuild.unknown'),
  source: 'DOMAIN.md §4',
};

export const autopilotBattery: Rule = {
  code: 'autopilot-battery-45',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['batteryPercent'],
  applies: ({ facts }) => (facts.batteryPercent === undefined ? undefined : facts.batteryPercent < 45),
  // Only applies once the level is known, so the percentage is always there.
  message: ({ facts }) => say('plan:rule.autopilotBattery', { percent: facts.batteryPercent ?? 0 }),
  whenUnknown: 'check',
  source: 'DOMAIN.md §4',
};

export const autopilotDeviceRecordExists: Rule = {
  code: 'autopilot-device-record-exists',
  effect: 'block',
  paths: AUTOPILOT,
  facts: ['existingDeviceRecord'],
  applies: ({ facts }) => is(facts.existingDeviceRecord, true),
  message: () => say('plan:rule.autopilotDeviceRecordExists'),
  whenUnknown: 'warn',
  unknownMessage: () => say('plan:rule.autopilotDeviceRecordExists.unknown'),
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
