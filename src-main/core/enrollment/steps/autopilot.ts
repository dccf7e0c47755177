/** Steps for Autopilot on HoloLens 2 (seed S12, S13; DOMAIN.md §4). */
import { buildAtLeast, MIN_BUILD } from '../../knowledge/builds.ts';
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
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
  const ethernet =
    'Plug a USB-C Ethernet adapter into the HoloLens, with a network cable that reaches the internet. Do it now, while the device is still off. No USB hub.';
  if (plan === 'wifi') {
    return {
      id: 'network',
      title: 'Have the Wi-Fi ready',
      action: 'You will pick the Wi-Fi during first setup: have its name and password ready.',
      expect: 'You know the Wi-Fi name and password.',
      where: 'device',
    };
  }
  return {
    id: 'network',
    title: plan === 'ethernet' ? 'Plug in the Ethernet adapter before power-on' : 'Choose the network before power-on',
    action:
      plan === 'ethernet'
        ? ethernet
        : `If the build is 19041.1128 or later, you may use Wi-Fi during setup instead. Otherwise: ${ethernet}`,
    expect: "The adapter's link light is on (or you have the Wi-Fi name and password ready on a 19041.1128+ device).",
    where: 'device',
    ifNot:
      'Autopilot is only detected on the first setup screen: a device that starts without network cannot switch to Autopilot later in the same setup.',
  };
}

const HANDS_OFF =
  'Do not touch anything. The device finds its Autopilot profile on the first setup screen and carries on by itself.';
const WIFI_START =
  'Go through the first screens: the hummingbird, language, region and keyboard (unless the Autopilot profile sets them), eye calibration, then pick the Wi-Fi and sign in to it. Then stop touching anything.';

function startSetupStep(plan: NetworkPlan): Step {
  if (plan === 'ethernet') {
    return {
      id: 'hands-off',
      title: 'Let Autopilot take over',
      action: HANDS_OFF,
      expect:
        'Setup moves on without you and says it is getting the device ready for your organization. It may restart.',
      where: 'device',
      ifNot:
        'If it shows the normal setup questions (license terms, who owns the device), Autopilot was not found: turn it off, check the registration and the cable, and start again.',
    };
  }
  return {
    id: 'wifi-setup',
    title: plan === 'wifi' ? 'Connect to Wi-Fi' : 'Start setup',
    action:
      plan === 'wifi'
        ? WIFI_START
        : `With the Ethernet adapter: ${HANDS_OFF} With Wi-Fi (19041.1128 or later only): ${WIFI_START}`,
    // HLdocs:hololens2-autopilot.md (troubleshooting): about 15 s after the network is up, then the licence page.
    expect:
      'Once online, the device looks for its Autopilot profile for about 15 seconds, then setup carries on by itself.',
    timerSeconds: AUTOPILOT_PROFILE_WAIT_SECONDS,
    where: 'device',
    ifNot:
      'If the license terms (EULA) or other normal setup questions appear, Autopilot was not found within those 15 seconds: check the profile shows "Assigned", then restart the device to let it try again. Do not click through.',
  };
}

/**
 * With Ivanti Neurons for MDM the Autopilot profile and the device record live in Ivanti's console; the station names
 * that console rather than guessing its menus (HLdocs:hololens2-autopilot.md links Ivanti's own guide).
 */
function registrationWhere(facts: EnrollmentFacts): { registration: string; records: string } {
  if (facts.mdm === 'ivanti') {
    return {
      registration:
        "In Ivanti Neurons for MDM, open its Windows Autopilot devices and profiles (Ivanti's guide has the screens) and find this device's serial number.",
      records:
        'Search the serial number among the devices Ivanti Neurons for MDM manages. If it is listed there from an earlier enrollment, retire and delete that record. ',
    };
  }
  return {
    registration: "In Intune > Devices > Windows > Windows enrollment > Devices, find this device's serial number.",
    records:
      'Search the serial number in Intune > Devices > All devices. If it is listed there from an earlier enrollment, delete that record. ',
  };
}

export function autopilotSteps(facts: EnrollmentFacts): Step[] {
  const plan = networkPlan(facts);
  const where = registrationWhere(facts);
  const steps: Step[] = [
    {
      id: 'check-registration',
      title: 'Check the Autopilot registration',
      action: where.registration,
      expect: 'The device is listed and its profile status is "Assigned" (a HoloLens deployment profile).',
      where: 'portal',
      ifNot:
        'Harvest the hardware hash: Power + Volume Down at first setup, or later by the device owner while signed in and unlocked (before 20H2 set Settings > Privacy > Diagnostics to Full first). Import it, assign the profile, and wait until it shows "Assigned".',
    },
    {
      id: 'check-old-records',
      title: facts.mdm === 'ivanti' ? 'Remove an old MDM record' : 'Remove an old Intune record',
      action:
        where.records +
        'Keep the Autopilot registration, and the Entra device object Autopilot made for it. If the device was joined to Entra by hand before, delete that old Entra device too.',
      expect: 'The MDM no longer lists the device as managed; the Autopilot device list does.',
      where: 'portal',
      ifNot: 'A device that ran Autopilot before fails with 0x80180014 while its old MDM record exists.',
    },
    {
      id: 'check-battery',
      title: 'Check the battery',
      action: 'Check the battery is at least 45%. Charge it on the wall charger if not.',
      expect: "The station (or the PC's device properties) shows 45% or more.",
      where: 'device',
    },
    networkStep(plan),
    turnOnStep('hololens2'),
  ];
  steps.push(startSetupStep(plan));
  steps.push(
    {
      id: 'autopilot-runs',
      title: 'Wait for Autopilot',
      action: 'Wait while the device joins Entra, enrolls in the MDM and downloads its settings and apps.',
      expect:
        'The sign-in screen appears when it is done. The device may restart on the way; with a device-name template in the profile it restarts once, after naming itself and before joining Entra.',
      where: 'device',
      ifNot: 'If it stops with an error code, look the code up in the station (for example 0x80180014 or 0x801C03EA).',
    },
    {
      id: 'first-sign-in',
      title: 'First sign-in',
      action: `Sign in with an Entra work account. ${signInHow(facts)}`,
      expect: 'The Start menu appears. Other people sign in later with their own Entra accounts.',
      where: 'device',
    },
    verifyEnrollmentStep(),
  );
  return steps;
}
