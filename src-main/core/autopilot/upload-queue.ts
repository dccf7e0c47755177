import { StationError, toErrorInfo, type ErrorInfo } from '../../shared/errors.ts';
import type { DeviceImportResult, ImportDevice, ImportOutcome, SubmittedImport } from './graph-client.ts';
import { redactingLogger, type Logger } from './redact.ts';
import type { AutopilotStore, GraphState, UploadRecord } from './store.ts';
import { checkAssignedUser, checkDevice, checkGroupTag, normalizeDevice } from './values.ts';
import { say } from '../language.ts';
import { said } from './import-result.ts';

/**
 * Offline-first upload: harvests are queued in the ledger and sent whenever the station is online. A run claims
 * queued uploads in batches, submits them, records what Graph said per device, then follows the imports until
 * they finish. Anything not confirmed (offline, network lost mid-way, throttled, sign-in refused) goes back to the
 * queue, so nothing is lost; only what Intune itself refused, or what can never be sent as is, is marked error.
 */

export interface UploadQueueClient {
  submit(devices: readonly ImportDevice[]): Promise<ImportOutcome>;
  waitForImports(
    items: readonly SubmittedImport[],
    onSettled?: (r: DeviceImportResult) => void,
  ): Promise<ImportOutcome>;
}

export interface ProcessQueueOptions {
  store: AutopilotStore;
  client: UploadQueueClient;
  online: () => boolean | Promise<boolean>;
  /** Uploads claimed per submit round. */
  batchSize?: number;
  /** Follow the imports until they finish (true), or only submit and return (false). */
  wait?: boolean;
  log?: Logger;
  onResult?: (result: DeviceImportResult) => void;
}

export interface QueueRunReport {
  offline: boolean;
  /** The latest word on every device this run touched. */
  results: DeviceImportResult[];
  counts: { complete: number; error: number; pending: number; failedToSubmit: number; stillQueued: number };
  interruptedBy?: ErrorInfo;
}

const key = (serial: string): string => serial.toUpperCase();

function graphState(r: DeviceImportResult): GraphState {
  return {
    importStatus: r.importStatus,
    errorCode: r.errorCode,
    errorName: r.errorName,
    deviceRegistrationId: r.deviceRegistrationId,
    message: r.message,
    ...(r.words ? { words: r.words } : {}),
  };
}

export async function processQueue(o: ProcessQueueOptions): Promise<QueueRunReport> {
  const log = redactingLogger(o.log, () => []);
  const touched = new Map<number, DeviceImportResult>();
  const tried = new Set<number>();
  let interruptedBy: ErrorInfo | undefined;
  if (!(await o.online())) {
    log('info', 'Offline: Autopilot uploads stay queued.');
    return report(o.store, true, touched);
  }
  const record = (upload: UploadRecord, r: DeviceImportResult): void => {
    touched.set(upload.id, r);
    o.onResult?.(r);
  };

  for (;;) {
    if (interruptedBy) break;
    // Each upload is tried once per run: one Graph keeps declining must not spin the loop.
    const claimed = o.store.claimQueued(o.batchSize ?? 100, { excludeIds: [...tried] });
    if (claimed.length === 0) break;
    for (const u of claimed) tried.add(u.id);
    // Last line of defence: a training hash never reaches Graph, whatever queued it.
    for (const u of claimed.filter((c) => c.simulated)) {
      o.store.markFinished(u.id, 'error', said('upload.simulated'));
    }
    const real = claimed.filter((c) => !c.simulated);
    if (real.length === 0) continue;
    let outcome: ImportOutcome;
    try {
      outcome = await o.client.submit(real.map(toDevice));
    } catch (error) {
      interruptedBy = toErrorInfo(error);
      const notSent = said('upload.notSentBecause', { why: interruptedBy.message });
      for (const u of real) o.store.releaseToQueue(u.id, notSent.message, notSent.words);
      break;
    }
    const bySerial = new Map(outcome.results.map((r) => [key(r.serialNumber), r]));
    for (const upload of real) {
      const r = bySerial.get(key(upload.serialNumber));
      if (!r) {
        const notSent = said('upload.notSentRun');
        o.store.releaseToQueue(upload.id, notSent.message, notSent.words);
        continue;
      }
      applySubmitResult(o.store, upload, r);
      record(upload, r);
    }
    interruptedBy = outcome.interruptedBy;
  }

  if (!interruptedBy && (o.wait ?? true)) {
    const submitted = o.store.listUploads({ states: ['submitted'] }).filter((u) => u.graphId);
    const byGraphId = new Map(submitted.map((u) => [u.graphId ?? '', u]));
    const settle = (r: DeviceImportResult): void => {
      const upload = r.graphId ? byGraphId.get(r.graphId) : undefined;
      if (!upload) return;
      if (r.status === 'complete' || r.status === 'error') o.store.markFinished(upload.id, r.status, graphState(r));
      else o.store.markPolled(upload.id, graphState(r));
      record(upload, r);
    };
    if (submitted.length > 0) {
      const items = submitted.map((u) => ({ serialNumber: u.serialNumber, graphId: u.graphId ?? '' }));
      const outcome = await o.client.waitForImports(items, settle);
      // Settled ones were recorded as they finished; what is left is still pending.
      for (const r of outcome.results) if (r.status === 'pending') settle(r);
      interruptedBy = outcome.interruptedBy;
    }
  }
  if (interruptedBy) log('warn', `Autopilot upload run stopped early: ${interruptedBy.title}`);
  return report(o.store, false, touched, interruptedBy);
}

function applySubmitResult(store: AutopilotStore, upload: UploadRecord, r: DeviceImportResult): void {
  if (r.status === 'failed-to-submit') {
    if (r.retryable) store.releaseToQueue(upload.id, r.message, r.words);
    else store.markFinished(upload.id, 'error', graphState(r));
    return;
  }
  if (r.graphId) store.markSubmitted(upload.id, r.graphId, graphState(r));
  if (r.status === 'complete' || r.status === 'error') store.markFinished(upload.id, r.status, graphState(r));
}

function toDevice(u: UploadRecord): ImportDevice {
  return {
    serialNumber: u.serialNumber,
    productId: u.productId,
    hardwareHash: u.hardwareHash,
    groupTag: u.groupTag,
    assignedUser: u.assignedUser,
  };
}

function report(
  store: AutopilotStore,
  offline: boolean,
  touched: Map<number, DeviceImportResult>,
  interruptedBy?: ErrorInfo,
): QueueRunReport {
  const results = [...touched.values()];
  const count = (s: DeviceImportResult['status']): number => results.filter((r) => r.status === s).length;
  const counts = {
    complete: count('complete'),
    error: count('error'),
    pending: count('pending'),
    failedToSubmit: count('failed-to-submit'),
    stillQueued: store.listUploads({ states: ['queued', 'sending'] }).length,
  };
  return interruptedBy ? { offline, results, counts, interruptedBy } : { offline, results, counts };
}

export interface EnqueueSummary {
  queued: UploadRecord[];
  alreadyActive: UploadRecord[];
  skipped: { serialNumber: string; reason: string }[];
}

/** Why a training harvest is not sent, in the station's language. */
export const simulatedRefusal = (): string => say('station-work:upload.simulated');

/**
 * Queues the latest harvest of each serial (or of the given ones). Batch values are checked first, so a bad group
 * tag is refused at once rather than failing every device later. A serial already imported with the same hash is
 * skipped unless `reimport` (Intune would refuse the duplicate anyway).
 */
export function enqueueLatestHarvests(
  store: AutopilotStore,
  o: { serialNumbers?: string[]; groupTag?: string; assignedUser?: string; reimport?: boolean } = {},
): EnqueueSummary {
  const groupTag = (o.groupTag ?? '').trim();
  const assignedUser = (o.assignedUser ?? '').trim();
  const batchProblem = checkGroupTag(groupTag) ?? checkAssignedUser(assignedUser);
  if (batchProblem)
    throw new StationError('autopilot-upload-invalid', say('station-work:upload.invalid.title'), batchProblem);
  const wanted = o.serialNumbers ? new Set(o.serialNumbers.map(key)) : undefined;
  const summary: EnqueueSummary = { queued: [], alreadyActive: [], skipped: [] };
  const harvests = store.latestHarvests().filter((h) => !wanted || wanted.has(key(h.serialNumber)));
  for (const serialNumber of o.serialNumbers ?? []) {
    if (!harvests.some((h) => key(h.serialNumber) === key(serialNumber))) {
      summary.skipped.push({ serialNumber, reason: say('station-work:upload.noHash') });
    }
  }
  harvests.forEach((h, i) => {
    if (h.simulated) {
      summary.skipped.push({ serialNumber: h.serialNumber, reason: simulatedRefusal() });
      return;
    }
    const problems = checkDevice(normalizeDevice({ ...h, groupTag, assignedUser }), i + 1);
    if (problems.length > 0) {
      summary.skipped.push({ serialNumber: h.serialNumber, reason: problems.map((p) => p.message).join(' ') });
      return;
    }
    const done = store
      .listUploads({ serialNumber: h.serialNumber, states: ['complete'] })
      .some((u) => u.hardwareHash === h.hardwareHash);
    if (done && !o.reimport) {
      summary.skipped.push({ serialNumber: h.serialNumber, reason: say('station-work:upload.alreadyImported') });
      return;
    }
    const { upload, created } = store.enqueueUpload({ harvestId: h.id, groupTag, assignedUser });
    (created ? summary.queued : summary.alreadyActive).push(upload);
  });
  return summary;
}

/** Online means Graph answers at all (any HTTP status); used to decide whether a queue run is worth starting. */
export async function isGraphReachable(
  graphRoot: string,
  fetchFn: (url: string, init: RequestInit) => Promise<Response> = (u, i) => fetch(u, i),
  timeoutMs = 5_000,
): Promise<boolean> {
  try {
    const response = await fetchFn(graphRoot, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
