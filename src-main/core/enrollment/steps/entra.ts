/** Steps for the Entra paths: join during first setup, or from Settings (seed S14–S17, S24). */
import { effectiveUsers } from '../paths.ts';
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';
import { internetCheckStep, packageAtSetupSteps, signInHow, turnOnStep, verifyEnrollmentStep } from './common.ts';

export function entraOobeSteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (facts.bulkToken === true) {
    steps.push(...packageAtSetupSteps(facts.model, say('plan:package.bulkToken'), 'bulk-token'));
    steps.push({
      id: 'finish-setup',
      ...stepTitle('plan:step.finishSetupBulk.title'),
      action: say('plan:step.finishSetupBulk.action'),
      expect: say('plan:step.finishSetupBulk.expect'),
      where: 'device',
    });
  } else {
    steps.push(turnOnStep(facts.model));
    steps.push(
      {
        id: 'network',
        ...stepTitle('plan:step.entraNetwork.title'),
        action: say('plan:step.entraNetwork.action'),
        expect: say('plan:step.entraNetwork.expect'),
        where: 'device',
      },
      {
        id: 'work-or-school',
        ...stepTitle('plan:step.workOrSchool.title'),
        action: say('plan:step.workOrSchool.action'),
        expect: say('plan:step.workOrSchool.expect'),
        where: 'device',
      },
    );
  }
  steps.push({
    id: 'first-sign-in',
    ...stepTitle('plan:step.entraFirstSignIn.title'),
    action: say('plan:step.entraFirstSignIn.action', { signIn: signInHow(facts) }),
    expect: say('plan:step.entraFirstSignIn.expect'),
    where: 'device',
  });
  if (facts.model !== 'hololens1') {
    steps.push({
      id: 'set-pin',
      ...stepTitle('plan:step.setPin.title'),
      action: say('plan:step.setPin.action'),
      expect: say('plan:step.setPin.expect'),
      where: 'device',
    });
  }
  steps.push(verifyEnrollmentStep());
  if (effectiveUsers(facts) !== 'single') {
    steps.push({
      id: 'other-users',
      ...stepTitle('plan:step.otherUsers.title'),
      action: say('plan:step.otherUsers.action'),
      expect: say('plan:step.otherUsers.expect'),
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
      ...stepTitle('plan:step.finishSetup.title'),
      action: say('plan:step.finishSetup.action'),
      expect: say('plan:step.startMenu.expect'),
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'connect-work-account',
    ...stepTitle('plan:step.connectWork.title'),
    action: say('plan:step.connectWork.action', { signIn: signInHow(facts) }),
    expect: say('plan:step.connectWork.expect'),
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}
