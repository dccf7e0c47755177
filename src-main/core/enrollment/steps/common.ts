/** Steps shared by several enrollment paths. Wording is the station's own, for a technician at the bench. */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { HoloLensModel, Step } from '../../../shared/contract/enrollment-plan.ts';

export function firstSetupPage(model: HoloLensModel | undefined): string {
  if (model === 'hololens2') return 'the first setup screen (the hummingbird)';
  if (model === 'hololens1') return 'the fit page (the blue box)';
  return 'the first setup screen (HoloLens 2: the hummingbird; 1st gen: the fit page with the blue box)';
}

export function turnOnStep(model: HoloLensModel | undefined): Step {
  if (model === 'hololens1') {
    return {
      id: 'turn-on',
      title: 'Turn the device on',
      action: 'Press and hold Power for 1 second, then let go.',
      expect: 'The lights come on and the device starts.',
      chord: { buttons: ['power'], kind: 'hold', seconds: 1 },
      where: 'device',
    };
  }
  return {
    id: 'turn-on',
    title: 'Turn the device on',
    action: 'Press Power once and let go.',
    expect: 'All five lights come on, then show the battery level; a sound plays after a few seconds.',
    chord: { buttons: ['power'], kind: 'press' },
    where: 'device',
    ifNot: 'A brand-new HoloLens 2 needs Power held for 4 seconds the very first time.',
  };
}

/** How to sign in: GCC High tenants must type credentials on the device (seed S11). */
export function signInHow(facts: EnrollmentFacts): string {
  if (facts.tenant === 'gcc-high') {
    return 'Type the user name and password on the device: in GCC High, "Sign in from another device" does not work.';
  }
  return 'Type the user name and password, or pick "Sign in from another device" and finish on a phone or PC.';
}

/**
 * Applying a provisioning package from the PC at the first setup page (DOMAIN.md §3): the same chord opens the
 * provisioning page and then applies the copied package.
 */
export function packageAtSetupSteps(model: HoloLensModel | undefined, what: string, idPrefix: string): Step[] {
  return [
    {
      id: `${idPrefix}-reach-setup`,
      title: 'Stop at the first setup page',
      action: `Connect the device to this PC with its USB cable, turn it on, and let it reach ${firstSetupPage(model)}. Stop there: do not go further.`,
      expect: `The device waits on ${firstSetupPage(model)}.`,
      where: 'device',
    },
    {
      id: `${idPrefix}-open`,
      title: 'Open the provisioning page',
      action: 'Press Volume Down and Power together, then let go.',
      expect: 'The device opens its provisioning page and the PC can see its storage.',
      chord: { buttons: ['volume-down', 'power'], kind: 'press' },
      where: 'device',
    },
    {
      id: `${idPrefix}-copy`,
      title: 'Copy the package',
      action: `Copy ${what} onto the device storage (the station can push it for you).`,
      expect: 'The .ppkg file is on the device storage.',
      where: 'pc',
    },
    {
      id: `${idPrefix}-apply`,
      title: 'Apply the package',
      action: 'Press Volume Down and Power together again, then let go.',
      expect: 'The device shows the package and asks whether you trust it.',
      chord: { buttons: ['volume-down', 'power'], kind: 'press' },
      where: 'device',
    },
    {
      id: `${idPrefix}-trust`,
      title: 'Confirm the package',
      action: 'Confirm on the device that you trust the package.',
      expect: 'The device says the package was applied.',
      where: 'device',
      ifNot:
        'If it says it failed, fix the package (not encrypted, no password) and start again from the provisioning page.',
    },
  ];
}

export function internetCheckStep(): Step {
  return {
    id: 'check-internet',
    title: 'Check the internet connection',
    action: 'Open Microsoft Edge on the device and load any public website.',
    expect: 'The website loads.',
    where: 'device',
    ifNot: 'Fix the Wi-Fi (or proxy) first: enrollment after setup fails without internet.',
  };
}

export function verifyEnrollmentStep(): Step {
  return {
    id: 'verify-enrolled',
    title: 'Check the device is enrolled',
    action: 'On the device, open Settings > Accounts > Access work or school.',
    expect:
      'It shows the work account and that the device is enrolled in device management (managed by your organization).',
    where: 'device',
    ifNot:
      'Go through the troubleshooting checklist: internet after sign-in, Entra join allowed, a valid license, Windows enrollment not blocked.',
  };
}
