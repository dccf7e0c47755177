import { StationError } from '../../shared/errors.ts';
import { realEntraId } from './graph-shapes.ts';
import { requests, type GraphRequest } from './graph-requests.ts';
import type { SerialStatus } from './status.ts';
import { say } from '../language.ts';

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
      say('station-work:cleanup.unknown.title'),
      say('station-work:cleanup.unknown.message', { serial: status.serial, label: status.label }),
    );
  }
  const serial = status.serial;
  const [current, ...stale] = status.intune;
  const steps: CleanupStep[] = [];
  const notes: string[] = [];
  if (stale.length > 0) notes.push(say('station-work:cleanup.staleNote', { count: stale.length }));

  if (purpose === 'wipe') {
    if (!current) throw notInIntune(serial);
    steps.push(
      confirm(
        'wipe-this-device',
        say('station-work:cleanup.wipe.title', { serial }),
        say('station-work:cleanup.wipe.detail', { serial }),
      ),
      graph(
        `wipe:${current.id}`,
        say('station-work:cleanup.wipeFromIntune', { name: current.deviceName ?? serial }),
        requests.wipe(current.id),
      ),
    );
    return { serial, purpose, reset: 'wipe', steps, notes };
  }

  if (current) {
    steps.push(
      confirm(
        'tenant-lockdown-lifted',
        say('station-work:cleanup.lockdown.title'),
        say('station-work:cleanup.lockdown.detail'),
      ),
    );
  } else {
    notes.push(say('station-work:cleanup.lockdown.gone'));
  }
  const how: ResetHow = current ? reset : 'on-device';
  if (how === 'wipe' && current) {
    steps.push(
      graph(
        `wipe:${current.id}`,
        say('station-work:cleanup.wipeRetainOff', { name: current.deviceName ?? serial }),
        requests.wipe(current.id),
      ),
      confirm(
        'device-reset-seen',
        say('station-work:cleanup.resetSeen.title'),
        say('station-work:cleanup.resetSeen.detail'),
      ),
    );
  } else {
    steps.push(
      confirm(
        'device-reset-on-device',
        say('station-work:cleanup.resetOnDevice.title'),
        say('station-work:cleanup.resetOnDevice.detail'),
      ),
    );
  }
  for (const record of status.intune) {
    steps.push(
      graph(
        `delete-intune:${record.id}`,
        say(record.stale ? 'station-work:cleanup.deleteIntuneStale' : 'station-work:cleanup.deleteIntune', {
          name: record.deviceName ?? record.id,
        }),
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
          say('station-work:cleanup.deleteAutopilot', { serial }),
          requests.deleteAutopilotIdentity(a.id),
        ),
      );
    }
  } else if (status.autopilot.length > 0) {
    notes.push(say('station-work:cleanup.autopilotKept'));
  }
  for (const e of status.entra) {
    const belongsToAutopilot = autopilotEntra.has((e.deviceId ?? '').toLowerCase());
    if (purpose === 'reuse' && belongsToAutopilot) {
      notes.push(say('station-work:cleanup.entraKept', { name: e.displayName ?? e.id }));
      continue;
    }
    steps.push(
      graph(
        `delete-entra:${e.id}`,
        say('station-work:cleanup.deleteEntra', { name: e.displayName ?? e.id }),
        requests.deleteEntraDevice(e.id),
        {
          // Deleting the Autopilot identity may take its Entra device with it: delete only what remains.
          checkFirst: requests.getEntraDevice(e.id),
        },
      ),
    );
  }
  if (steps.every((s) => s.kind === 'confirm')) notes.push(say('station-work:cleanup.nothingLeft', { serial }));
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

function notInIntune(serial: string): StationError {
  return new StationError(
    'intune-not-enrolled',
    say('station-work:cleanup.notInIntune.title'),
    say('station-work:cleanup.notInIntune.wiped', { serial }),
  );
}
