/** Steps for the Entra paths: join during first setup, or from Settings (seed S14–S17, S24). */
import { effectiveUsers } from '../paths.ts';
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { internetCheckStep, packageAtSetupSteps, signInHow, turnOnStep, verifyEnrollmentStep } from './common.ts';

export function entraOobeSteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (facts.bulkToken === true) {
    steps.push(...packageAtSetupSteps(facts.model, 'the provisioning package with the bulk Entra token', 'bulk-token'));
    steps.push({
      id: 'finish-setup',
      title: 'Finish first setup',
      action:
        'Go through the remaining setup screens. The package joins the device to Entra: nobody signs in during setup.',
      expect: 'Setup ends at the sign-in screen.',
      where: 'device',
    });
  } else {
    steps.push(turnOnStep(facts.model));
    steps.push(
      {
        id: 'network',
        title: 'Connect to the network',
        action: 'Go through the first screens; when setup asks for a network, pick the Wi-Fi and sign in to it.',
        expect: 'Setup says it is connected and moves on.',
        where: 'device',
      },
      {
        id: 'work-or-school',
        title: 'Say the organization owns it',
        action: 'When setup asks who owns the device, choose "My work or school owns it".',
        expect: 'Setup asks for a work or school account.',
        where: 'device',
      },
    );
  }
  steps.push({
    id: 'first-sign-in',
    title: 'Sign in with the first Entra account',
    action: `Sign in with the Entra work account of the first user. ${signInHow(facts)}`,
    expect:
      'The device joins Entra. With automatic enrollment set up, it also enrolls in the MDM by itself after setup: no extra step.',
    where: 'device',
  });
  if (facts.model !== 'hololens1') {
    steps.push({
      id: 'set-pin',
      title: 'Set a PIN',
      action: 'When asked, set a PIN (a HoloLens 2 requires one). Set up iris sign-in too if it is offered.',
      expect: 'Setup finishes and the Start menu appears.',
      where: 'device',
    });
  }
  steps.push(verifyEnrollmentStep());
  if (effectiveUsers(facts) !== 'single') {
    steps.push({
      id: 'other-users',
      title: 'Other people sign in',
      action:
        'Each other person signs in from the sign-in screen (Other user) with their own Entra account from the same tenant.',
      expect: 'Their own Start menu appears; eye calibration runs the first time.',
      where: 'device',
    });
  }
  return steps;
}

export function entraSettingsSteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (facts.deviceState !== 'set-up') {
    steps.push({
      id: 'finish-setup',
      title: 'Finish first setup',
      action: 'If the device is still in first setup, finish it so that someone is signed in.',
      expect: 'The Start menu appears.',
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'connect-work-account',
    title: 'Join Entra from Settings',
    action: `Open Start > Settings > Accounts > Access work or school and select Connect. Sign in with the Entra work account. ${signInHow(facts)}`,
    expect: 'The work account appears under Access work or school.',
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}
