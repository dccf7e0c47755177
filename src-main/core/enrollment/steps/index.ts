import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { PathId, Step } from '../../../shared/contract/enrollment-plan.ts';
import { autopilotSteps } from './autopilot.ts';
import { entraOobeSteps, entraSettingsSteps } from './entra.ts';
import { businessUpgradeSteps, editionCheckStep, needsBusinessUpgrade } from './edition.ts';
import { enterpriseWifiPackageSteps, kioskCheckStep } from './fleet.ts';
import { localMdmOnlySteps, msaWorkAccountSteps } from './manual.ts';

/** The steps a technician follows for one path, shaped by the facts known (model, network, bulk token...). */
export function stepsFor(path: PathId, facts: EnrollmentFacts): Step[] {
  const steps = withFleetSteps(path, facts, pathSteps(path, facts));
  if (!needsBusinessUpgrade(facts)) return withoutSecondPowerOn(steps);
  // Upgrade first; check the edition before checking the enrollment, so a missing upgrade is caught there.
  const verify = steps.findIndex((s) => s.id === 'verify-enrolled');
  const at = verify < 0 ? steps.length : verify;
  return withoutSecondPowerOn([
    ...businessUpgradeSteps(path, facts),
    ...steps.slice(0, at),
    editionCheckStep(),
    ...steps.slice(at),
  ]);
}

/** A package applied at the first setup page has already turned the device on: drop a later "turn it on". */
function withoutSecondPowerOn(steps: Step[]): Step[] {
  const firstPackage = steps.findIndex((s) => s.id.endsWith('-reach-setup'));
  if (firstPackage < 0) return steps;
  return steps.filter((s, i) => !(s.id === 'turn-on' && i > firstPackage));
}

/** Certificates before an Entra join at setup over 802.1X Wi-Fi; the kiosk check after the enrollment check. */
function withFleetSteps(path: PathId, facts: EnrollmentFacts, steps: Step[]): Step[] {
  const before = path === 'entra-oobe' && facts.enterpriseWifi === true ? enterpriseWifiPackageSteps(facts) : [];
  const after = facts.kiosk === 'single-app' || facts.kiosk === 'multi-app' ? [kioskCheckStep(facts)] : [];
  return [...before, ...steps, ...after];
}

function pathSteps(path: PathId, facts: EnrollmentFacts): Step[] {
  switch (path) {
    case 'autopilot':
      return autopilotSteps(facts);
    case 'entra-oobe':
      return entraOobeSteps(facts);
    case 'entra-settings':
      return entraSettingsSteps(facts);
    case 'msa-work-account':
      return msaWorkAccountSteps(facts);
    case 'local-mdm-only':
      return localMdmOnlySteps(facts);
  }
}
