import type { ReuseItemId } from '../../shared/contract/enrollment-plan.ts';
import { StationError } from '../../shared/errors.ts';
import { REUSE_ORDER } from '../recovery/reuse.ts';
import { say } from '../language.ts';
import { sayNow, sayStored, words, type StoredWords } from '../ledger/words.ts';
import { realEntraId } from './graph-shapes.ts';
import { requests, type GraphRequest } from './graph-requests.ts';
import type { SerialStatus } from './status.ts';

/**
 * The clean-up of one serial's cloud records, as an ordered list of steps built from a fresh status. The order is
 * the corrected reset-for-reuse checklist's, imported from core/recovery/reuse.ts (REUSE_ORDER): each step says
 * which checklist item it carries out, and the plan is built item by item in that order, so the checklist the
 * technician reads and the requests the station sends cannot disagree. Per item:
 * - lift-tenant-lockdown: the technician confirms it (a policy in Intune: the station cannot see it applied),
 *   while the device is still enrolled, because it survives a reset and would hold the device to this tenant;
 * - reset-or-reflash: an Intune wipe with retain-enrollment-state off, then the technician confirms the reset;
 *   or a reset on the device itself, confirmed;
 * - delete-intune-record: the Intune record(s), stale duplicates included (a record left behind makes Autopilot
 *   fail with 0x80180014);
 * - deregister-autopilot: only when the device leaves the organisation (reused devices keep it);
 * - delete-entra-device: where it remains (reuse keeps the one that belongs to the kept Autopilot identity).
 */

export type CleanupPurpose = 'reuse' | 'leave-organization' | 'wipe';
export type ResetHow = 'wipe' | 'on-device';

/** The catalog words a step's texts were said from (absent in plans kept by older versions). */
export interface CleanupStepWords {
  title: StoredWords;
  detail?: StoredWords;
}

export type CleanupStep =
  | { id: string; kind: 'confirm'; item?: ReuseItemId; title: string; detail: string; words?: CleanupStepWords }
  | {
      id: string;
      kind: 'graph';
      /** The checklist item this step carries out (absent in plans kept by older versions). */
      item?: ReuseItemId;
      title: string;
      words?: CleanupStepWords;
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
  /** The words each note was said from, in the same order (absent in plans kept by older versions). */
  noteWords?: StoredWords[];
}

type ItemSteps = (
  status: SerialStatus,
  purpose: Exclude<CleanupPurpose, 'wipe'>,
  reset: ResetHow,
  notes: StoredWords[],
) => CleanupStep[];

/** How each checklist item is carried out through Graph (or confirmed by the technician); one entry per item. */
const ITEM_STEPS: Record<ReuseItemId, ItemSteps> = {
  'lift-tenant-lockdown': (status, _purpose, _reset, notes) => {
    if (status.intune.length === 0) {
      notes.push(words('station-work:cleanup.lockdown.gone'));
      return [];
    }
    return [
      confirm(
        'tenant-lockdown-lifted',
        words('station-work:cleanup.lockdown.title'),
        words('station-work:cleanup.lockdown.detail'),
      ),
    ];
  },
  'reset-or-reflash': (status, _purpose, reset) => {
    const current = status.intune[0];
    if (reset === 'wipe' && current) {
      return [
        graph(
          `wipe:${current.id}`,
          words('station-work:cleanup.wipeRetainOff', { name: current.deviceName ?? status.serial }),
          requests.wipe(current.id),
        ),
        confirm(
          'device-reset-seen',
          words('station-work:cleanup.resetSeen.title'),
          words('station-work:cleanup.resetSeen.detail'),
        ),
      ];
    }
    return [
      confirm(
        'device-reset-on-device',
        words('station-work:cleanup.resetOnDevice.title'),
        words('station-work:cleanup.resetOnDevice.detail'),
      ),
    ];
  },
  'delete-intune-record': (status) =>
    status.intune.map((record) =>
      graph(
        `delete-intune:${record.id}`,
        words(record.stale ? 'station-work:cleanup.deleteIntuneStale' : 'station-work:cleanup.deleteIntune', {
          name: record.deviceName ?? record.id,
        }),
        requests.deleteManagedDevice(record.id),
      ),
    ),
  'deregister-autopilot': (status, purpose, _reset, notes) => {
    if (purpose !== 'leave-organization') {
      if (status.autopilot.length > 0) notes.push(words('station-work:cleanup.autopilotKept'));
      return [];
    }
    return status.autopilot.map((a) =>
      graph(
        `delete-autopilot:${a.id}`,
        words('station-work:cleanup.deleteAutopilot', { serial: status.serial }),
        requests.deleteAutopilotIdentity(a.id),
      ),
    );
  },
  'delete-entra-device': (status, purpose, _reset, notes) => {
    const autopilotEntra = new Set(
      status.autopilot.map((a) => realEntraId(a.azureActiveDirectoryDeviceId)?.toLowerCase()).filter(Boolean),
    );
    return status.entra.flatMap((e) => {
      if (purpose === 'reuse' && autopilotEntra.has((e.deviceId ?? '').toLowerCase())) {
        notes.push(words('station-work:cleanup.entraKept', { name: e.displayName ?? e.id }));
        return [];
      }
      // Deleting the Autopilot identity may take its Entra device with it: delete only what remains.
      return [
        graph(
          `delete-entra:${e.id}`,
          words('station-work:cleanup.deleteEntra', { name: e.displayName ?? e.id }),
          requests.deleteEntraDevice(e.id),
          {
            checkFirst: requests.getEntraDevice(e.id),
          },
        ),
      ];
    });
  },
};

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
  const notes: StoredWords[] = [];
  if (stale.length > 0) notes.push(words('station-work:cleanup.staleNote', { count: stale.length }));

  if (purpose === 'wipe') {
    if (!current) throw notInIntune(serial);
    const steps: CleanupStep[] = [
      confirm(
        'wipe-this-device',
        words('station-work:cleanup.wipe.title', { serial }),
        words('station-work:cleanup.wipe.detail', { serial }),
      ),
      graph(
        `wipe:${current.id}`,
        words('station-work:cleanup.wipeFromIntune', { name: current.deviceName ?? serial }),
        requests.wipe(current.id),
      ),
    ].map((step) => ({ ...step, item: 'reset-or-reflash' as const }));
    return { serial, purpose, reset: 'wipe', steps, ...saidNotes(notes) };
  }

  const how: ResetHow = current ? reset : 'on-device';
  const steps = REUSE_ORDER.flatMap((item) =>
    ITEM_STEPS[item](status, purpose, how, notes).map((step) => ({ ...step, item })),
  );
  if (steps.every((s) => s.kind === 'confirm')) notes.push(words('station-work:cleanup.nothingLeft', { serial }));
  return { serial, purpose, reset: how, steps, ...saidNotes(notes) };
}

function saidNotes(notes: StoredWords[]): Pick<CleanupPlan, 'notes' | 'noteWords'> {
  return { notes: notes.map(sayNow), noteWords: notes };
}

/** The Graph requests a plan would make, in order (the dry run's list). */
export function plannedRequests(plan: CleanupPlan): GraphRequest[] {
  return plan.steps.flatMap((s) => (s.kind === 'graph' ? [...(s.checkFirst ? [s.checkFirst] : []), s.request] : []));
}

// Steps are said now and keep their words: the plan is stored whole, and a run resumed later (perhaps after a
// language switch) shows it in the language of that moment.
function confirm(id: string, title: StoredWords, detail: StoredWords): CleanupStep {
  return { id, kind: 'confirm', title: sayNow(title), detail: sayNow(detail), words: { title, detail } };
}

function graph(
  id: string,
  title: StoredWords,
  request: GraphRequest,
  more: { checkFirst?: GraphRequest } = {},
): CleanupStep {
  return { id, kind: 'graph', title: sayNow(title), words: { title }, request, ...more };
}

/** A stored plan in today's language: steps and notes said again from their words; as stored where there are none. */
export function planInTodaysWords(plan: CleanupPlan): CleanupPlan {
  const steps = plan.steps.map((step): CleanupStep => {
    const title = sayStored(step.words?.title, step.title);
    return step.kind === 'confirm'
      ? { ...step, title, detail: sayStored(step.words?.detail, step.detail) }
      : { ...step, title };
  });
  const notes = plan.notes.map((note, i) => sayStored(plan.noteWords?.[i], note));
  return { ...plan, steps, notes };
}

function notInIntune(serial: string): StationError {
  return new StationError(
    'intune-not-enrolled',
    say('station-work:cleanup.notInIntune.title'),
    say('station-work:cleanup.notInIntune.wiped', { serial }),
  );
}
