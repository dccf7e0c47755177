import { StationError } from '../../shared/errors.ts';
import { realEntraId } from './graph-shapes.ts';
import { requests, type GraphRequest } from './graph-requests.ts';
import type { SerialStatus } from './status.ts';

/**
 * The clean-up of one serial's cloud records, as an ordered list of steps built from a fresh status. The order is
 * the corrected reset-for-reuse checklist:
 *   1. TenantLockdown lifted while the device is still enrolled (a policy in Intune, so the technician confirms it;
 *      the station cannot see it applied), because it survives a reset and would hold the device to this tenant;
 *   2. the device reset: an Intune wipe with retain-enrollment-state off, or a reset on the device itself;
 *   3. the Intune record(s) deleted, stale duplicates included (a record left behind makes Autopilot fail with
 *      0x80180014);
 *   4. the Autopilot identity deleted, only when the device leaves the organisation (reused devices keep it);
 *   5. the Entra device deleted where it remains (reuse keeps the one that belongs to the kept Autopilot identity).
 * Issue 12 reworks core/recovery/reuse.ts to export this order as data; until that lands the Graph sequence lives
 * here, and the two should then be checked against each other.
 */

export type CleanupPurpose = 'reuse' | 'leave-organization' | 'wipe';
export type ResetHow = 'wipe' | 'on-device';

export type CleanupStep =
  | { id: string; kind: 'confirm'; title: string; detail: string }
  | {
      id: string;
      kind: 'graph';
      title: string;
      request: GraphRequest;
      /** Asked first (and listed in the plan): the step is skipped when the record is already gone. */
      checkFirst?: GraphRequest;
    };

export interface CleanupPlan {
  serial: string;
  purpose: CleanupPurpose;
  reset: ResetHow;
  steps: CleanupStep[];
  notes: string[];
}

export function planCleanup(status: SerialStatus, purpose: CleanupPurpose, reset: ResetHow = 'wipe'): CleanupPlan {
  if (status.state !== 'enrolled' && status.state !== 'not-enrolled') {
    throw new StationError(
      'intune-status-unknown',
      'The cloud records could not be read',
      `No clean-up is planned for ${status.serial} without a fresh answer from Graph (${status.label}). Nothing was queued: run it again when the station is online.`,
    );
  }
  const serial = status.serial;
  const [current, ...stale] = status.intune;
  const steps: CleanupStep[] = [];
  const notes: string[] = [];
  if (stale.length > 0)
    notes.push(`${stale.length} stale duplicate Intune record(s) are deleted with the current one.`);

  if (purpose === 'wipe') {
    if (!current) throw notInIntune(serial, 'wiped');
    steps.push(
      confirm(
        'wipe-this-device',
        `Wipe ${serial}`,
        `Everything on the device with serial ${serial} is erased and it starts setup as new.`,
      ),
      graph(`wipe:${current.id}`, `Wipe ${current.deviceName ?? serial} from Intune`, requests.wipe(current.id)),
    );
    return { serial, purpose, reset: 'wipe', steps, notes };
  }

  if (current) {
    steps.push(
      confirm(
        'tenant-lockdown-lifted',
        'TenantLockdown is lifted',
        'In Intune, TenantLockdown (RequireNetworkInOOBE) is set to false for this device and shows as applied, while the device is still enrolled. It survives a reset: lifted later, it never reaches the device.',
      ),
    );
  } else {
    notes.push(
      'Not in Intune: TenantLockdown can no longer be lifted through Intune. If it was ever applied, the device waits for this tenant at setup.',
    );
  }
  const how: ResetHow = current ? reset : 'on-device';
  if (how === 'wipe' && current) {
    steps.push(
      graph(
        `wipe:${current.id}`,
        `Wipe ${current.deviceName ?? serial} (retain enrollment state off)`,
        requests.wipe(current.id),
      ),
      confirm(
        'device-reset-seen',
        'The device has reset',
        'The device restarted and shows the first setup screen. Its Intune record is deleted only after that, or the wipe may never reach it.',
      ),
    );
  } else {
    steps.push(
      confirm(
        'device-reset-on-device',
        'The device is reset',
        'The device was reset from Settings or reflashed, and shows the first setup screen.',
      ),
    );
  }
  for (const record of status.intune) {
    steps.push(
      graph(
        `delete-intune:${record.id}`,
        `Delete the Intune record ${record.deviceName ?? record.id}${record.stale ? ' (stale duplicate)' : ''}`,
        requests.deleteManagedDevice(record.id),
      ),
    );
  }
  const autopilotEntra = new Set(
    status.autopilot.map((a) => realEntraId(a.azureActiveDirectoryDeviceId)?.toLowerCase()).filter(Boolean),
  );
  if (purpose === 'leave-organization') {
    for (const a of status.autopilot) {
      steps.push(
        graph(
          `delete-autopilot:${a.id}`,
          `Delete the Autopilot identity of ${serial}`,
          requests.deleteAutopilotIdentity(a.id),
        ),
      );
    }
  } else if (status.autopilot.length > 0) {
    notes.push('The Autopilot identity is kept: the device stays registered for its next setup.');
  }
  for (const e of status.entra) {
    const belongsToAutopilot = autopilotEntra.has((e.deviceId ?? '').toLowerCase());
    if (purpose === 'reuse' && belongsToAutopilot) {
      notes.push(`The Entra device ${e.displayName ?? e.id} is kept: it belongs to the Autopilot identity.`);
      continue;
    }
    steps.push(
      graph(
        `delete-entra:${e.id}`,
        `Delete the Entra device ${e.displayName ?? e.id}`,
        requests.deleteEntraDevice(e.id),
        {
          // Deleting the Autopilot identity may take its Entra device with it: delete only what remains.
          checkFirst: requests.getEntraDevice(e.id),
        },
      ),
    );
  }
  if (steps.every((s) => s.kind === 'confirm')) notes.push(`Graph has nothing left for ${serial} to delete.`);
  return { serial, purpose, reset: how, steps, notes };
}

/** The Graph requests a plan would make, in order (the dry run's list). */
export function plannedRequests(plan: CleanupPlan): GraphRequest[] {
  return plan.steps.flatMap((s) => (s.kind === 'graph' ? [...(s.checkFirst ? [s.checkFirst] : []), s.request] : []));
}

function confirm(id: string, title: string, detail: string): CleanupStep {
  return { id, kind: 'confirm', title, detail };
}

function graph(
  id: string,
  title: string,
  request: GraphRequest,
  more: { checkFirst?: GraphRequest } = {},
): CleanupStep {
  return { id, kind: 'graph', title, request, ...more };
}

function notInIntune(serial: string, what: string): StationError {
  return new StationError(
    'intune-not-enrolled',
    'Not in Intune',
    `${serial} has no Intune record, so it cannot be ${what} through Intune.`,
  );
}
