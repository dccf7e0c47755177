/**
 * How a device leaves the MDM, by how it was enrolled (seed S26–S28; DOMAIN.md §2, §6): Disconnect in Settings for
 * the manual paths, reset or reflash for Entra and Autopilot; Intune remote wipe (and retire for the manual paths) as
 * the console's ways of doing the same (HLdocs:hololens-recovery.md).
 */
import type { UnenrollOptions } from '../../shared/contract/enrollment-facts.ts';
import type {
  EnrolledVia,
  Finding,
  Step,
  UnenrollMethod,
  UnenrollPlan,
} from '../../shared/contract/enrollment-plan.ts';
import { manualUnenrollBlocked } from './rules/tenant.ts';
import { say } from '../language.ts';
import { intuneRetire, intuneWipe, resetOrReflashSteps, unenrollStep } from './unenroll-steps.ts';

const PROCEDURES = 'procedures:unenroll';

/**
 * One line per enrollment for the plan's summary, in the station's language when read (a getter per entry, so a
 * module-level table still follows a language change).
 */
export const UNENROLL_SUMMARY: Readonly<Record<EnrolledVia, string>> = {
  get autopilot() {
    return say(`${PROCEDURES}.summary.autopilot`);
  },
  get entra() {
    return say(`${PROCEDURES}.summary.entra`);
  },
  get 'msa-work-account'() {
    return say(`${PROCEDURES}.summary.msa-work-account`);
  },
  get 'local-mdm-only'() {
    return say(`${PROCEDURES}.summary.local-mdm-only`);
  },
};

export function unenrollMethodFor(enrolledVia: EnrolledVia, allowManualUnenroll?: boolean): UnenrollMethod {
  if (enrolledVia === 'autopilot' || enrolledVia === 'entra') return 'reset-or-reflash';
  return allowManualUnenroll === false ? 'reset-or-reflash' : 'settings-disconnect';
}

function disconnectSteps(): Step[] {
  return [
    unenrollStep('sign-in', { id: 'sign-in', where: 'device' }),
    unenrollStep('disconnect', { id: 'disconnect', where: 'device' }, { ifNot: true }),
    unenrollStep('clean-mdm-record', { id: 'clean-mdm-record', where: 'portal' }),
  ];
}

export function planUnenroll(enrolledVia: EnrolledVia, options: UnenrollOptions = {}): UnenrollPlan {
  const method = unenrollMethodFor(enrolledVia, options.allowManualUnenroll);
  const warnings: Finding[] = [];
  const policyBlocks =
    method === 'reset-or-reflash' && (enrolledVia === 'msa-work-account' || enrolledVia === 'local-mdm-only');
  const reason = say(`${PROCEDURES}.reason.${enrolledVia}${policyBlocks ? '.blocked' : ''}`);
  if (policyBlocks) {
    warnings.push({
      code: manualUnenrollBlocked.code,
      message: say(`${PROCEDURES}.blocked-warning`),
      source: manualUnenrollBlocked.source,
    });
  }
  const steps = method === 'settings-disconnect' ? disconnectSteps() : resetOrReflashSteps(enrolledVia, options);
  // Retire is the console's Disconnect; a wipe is the console's reset, for every enrollment.
  const alternatives =
    method === 'settings-disconnect'
      ? [intuneRetire(), intuneWipe(enrolledVia, options)]
      : [intuneWipe(enrolledVia, options)];
  return { enrolledVia, method, reason, steps, warnings, alternatives };
}
