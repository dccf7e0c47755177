/**
 * How a device leaves the MDM, by how it was enrolled (seed S26–S28; DOMAIN.md §2, §6): Disconnect in Settings for
 * the manual paths, reset or reflash for Entra and Autopilot.
 */
import type { UnenrollOptions } from '../../shared/contract/enrollment-facts.ts';
import type {
  EnrolledVia,
  Finding,
  HoloLensModel,
  Step,
  UnenrollMethod,
  UnenrollPlan,
} from '../../shared/contract/enrollment-plan.ts';
import { manualUnenrollBlocked } from './rules/tenant.ts';

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

function resetHow(model: HoloLensModel | undefined): string {
  const hl2 = 'Settings > Update & Security > Reset & recovery > Reset this device';
  const hl1 = 'Settings > Update > Reset (Recovery on some builds) > Reset device';
  if (model === 'hololens2') return `On the device, open ${hl2} and confirm.`;
  if (model === 'hololens1') return `On the device, open ${hl1} and confirm.`;
  return `On the device, open ${hl2} (HoloLens (1st gen): ${hl1}) and confirm.`;
}

function resetOrReflashSteps(enrolledVia: EnrolledVia, options: UnenrollOptions): Step[] {
  const model = options.model;
  const steps: Step[] = [
    {
      id: 'clear-cloud-records',
      title: 'Clean up the cloud records first',
      action:
        'A reset erases the device but not its cloud records. Before you wipe it: delete the device in Intune > Devices. ' +
        (options.movingTenant === true
          ? 'It moves to another tenant, so also remove it from Autopilot (Windows enrollment > Devices) and delete it in Entra > Devices, in that order.'
          : 'If it will move to another tenant, also remove it from Autopilot and delete it in Entra > Devices, in that order.'),
      expect: 'Intune no longer lists the device (nor Autopilot and Entra when it changes tenant).',
      where: 'portal',
      ifNot: 'Skipping this makes the next Autopilot run fail with 0x80180014.',
      seeProcedure: 'reset-for-reuse',
    },
  ];
  if (enrolledVia === 'autopilot' && model !== 'hololens1') {
    steps.push({
      id: 'tenant-lockdown',
      title: 'Lift TenantLockdown if it was set',
      action:
        'If TenantLockdown (RequireNetworkInOOBE) was set on this device, have Intune set it to false while the device is still enrolled, and wait until Intune shows it applied.',
      expect: 'Intune shows the "false" setting applied to this device.',
      where: 'portal',
      ifNot:
        "The setting survives a reset and a reflash: the device will keep waiting for its old tenant's Autopilot profile.",
    });
  }
  steps.push(
    {
      id: 'charge',
      title: 'Charge the battery',
      action:
        model === 'hololens1'
          ? 'Charge the battery to at least 40%.'
          : 'Charge the battery to at least 40%. On HoloLens 2 with 23H1 or later, also make sure 6 GB of storage is free.',
      expect: 'The station shows 40% or more.',
      where: 'device',
    },
    {
      id: 'reset',
      title: 'Reset the device',
      action: resetHow(model),
      expect:
        'The device restarts, shows progress for a while (about 30 minutes on a 1st gen), and ends at first setup.',
      where: 'device',
      ...(model ? { seeProcedure: `${model}-reset` } : {}),
    },
    {
      id: 'reflash-if-needed',
      title: 'Reflash instead, if reset is not possible',
      action:
        model === 'hololens1'
          ? 'If you cannot reach Settings (forgotten password, device will not start), reinstall it with the Windows Device Recovery Tool.'
          : model === 'hololens2'
            ? 'If you cannot reach Settings (forgotten PIN, device will not start), reflash it with Advanced Recovery Companion.'
            : 'If you cannot reach Settings, reflash it: Advanced Recovery Companion for HoloLens 2, Windows Device Recovery Tool for the 1st gen.',
      expect: 'The device ends at first setup.',
      where: 'pc',
      ...(model ? { seeProcedure: `${model}-reflash` } : {}),
    },
  );
  return steps;
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
  return { enrolledVia, method, reason, steps, warnings };
}
