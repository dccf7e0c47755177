/** Steps shared by several enrollment paths. Wording is the station's own, for a technician at the bench,
 * from the plan catalog in the station's language. */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { HoloLensModel, Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';

/** Which first setup page the device shows: a context for the texts that name it. */
function setupPageOf(model: HoloLensModel | undefined): 'hololens1' | 'hololens2' | 'unknown' {
  return model ?? 'unknown';
}

export function turnOnStep(model: HoloLensModel | undefined): Step {
  if (model === 'hololens1') {
    return {
      id: 'turn-on',
      ...stepTitle('plan:step.turnOn.title'),
      action: say('plan:step.turnOn.hl1.action'),
      expect: say('plan:step.turnOn.hl1.expect'),
      chord: { buttons: ['power'], kind: 'hold', seconds: 1 },
      where: 'device',
    };
  }
  return {
    id: 'turn-on',
    ...stepTitle('plan:step.turnOn.title'),
    action: say('plan:step.turnOn.hl2.action'),
    expect: say('plan:step.turnOn.hl2.expect'),
    chord: { buttons: ['power'], kind: 'press' },
    where: 'device',
    ifNot: say('plan:step.turnOn.hl2.ifNot'),
  };
}

/** How to sign in: GCC High tenants must type credentials on the device (seed S11). */
export function signInHow(facts: EnrollmentFacts): string {
  return facts.tenant === 'gcc-high' ? say('plan:signIn.gccHigh') : say('plan:signIn.normal');
}

/**
 * Applying a provisioning package from the PC at the first setup page (DOMAIN.md §3): the same chord opens the
 * provisioning page and then applies the copied package. `what` names the package as the object of "Copy ...".
 */
export function packageAtSetupSteps(model: HoloLensModel | undefined, what: string, idPrefix: string): Step[] {
  const page = setupPageOf(model);
  return [
    {
      id: `${idPrefix}-reach-setup`,
      ...stepTitle('plan:step.reachSetup.title'),
      action: say(`plan:step.reachSetup.action.${page}`),
      expect: say(`plan:step.reachSetup.expect.${page}`),
      where: 'device',
    },
    {
      id: `${idPrefix}-open`,
      ...stepTitle('plan:step.packageOpen.title'),
      action: say('plan:step.packageOpen.action'),
      expect: say('plan:step.packageOpen.expect'),
      chord: { buttons: ['volume-down', 'power'], kind: 'press' },
      where: 'device',
    },
    {
      id: `${idPrefix}-copy`,
      ...stepTitle('plan:step.packageCopy.title'),
      action: say('plan:step.packageCopy.action', { what }),
      expect: say('plan:step.packageCopy.expect'),
      where: 'pc',
    },
    {
      id: `${idPrefix}-apply`,
      ...stepTitle('plan:step.packageApply.title'),
      action: say('plan:step.packageApply.action'),
      expect: say('plan:step.packageApply.expect'),
      chord: { buttons: ['volume-down', 'power'], kind: 'press' },
      where: 'device',
    },
    {
      id: `${idPrefix}-trust`,
      ...stepTitle('plan:step.packageTrust.title'),
      action: say('plan:step.packageTrust.action'),
      expect: say('plan:step.packageTrust.expect'),
      where: 'device',
      ifNot: say('plan:step.packageTrust.ifNot'),
    },
  ];
}

export function internetCheckStep(): Step {
  return {
    id: 'check-internet',
    ...stepTitle('plan:step.internet.title'),
    action: say('plan:step.internet.action'),
    expect: say('plan:step.internet.expect'),
    where: 'device',
    ifNot: say('plan:step.internet.ifNot'),
  };
}

export function verifyEnrollmentStep(): Step {
  return {
    id: 'verify-enrolled',
    ...stepTitle('plan:step.verify.title'),
    action: say('plan:step.verify.action'),
    expect: say('plan:step.verify.expect'),
    where: 'device',
    ifNot: say('plan:step.verify.ifNot'),
  };
}
