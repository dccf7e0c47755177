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
import { intuneRetire, intuneWipe, resetOrReflashSteps } from './unenroll-steps.ts';

const REASONS: Record<EnrolledVia, string> = {
  autopilot:
    'It was enrolled through Autopilot. Such a device cannot be unenrolled: only a reset or reflash takes it out of Entra and the MDM.',
  entra:
    'It was enrolled with an Entra account. Such a device cannot be unenrolled: to leave Entra or move to another tenant, reset or reflash it.',
  'msa-work-account':
    'It was enrolled by adding a work account to a Microsoft account, so Disconnect in Settings unenrolls it.',
  'local-mdm-only':
    'It was enrolled with "Enroll only in device management" on a local account, so Disconnect in Settings unenrolls it.',
};

export const UNENROLL_SUMMARY: Record<EnrolledVia, string> = {
  autopilot: 'Autopilot: this device can only be unenrolled by reset or reflash.',
  entra: 'Entra join: this device can only be unenrolled by reset or reflash.',
  'msa-work-account': 'Work account on a Microsoft account: it can be unenrolled later with Disconnect in Settings.',
  'local-mdm-only': 'Local account, MDM only: it can be unenrolled later with Disconnect in Settings.',
};

export function unenrollMethodFor(enrolledVia: EnrolledVia, allowManualUnenroll?: boolean): UnenrollMethod {
  if (enrolledVia === 'autopilot' || enrolledVia === 'entra') return 'reset-or-reflash';
  return allowManualUnenroll === false ? 'reset-or-reflash' : 'settings-disconnect';
}

function disconnectSteps(): Step[] {
  return [
    {
      id: 'sign-in',
      title: 'Sign in as the enrolling user',
      action: 'Sign in on the device with the account that enrolled it.',
      expect: 'The Start menu appears.',
      where: 'device',
    },
    {
      id: 'disconnect',
      title: 'Disconnect the work account',
      action:
        'Open Start > Settings > Accounts > Access work or school, select the work account (or the MDM enrollment), then Disconnect, and confirm.',
      expect: 'The entry disappears and the device no longer says it is managed.',
      where: 'device',
      ifNot:
        'No Disconnect button means the MDM policy AllowManualMDMUnenrollment blocks it: ask the admin to lift it, or reset or reflash the device.',
    },
    {
      id: 'clean-mdm-record',
      title: 'Remove the record in the MDM',
      action: 'In the MDM console, delete (or retire) this device so its record does not linger.',
      expect: 'The MDM no longer lists the device.',
      where: 'portal',
    },
  ];
}

export function planUnenroll(enrolledVia: EnrolledVia, options: UnenrollOptions = {}): UnenrollPlan {
  const method = unenrollMethodFor(enrolledVia, options.allowManualUnenroll);
  const warnings: Finding[] = [];
  let reason = REASONS[enrolledVia];
  const policyBlocks =
    method === 'reset-or-reflash' && (enrolledVia === 'msa-work-account' || enrolledVia === 'local-mdm-only');
  if (policyBlocks) {
    reason = `${reason} But the MDM policy AllowManualMDMUnenrollment is 0, which blocks Disconnect, so only a reset or reflash is left.`;
    warnings.push({
      code: manualUnenrollBlocked.code,
      message:
        'Disconnect is blocked by the MDM policy Experience/AllowManualMDMUnenrollment = 0. Reset or reflash the device, or ask the admin to lift the policy first.',
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
