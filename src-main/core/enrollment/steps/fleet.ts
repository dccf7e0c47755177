/**
 * Steps from the fleet guidance that change a path: certificates for 802.1X Wi-Fi at setup, the kiosk check after
 * enrollment (HLdocs:hololens-network.md, HLdocs:hololens-kiosk.md).
 */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';
import { packageAtSetupSteps } from './common.ts';

export function enterpriseWifiPackageSteps(facts: EnrollmentFacts): Step[] {
  return packageAtSetupSteps(facts.model, say('plan:package.wifiCertificates'), 'wifi-certificates');
}

export function kioskCheckStep(facts: EnrollmentFacts): Step {
  const single = facts.kiosk === 'single-app';
  return {
    id: 'kiosk-check',
    ...stepTitle('plan:step.kiosk.title'),
    action: say('plan:step.kiosk.action'),
    expect: single ? say('plan:step.kiosk.expect.single') : say('plan:step.kiosk.expect.multi'),
    where: 'device',
    ifNot: say('plan:step.kiosk.ifNot'),
  };
}
