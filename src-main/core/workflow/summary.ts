import type { ErrorInfo } from '../../shared/errors.ts';
import { COUNT_KEY, emptyCounts, type BatchCounts } from './board.ts';
import type { StepRunRecord, WorkflowStore } from './store.ts';
import type { DeviceState } from './types.ts';

/**
 * What a batch did, read back from the ledger (never from memory), so the CLI's JSON summary, the report and a
 * later `batch status` all tell the same story, also after a crash.
 */

export type DeviceResult = 'done' | 'failed' | 'skipped' | 'unfinished';

export interface StepSummary {
  index: number;
  kind: string;
  state: 'pending' | StepRunRecord['state'];
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  result: Record<string, unknown> | null;
  error: Record<string, unknown> | null;
}

export interface DeviceSummary {
  serial: string;
  name: string | null;
  assetTag: string | null;
  portPath: string;
  deviceKey: string | null;
  inManifest: boolean;
  result: DeviceResult;
  state: DeviceState;
  error: ErrorInfo | null;
  joinedAt: string;
  finishedAt: string | null;
  steps: StepSummary[];
  /** Worked on a simulated device (training mode): kept out of reports unless asked for. */
  training: boolean;
}

export interface BatchSummary {
  batchId: number;
  profile: string;
  state: 'running' | 'stopped' | 'finished';
  tech: string;
  startedAt: string;
  finishedAt: string | null;
  packageName: string | null;
  packageSha256: string | null;
  counts: BatchCounts;
  devices: DeviceSummary[];
  /** Training devices left out of `devices` and `counts` by `apartFromTraining` (0: none, or they were kept). */
  trainingLeftOut: number;
}

export function summarizeBatch(store: WorkflowStore, batchId: number): BatchSummary {
  const batch = store.getBatch(batchId);
  if (!batch) throw new Error(`no batch ${batchId}`);
  const runs = store.stepRuns(batchId);
  const bySerial = new Map<string, StepRunRecord[]>();
  for (const r of runs) {
    const list = bySerial.get(r.serial) ?? [];
    list.push(r);
    bySerial.set(r.serial, list);
  }
  const counts = emptyCounts();
  const simulated = simulatedDeviceKeys(store);
  const devices = store.listDevices(batchId).map((d): DeviceSummary => {
    counts.total++;
    counts[COUNT_KEY[d.state]]++;
    const mine = bySerial.get(d.serial) ?? [];
    return {
      serial: d.serial,
      name: d.manifestRow?.deviceName ?? null,
      assetTag: d.manifestRow?.assetTag ?? null,
      portPath: d.portPath,
      deviceKey: d.deviceKey,
      inManifest: d.manifestRow !== null,
      result: d.state === 'done' || d.state === 'failed' || d.state === 'skipped' ? d.state : 'unfinished',
      state: d.state,
      error: d.error,
      joinedAt: d.joinedAt,
      finishedAt: d.finishedAt,
      steps: batch.profile.steps.map((s, index) => stepSummary(index, s.kind, mine)),
      training: d.deviceKey !== null && simulated.has(d.deviceKey),
    };
  });
  return {
    batchId,
    profile: batch.profile.name,
    state: batch.state,
    tech: batch.tech,
    startedAt: batch.startedAt,
    finishedAt: batch.finishedAt,
    packageName: batch.params.packageName,
    packageSha256: batch.params.packageSha256,
    counts,
    devices,
    trainingLeftOut: 0,
  };
}

/** The ledger keys of devices the station only saw through the simulator. */
function simulatedDeviceKeys(store: WorkflowStore): Set<string> {
  const rows = store.ledger.db.prepare(`SELECT key FROM devices WHERE source = 'sim'`).all();
  return new Set(rows.map((r) => String(r.key)));
}

/**
 * A report or export is about real devices: training devices are left out (and counted) unless asked for, in which
 * case they stay, each marked `training`.
 */
export function apartFromTraining(summary: BatchSummary, includeTraining: boolean): BatchSummary {
  if (includeTraining) return summary;
  const devices = summary.devices.filter((d) => !d.training);
  const counts = emptyCounts();
  for (const d of devices) {
    counts.total++;
    counts[COUNT_KEY[d.state]]++;
  }
  return { ...summary, devices, counts, trainingLeftOut: summary.devices.length - devices.length };
}

/** A step's summary: the done attempt if there is one, else the latest attempt. */
function stepSummary(index: number, kind: string, runs: readonly StepRunRecord[]): StepSummary {
  const attempts = runs.filter((r) => r.stepIndex === index);
  const shown = attempts.find((r) => r.state === 'done') ?? attempts.at(-1);
  return {
    index,
    kind,
    state: shown?.state ?? 'pending',
    attempts: attempts.length,
    startedAt: attempts[0]?.startedAt ?? null,
    finishedAt: shown?.finishedAt ?? null,
    result: shown?.result ?? null,
    error: shown?.state === 'failed' ? shown.error : null,
  };
}
