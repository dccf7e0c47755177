/**
 * HoloLens (1st gen) on plain Windows Holographic: the route through the upgrade to Windows Holographic for Business
 * (seed S03; HLdocs:hololens1-upgrade-enterprise.md). The page gives two ways to apply the Commercial Suite licence:
 * the MDM's WindowsLicensing policy once the device is enrolled, or a provisioning package with EditionUpgrade. The
 * package is the one a bench can do before the device meets the MDM, so the plan starts with it and keeps the MDM's
 * policy as the fallback in the edition check.
 */
import { PATHS } from '../paths.ts';
import type { EnrollmentFacts } from '../../../shared/contract/enrollment-facts.ts';
import type { PathId, Step } from '../../../shared/contract/enrollment-plan.ts';
import { say } from '../../language.ts';
import { stepTitle } from './title.ts';
import { packageAtSetupSteps } from './common.ts';

export function needsBusinessUpgrade(facts: EnrollmentFacts): boolean {
  return facts.model === 'hololens1' && facts.edition === 'holographic';
}

/** A set-up device on a Settings path takes the package from Settings (HL1 from 1809) instead of at first setup. */
function afterSetupStep(): Step {
  return {
    id: 'edition-upgrade-after-setup',
    ...stepTitle('plan:step.editionAfterSetup.title'),
    action: say('plan:step.editionAfterSetup.action', { what: say('plan:package.editionUpgrade') }),
    expect: say('plan:step.editionAfterSetup.expect'),
    where: 'device',
    ifNot: say('plan:step.editionAfterSetup.ifNot'),
  };
}

export function editionCheckStep(): Step {
  return {
    id: 'edition-check',
    ...stepTitle('plan:step.editionCheck.title'),
    action: say('plan:step.editionCheck.action'),
    expect: say('plan:step.editionCheck.expect'),
    where: 'device',
    ifNot: say('plan:step.editionCheck.ifNot'),
  };
}

/** Steps that go before a path's own steps, and the edition check that goes before its verification. */
export function businessUpgradeSteps(path: PathId, facts: EnrollmentFacts): Step[] {
  const atSetup = PATHS[path].atFirstSetup || facts.deviceState !== 'set-up';
  return atSetup
    ? packageAtSetupSteps(facts.model, say('plan:package.editionUpgrade'), 'edition-upgrade')
    : [afterSetupStep()];
}
