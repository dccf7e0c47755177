import { StationError, toErrorInfo, type ErrorInfo } from '../../shared/errors.ts';
import { isTransientGraphError } from '../autopilot/graph-http.ts';
import type { IntuneGraph } from './graph-intune.ts';
import {
  autopilotView,
  entraView,
  intuneView,
  realEntraId,
  type AutopilotRecordView,
  type EntraRecordView,
  type AutopilotIdentity,
  type IntuneRecordView,
  type ManagedDevice,
} from './graph-shapes.ts';
import { say } from '../language.ts';

/**
 * Where one serial stands in the cloud: its Intune managed device(s), its Autopilot identity and its Entra
 * device, read fresh from Graph. When Graph cannot be reached the answer is "unknown (offline)" with no records:
 * an older answer is never passed off as the current one.
 */

export type EnrollmentState = 'enrolled' | 'not-enrolled' | 'unknown-offline' | 'lookup-failed';

export interface SerialStatus {
  serial: string;
  state: EnrollmentState;
  /** The one line a card shows: "enrolled, compliant", "not in Intune", "unknown (offline)". */
  label: string;
  /** Compliance of the current Intune record; null when there is none or Intune has not said. */
  compliant: boolean | null;
  /** More than one Intune record for this serial: the older ones are stale leftovers of earlier enrollments. */
  duplicates: boolean;
  intune: IntuneRecordView[];
  autopilot: AutopilotRecordView[];
  entra: EntraRecordView[];
  /** When Graph answered; null when it did not. */
  checkedAt: string | null;
  error?: ErrorInfo;
}

/** The most recently synced record is the current one; the rest are stale duplicates. */
export function currentFirst(devices: readonly ManagedDevice[]): ManagedDevice[] {
  const at = (d: ManagedDevice): number => Date.parse(d.lastSyncDateTime ?? d.enrolledDateTime ?? '') || 0;
  return [...devices].sort((a, b) => at(b) - at(a));
}

/**
 * Which records to read. A status reads all three; confirming enrollment and a wipe need only the Intune record,
 * so they ask for less (one request per lookup instead of three, and one permission instead of three).
 */
export type LookupScope = 'all' | 'intune-only';

export async function lookUpSerial(
  graph: IntuneGraph,
  serial: string,
  now: () => Date,
  scope: LookupScope = 'all',
): Promise<SerialStatus> {
  const empty = { intune: [], autopilot: [], entra: [], duplicates: false, compliant: null };
  try {
    const managed = currentFirst(await graph.managedDevices(serial));
    if (scope === 'intune-only') return statusOf(serial, managed, [], [], now);
    const autopilot = await graph.autopilotIdentities(serial);
    const entraIds = new Set<string>();
    for (const d of managed) {
      const id = realEntraId(d.azureADDeviceId);
      if (id) entraIds.add(id.toLowerCase());
    }
    for (const a of autopilot) {
      const id = realEntraId(a.azureActiveDirectoryDeviceId);
      if (id) entraIds.add(id.toLowerCase());
    }
    const entra: EntraRecordView[] = [];
    for (const id of entraIds) entra.push(...(await graph.entraDevices(id)).map(entraView));
    return statusOf(serial, managed, autopilot, entra, now);
  } catch (error) {
    if (error instanceof StationError && error.code === 'intune-serial-invalid') throw error;
    const offline = isTransientGraphError(error) && isOffline(error);
    return {
      serial,
      state: offline ? 'unknown-offline' : 'lookup-failed',
      label: say(offline ? 'station-work:intune.label.offline' : 'station-work:intune.label.failed'),
      ...empty,
      checkedAt: null,
      error: toErrorInfo(error),
    };
  }
}

function statusOf(
  serial: string,
  managed: readonly ManagedDevice[],
  autopilot: readonly AutopilotIdentity[],
  entra: EntraRecordView[],
  now: () => Date,
): SerialStatus {
  const intune = managed.map((d, i) => intuneView(d, i > 0));
  const current = intune[0];
  const compliant = current?.complianceState ? current.complianceState === 'compliant' : null;
  return {
    serial,
    state: current ? 'enrolled' : 'not-enrolled',
    label: labelFor(current, intune.length),
    compliant,
    duplicates: intune.length > 1,
    intune,
    autopilot: autopilot.map(autopilotView),
    entra,
    checkedAt: now().toISOString(),
  };
}

function isOffline(error: unknown): boolean {
  return error instanceof StationError && (error.code === 'graph-unreachable' || error.code === 'sign-in-unreachable');
}

function labelFor(current: IntuneRecordView | undefined, count: number): string {
  if (!current) return say('station-work:intune.label.notEnrolled');
  // Graph's compliance word (compliant, noncompliant, …) is kept as Graph says it: screens translate it.
  const parts = [say('station-work:intune.label.enrolled')];
  if (current.complianceState) parts.push(current.complianceState);
  if (count > 1) parts.push(say('station-work:intune.label.stale', { count: count - 1 }));
  return parts.join(', ');
}
