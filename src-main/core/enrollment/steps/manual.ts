/** Steps for the manual paths: Microsoft account + work account, and local account + MDM only (seed S18–S21). */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';
import { internetCheckStep, packageAtSetupSteps, signInHow, verifyEnrollmentStep } from './common.ts';

export function msaWorkAccountSteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (!(facts.deviceState === 'set-up' && facts.currentAccount === 'msa')) {
    steps.push({
      id: 'setup-with-msa',
      ...stepTitle('plan:step.setupWithMsa.title'),
      action: say('plan:step.setupWithMsa.action'),
      expect: say('plan:step.setupWithMsa.expect'),
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'add-work-account',
    ...stepTitle('plan:step.addWorkAccount.title'),
    action: say('plan:step.addWorkAccount.action', { signIn: signInHow(facts) }),
    expect: say('plan:step.addWorkAccount.expect'),
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}

export function localMdmOnlySteps(facts: EnrollmentFacts): Step[] {
  const steps: Step[] = [];
  if (!(facts.deviceState === 'set-up' && facts.currentAccount === 'local')) {
    steps.push(...packageAtSetupSteps(facts.model, say('plan:package.localAccount'), 'local-account'));
    steps.push({
      id: 'sign-in-local',
      ...stepTitle('plan:step.signInLocal.title'),
      action: say('plan:step.signInLocal.action'),
      expect: say('plan:step.startMenu.expect'),
      where: 'device',
    });
  }
  steps.push(internetCheckStep(), {
    id: 'enroll-mdm-only',
    ...stepTitle('plan:step.enrollMdmOnly.title'),
    action: say('plan:step.enrollMdmOnly.action', { signIn: signInHow(facts) }),
    expect: say('plan:step.enrollMdmOnly.expect'),
    where: 'device',
  });
  steps.push(verifyEnrollmentStep());
  return steps;
}
