import type { ErrorInfo } from '../../shared/errors.ts';
import { parseJsonObject, text, textOrNull } from '../ledger/ledger.ts';
import { sayStoredError } from '../ledger/words.ts';
import type { ManifestRow } from './manifest.ts';
import type { Profile } from './profiles.ts';
import type { BatchDeviceRecord, BatchRecord, StepRunRecord, StepRunState, StoredManifest } from './store.ts';
import type { BatchParams, DeviceState, TechAction } from './types.ts';

/** SQLite rows of the workflow tables to typed records. A stored profile is validated again on resume (resolveProfile). */

type Row = Record<string, unknown>;
const objOrNull = (v: unknown): Record<string, unknown> | null => (typeof v === 'string' ? parseJsonObject(v) : null);
/** A kept error, its title and message said again in today's language when it kept its words (./ledger/words.ts). */
const errorOrNull = (v: unknown): ErrorInfo | null => {
  const kept = objOrNull(v) as ErrorInfo | null;
  return kept ? sayStoredError(kept) : null;
};

export function scratchOf(all: Record<string, unknown>, index: number): Record<string, unknown> {
  const mine = all[String(index)];
  return mine && typeof mine === 'object' && !Array.isArray(mine) ? (mine as Record<string, unknown>) : {};
}

export function toBatch(r: Row): BatchRecord {
  const stored = parseJsonObject(r.params_json) as {
    params?: BatchParams;
    manifest?: StoredManifest | null;
    override?: boolean | string[];
  };
  return {
    id: Number(r.id),
    profile: parseJsonObject(r.profile_json) as unknown as Profile,
    params: { ...emptyParams(), ...stored.params },
    manifest: stored.manifest ?? null,
    override: stored.override ?? false,
    tech: text(r.tech),
    state: text(r.state) as BatchRecord['state'],
    startedAt: text(r.started_at),
    finishedAt: textOrNull(r.finished_at),
  };
}

export function toBatchDevice(r: Row): BatchDeviceRecord {
  return {
    batchId: Number(r.batch_id),
    serial: text(r.serial),
    deviceKey: textOrNull(r.device_key),
    portPath: text(r.port_path),
    manifestRow: objOrNull(r.manifest_json) as ManifestRow | null,
    state: text(r.state) as DeviceState,
    currentStep: Number(r.current_step),
    override: Number(r.override) === 1,
    nextAction: objOrNull(r.next_action_json) as TechAction | null,
    error: errorOrNull(r.error_json),
    joinedAt: text(r.joined_at),
    updatedAt: text(r.updated_at),
    finishedAt: textOrNull(r.finished_at),
  };
}

export function toStepRun(r: Row): StepRunRecord {
  return {
    id: Number(r.id),
    batchId: Number(r.batch_id),
    serial: text(r.serial),
    stepIndex: Number(r.step_index),
    kind: text(r.kind),
    state: text(r.state) as StepRunState,
    attempt: Number(r.attempt),
    startedAt: text(r.started_at),
    finishedAt: textOrNull(r.finished_at),
    result: objOrNull(r.result_json),
    error: errorOrNull(r.error_json) as Record<string, unknown> | null,
  };
}

export function emptyParams(): BatchParams {
  return { packagePath: null, packageName: null, packageSha256: null, packageSize: null, manifestPath: null, tech: '' };
}
