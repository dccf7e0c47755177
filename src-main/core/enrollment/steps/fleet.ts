/**
 * Steps from the fleet guidance that change a path: certificates for 802.1X Wi-Fi at setup, the kiosk check after
 * enrollment (HLdocs:hololens-network.md, HLdocs:hololens-kiosk.md).
 */
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { Step } from '../../../shared/contract/enrollment-plan.ts';
import { packageAtSetupSteps } from './common.ts';

export function enterpriseWifiPackageSteps(facts: EnrollmentFacts): Step[] {
  return packageAtSetupSteps(
    facts.model,
    'the package with the Wi-Fi certificates (root CA, and the client certificate the EAP type needs) and the 802.1X Wi-Fi profile',
    'wifi-certificates',
  );
}

export function kioskCheckStep(facts: EnrollmentFacts): Step {
  const single = facts.kiosk === 'single-app';
  return {
    id: 'kiosk-check',
    title: 'Check the kiosk',
    action:
      'Once the MDM has sent its settings (Intune: the kiosk profile shows as succeeded for this device), sign out and sign in as a user the kiosk is meant for.',
    expect: single
      ? 'The kiosk app opens by itself and there is no Start menu.'
      : 'Start shows only the apps the kiosk lists (and opens one by itself if it was set to).',
    where: 'device',
    ifNot:
      'If the full Start menu shows, the kiosk settings have not arrived or do not target this user: sync the device from Settings > Accounts > Access work or school > Info > Sync, check the profile assignment, and try again.',
  };
}
