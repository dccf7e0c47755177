import type { EnrollmentFacts } from '../facts.ts';
import type { PathId, Step } from '../schema.ts';
import { autopilotSteps } from './autopilot.ts';
import { entraOobeSteps, entraSettingsSteps } from './entra.ts';
import { businessUpgradeSteps, editionCheckStep, needsBusinessUpgrade } from './edition.ts';
import { localMdmOnlySteps, msaWorkAccountSteps } from './manual.ts';

/** The steps a technician follows for one path, shaped by the facts known (model, network, bulk token...). */
export function stepsFor(path: PathId, facts: EnrollmentFacts): Step[] {
  const steps = pathSteps(path, facts);
  if (!needsBusinessUpgrade(facts)) return steps;
  // Upgrade first; check the edition before checking the enrollment, so a missing upgrade is caught there.
  const verify = steps.findIndex((s) => s.id === 'verify-enrolled');
  const at = verify < 0 ? steps.length : verify;
  return [...businessUpgradeSteps(path, facts), ...steps.slice(0, at), editionCheckStep(), ...steps.slice(at)];
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
