/** Steps for Autopilot on HoloLens 2 (seed S12, S13; DOMAIN.md §4). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';
import { signInHow, turnOnStep, verifyEnrollmentStep } from './common.ts';

type NetworkPlan = 'ethernet' | 'wifi' | 'either';

/** How long HoloLens 2 looks for an Autopilot profile once online before it shows the licence page. */
export const AUTOPILOT_PROFILE_WAIT_SECONDS = 15;

/** Wi-Fi only when the build is known to allow it; Ethernet when asked for or when Wi-Fi cannot work. */
function networkPlan(facts: EnrollmentFacts): NetworkPlan {
  const wifiOk = buildAtLeast(facts.build, MIN_BUILD.autopilotWifi);
  // Setup cannot join 802.1X Wi-Fi by itself (HLdocs:hololens-network.md): the adapter is the way in.
  if (facts.network === 'ethernet' || wifiOk === false || facts.enterpriseWifi === true) return 'ethernet';
  if (facts.network === 'wifi' && wifiOk === true) return 'wifi';
  return 'either';
}

function networkStep(plan: NetworkPlan): Step {
  const ethernet = say('plan:step.ethernet');
  if (plan === 'wifi') {
    return {
      id: 'network',
      ...stepTitle('plan:step.wifiReady.title'),
      action: say('plan:step.wifiReady.action'),
      expect: say('plan:step.wifiReady.expect'),
      where: 'device',
    };
  }
  return {
    id: 'network',
    ...stepTitle(plan === 'ethernet' ? 'plan:step.network.title.ethernet' : 'plan:step.network.title.either'),
    action: plan === 'ethernet' ? ethernet : say('plan:step.network.action.either', { ethernet }),
    expect: say('plan:step.network.expect'),
    where: 'device',
    ifNot: say('plan:step.network.ifNot'),
  };
}

function startSetupStep(plan: NetworkPlan): Step {
  const handsOff = say('plan:step.handsOff');
  if (plan === 'ethernet') {
    return {
      id: 'hands-off',
      ...stepTitle('plan:step.handsOff.title'),
      action: handsOff,
      expect: say('plan:step.handsOff.expect'),
      where: 'device',
      ifNot: say('plan:step.handsOff.ifNot'),
    };
  }
  const wifiStart = say('plan:step.wifiStart');
  return {
    id: 'wifi-setup',
    ...stepTitle(plan === 'wifi' ? 'plan:step.wifiSetup.title.wifi' : 'plan:step.wifiSetup.title.either'),
    action: plan === 'wifi' ? wifiStart : say('plan:step.wifiSetup.action.either', { handsOff, wifiStart }),
    // HLdocs:hololens2-autopilot.md (troubleshooting): about 15 s after the network is up, then the licence page.
    expect: say('plan:step.wifiSetup.expect'),
    timerSeconds: AUTOPILOT_PROFILE_WAIT_SECONDS,
    where: 'device',
    ifNot: say('plan:step.wifiSetup.ifNot'),
  };
}

/**
 * With Ivanti Neurons for MDM the Autopilot profile and the device record live in Ivanti's console; the station names
 * that console rather than guessing its menus (HLdocs:hololens2-autopilot.md links Ivanti's own guide).
 */
function registrationWhere(facts: EnrollmentFacts): { registration: string; records: string } {
  const mdm = facts.mdm === 'ivanti' ? 'ivanti' : 'intune';
  return { registration: say(`plan:step.registration.${mdm}`), records: say(`plan:step.records.${mdm}`) };
}

export function autopilotSteps(facts: EnrollmentFacts): Step[] {
  const plan = networkPlan(facts);
  const where = registrationWhere(facts);
  const steps: Step[] = [
    {
      id: 'check-registration',
      ...stepTitle('plan:step.checkRegistration.title'),
      action: where.registration,
      expect: say('plan:step.checkRegistration.expect'),
      where: 'portal',
      ifNot: say('plan:step.checkRegistration.ifNot'),
    },
    {
      id: 'check-old-records',
      ...stepTitle(
        facts.mdm === 'ivanti' ? 'plan:step.checkOldRecords.title.ivanti' : 'plan:step.checkOldRecords.title.intune',
      ),
      action: say('plan:step.checkOldRecords.action', { records: where.records }),
      expect: say('plan:step.checkOldRecords.expect'),
      where: 'portal',
      ifNot: say('plan:step.checkOldRecords.ifNot'),
    },
    {
      id: 'check-battery',
      ...stepTitle('plan:step.checkBattery.title'),
      action: say('plan:step.checkBattery.action'),
      expect: say('plan:step.checkBattery.expect'),
      where: 'device',
    },
    networkStep(plan),
    turnOnStep('hololens2'),
  ];
  steps.push(startSetupStep(plan));
  steps.push(
    {
      id: 'autopilot-runs',
      ...stepTitle('plan:step.autopilotRuns.title'),
      action: say('plan:step.autopilotRuns.action'),
      expect: say('plan:step.autopilotRuns.expect'),
      where: 'device',
      ifNot: say('plan:step.autopilotRuns.ifNot'),
    },
    {
      id: 'first-sign-in',
      ...stepTitle('plan:step.autopilotSignIn.title'),
      action: say('plan:step.autopilotSignIn.action', { signIn: signInHow(facts) }),
      expect: say('plan:step.autopilotSignIn.expect'),
      where: 'device',
    },
    verifyEnrollmentStep(),
  );
  return steps;
}
