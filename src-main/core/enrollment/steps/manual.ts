/** Steps for the manual paths: Microsoft account + work account, and local account + MDM only (seed S18–S21). */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { internetCheckStep, packageAtSetupSteps, signInHow, verifyEnrollmentStep } from './common.ts';

export function msaWorkAccountSteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (!(facts.deviceState === 'set-up' && facts.currentAccount === 'msa')) {
    steps.push({
      id: 'setup-with-msa',
      title: 'Set up with the Microsoft account',
      action:
        'Go through first setup. When asked who owns the device, choose the personal option ("I own it") and sign in with the user\'s Microsoft account. Skip this if the device is already set up that way.',
      expect: 'The Start menu appears, signed in with the Microsoft account.',
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'add-work-account',
    title: 'Add the work account',
    action: `Open Start > Settings > Accounts > Access work or school and select Connect. Sign in with the work account. ${signInHow(facts)}`,
    expect: 'The work account is listed under Access work or school and the device starts enrolling in the MDM.',
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}

export function localMdmOnlySteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (!(facts.deviceState === 'set-up' && facts.currentAccount === 'local')) {
    steps.push(
      ...packageAtSetupSteps(facts.model, 'the provisioning package that creates the local account', 'local-account'),
    );
    steps.push({
      id: 'sign-in-local',
      title: 'Sign in with the local account',
      action: "Finish first setup, then sign in with the local account's user name and password from the package.",
      expect: 'The Start menu appears.',
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'enroll-mdm-only',
    title: 'Enroll only in device management',
    action: `Open Start > Settings > Accounts > Access work or school and select the "Enroll only in device management" link (not the Connect button). Enter the work email address and sign in. ${signInHow(facts)}`,
    expect: 'The MDM enrollment appears under Access work or school.',
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}
