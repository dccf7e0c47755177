import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { PathId, Step } from '../../../shared/contract/enrollment-plan.ts';
import { autopilotSteps } from './autopilot.ts';
import { entraOobeSteps, entraSettingsSteps } from './entra.ts';
import { localMdmOnlySteps, msaWorkAccountSteps } from './manual.ts';

/** The steps a technician follows for one path, shaped by the facts known (model, network, bulk token...). */
export function stepsFor(path: PathId, facts: EnrollmentFacts): Step[] {
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
