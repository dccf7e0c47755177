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
import { packageAtSetupSteps } from './common.ts';

export function needsBusinessUpgrade(facts: EnrollmentFacts): boolean {
  return facts.model === 'hololens1' && facts.edition === 'holographic';
}

const PACKAGE =
  'the edition upgrade package (built in Windows Configuration Designer: Runtime settings > EditionUpgrade > EditionUpgradeWithLicense, with the licence XML that came with the Commercial Suite)';

/** A set-up device on a Settings path takes the package from Settings (HL1 from 1809) instead of at first setup. */
function afterSetupStep(): Step {
  return {
    id: 'edition-upgrade-after-setup',
    title: 'Apply the edition upgrade package',
    action: `Copy ${PACKAGE} into Documents on the device, then open Settings > Accounts > Access work or school > Add or remove a provisioning package, pick it and confirm.`,
    expect: 'The device says the package was applied and restarts into Windows Holographic for Business.',
    where: 'device',
    ifNot:
      'Adding a package from Settings needs Windows Holographic 1809 or later on a 1st gen. On an older build, reset the device and apply the package at first setup (the fit page), or let the MDM apply the licence after enrollment.',
  };
}

export function editionCheckStep(): Step {
  return {
    id: 'edition-check',
    title: 'Check the edition',
    action: 'On the device, open Settings > System (Windows Holographic 1803 and later show the edition there).',
    expect: 'It says Windows Holographic for Business (Device Portal reports edition ID 136).',
    where: 'device',
    ifNot:
      'If it still says Windows Holographic, have the MDM apply the licence with its edition upgrade policy (WindowsLicensing; in Intune an edition upgrade profile), restart the device and check again. Until then the MDM cannot manage it.',
  };
}

/** Steps that go before a path's own steps, and the edition check that goes before its verification. */
export function businessUpgradeSteps(path: PathId, facts: EnrollmentFacts): Step[] {
  const atSetup = PATHS[path].atFirstSetup || facts.deviceState !== 'set-up';
  return atSetup ? packageAtSetupSteps(facts.model, PACKAGE, 'edition-upgrade') : [afterSetupStep()];
}
