import type { StatementSync } from 'node:sqlite';
import type { ErrorInfo } from '../../shared/errors.ts';
import { parseJsonObject, text, type Ledger } from '../ledger/ledger.ts';
import type { ManifestRow } from './manifest.ts';
import type { Profile } from './profiles.ts';
import { emptyParams, scratchOf, toBatch, toBatchDevice, toStepRun } from './store-rows.ts';
import type { BatchParams, DeviceState, FinishedStep, TechAction } from './types.ts';

export { emptyParams };

/**
 * The workflow tables (schema.ts) as typed records. Every write is one short transaction, so a process killed at
 * any instant leaves either the whole change or none of it; WAL with synchronous=NORMAL (set by the ledger) keeps
 * every committed transaction across a process kill.
 */

export interface StoredManifest {
  source: string | null;
  rows: ManifestRow[];
}

export interface BatchRecord {
  id: number;
  profile: Profile;
  params: BatchParams;
  manifest: StoredManifest | null;
  /** The override given at the start, so devices joining after a resume are treated the same way. */
  override: boolean | string[];
  tech: string;
  state: 'running' | 'stopped' | 'finished';
  startedAt: string;
  finishedAt: string | null;
}

export interface BatchDeviceRecord {
  batchId: number;
  serial: string;
  deviceKey: string | null;
  portPath: string;
  manifestRow: ManifestRow | null;
  state: DeviceState;
  currentStep: number;
  override: boolean;
  nextAction: TechAction | null;
  error: ErrorInfo | null;
  joinedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export type StepRunState = 'started' | 'done' | 'failed' | 'paused';

export interface StepRunRecord {
  id: number;
  batchId: number;
  serial: string;
  stepIndex: number;
  kind: string;
  state: StepRunState;
  attempt: number;
  startedAt: string;
  finishedAt: string | null;
  result: Record<string, unknown> | null;
  error: Record<string, unknown> | null;
}

export type StepEnd =
  | { state: 'done'; result: Record<string, unknown> }
  | { state: 'failed'; error: ErrorInfo }
  | { state: 'paused'; reason: string };

export interface DevicePatch {
  state?: DeviceState;
  currentStep?: number;
  portPath?: string;
  deviceKey?: string;
  nextAction?: TechAction | null;
  error?: ErrorInfo | null;
  override?: boolean;
}

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export class WorkflowStore {
  readonly ledger: Ledger;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
  }

  private readonly statements = new Map<string, StatementSync>();

  private get db() {
    return this.ledger.db;
  }

  /** Prepared once per SQL text: a batch of 64 devices runs the same few statements thousands of times. */
  private sql(text: string): StatementSync {
    let s = this.statements.get(text);
    if (!s) {
      s = this.db.prepare(text);
      this.statements.set(text, s);
    }
    return s;
  }

  /** Throws when the ledger was closed under a running batch (station shutting down): nothing may go unrecorded. */
  assertOpen(): void {
    if (!this.db.isOpen) throw new Error('the ledger was closed');
  }

  createBatch(
    profile: Profile,
    params: BatchParams,
    manifest: StoredManifest | null,
    override: boolean | readonly string[] = false,
  ): BatchRecord {
    const at = this.ledger.stamp();
    const r = this.sql(
      `INSERT INTO batches (profile_name, profile_json, params_json, tech, state, started_at)
         VALUES (?, ?, ?, ?, 'running', ?)`,
    ).run(profile.name, JSON.stringify(profile), JSON.stringify({ params, manifest, override }), params.tech, at);
    return this.mustGetBatch(Number(r.lastInsertRowid));
  }

  getBatch(id: number): BatchRecord | null {
    const r = this.sql('SELECT * FROM batches WHERE id = ?').get(id);
    return r ? toBatch(r) : null;
  }

  private mustGetBatch(id: number): BatchRecord {
    const b = this.getBatch(id);
    if (!b) throw new Error(`batch ${id} vanished`);
    return b;
  }

  /** The newest batch that did not finish (crashed or stopped), optionally of one profile. */
  latestUnfinished(profileName?: string): BatchRecord | null {
    const r = profileName
      ? this.sql(`SELECT * FROM batches WHERE state != 'finished' AND profile_name = ? ORDER BY id DESC LIMIT 1`).get(
          profileName,
        )
      : this.sql(`SELECT * FROM batches WHERE state != 'finished' ORDER BY id DESC LIMIT 1`).get();
    return r ? toBatch(r) : null;
  }

  listBatches(limit = 100): BatchRecord[] {
    return this.sql('SELECT * FROM batches ORDER BY id DESC LIMIT ?').all(limit).map(toBatch);
  }

  setBatchState(id: number, state: BatchRecord['state']): void {
    this.sql('UPDATE batches SET state = ?, finished_at = ? WHERE id = ?').run(
      state,
      state === 'finished' ? this.ledger.stamp() : null,
      id,
    );
  }

  joinDevice(
    batchId: number,
    d: { serial: string; deviceKey: string | null; portPath: string; manifestRow: ManifestRow | null },
    state: DeviceState,
    opts: { override: boolean; error?: ErrorInfo | null },
  ): BatchDeviceRecord {
    const at = this.ledger.stamp();
    this.sql(
      `INSERT INTO batch_devices (batch_id, serial, device_key, port_path, manifest_json, state, override, error_json,
                                    joined_at, updated_at, finished_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      batchId,
      d.serial,
      d.deviceKey,
      d.portPath,
      json(d.manifestRow),
      state,
      opts.override ? 1 : 0,
      json(opts.error),
      at,
      at,
      state === 'skipped' ? at : null,
    );
    const rec = this.getDevice(batchId, d.serial);
    if (!rec) throw new Error(`batch device ${d.serial} vanished`);
    return rec;
  }

  getDevice(batchId: number, serial: string): BatchDeviceRecord | null {
    const r = this.sql('SELECT * FROM batch_devices WHERE batch_id = ? AND serial = ?').get(batchId, serial);
    return r ? toBatchDevice(r) : null;
  }

  listDevices(batchId: number): BatchDeviceRecord[] {
    return this.sql('SELECT * FROM batch_devices WHERE batch_id = ? ORDER BY rowid').all(batchId).map(toBatchDevice);
  }

  updateDevice(batchId: number, serial: string, patch: DevicePatch): void {
    const sets: string[] = ['updated_at = ?'];
    const at = this.ledger.stamp();
    const values: (string | number | null)[] = [at];
    const add = (col: string, v: string | number | null): void => {
      sets.push(`${col} = ?`);
      values.push(v);
    };
    if (patch.state !== undefined) {
      add('state', patch.state);
      add('finished_at', patch.state === 'done' || patch.state === 'failed' || patch.state === 'skipped' ? at : null);
    }
    if (patch.currentStep !== undefined) add('current_step', patch.currentStep);
    if (patch.portPath !== undefined) add('port_path', patch.portPath);
    if (patch.deviceKey !== undefined) add('device_key', patch.deviceKey);
    if (patch.nextAction !== undefined) add('next_action_json', json(patch.nextAction));
    if (patch.error !== undefined) add('error_json', json(patch.error));
    if (patch.override !== undefined) add('override', patch.override ? 1 : 0);
    this.sql(`UPDATE batch_devices SET ${sets.join(', ')} WHERE batch_id = ? AND serial = ?`).run(
      ...values,
      batchId,
      serial,
    );
  }

  /** Records an attempt before the step runs; returns its attempt number. */
  startStep(batchId: number, serial: string, index: number, kind: string): number {
    return this.ledger.transaction(() => {
      const r = this.sql(
        'SELECT MAX(attempt) AS n FROM step_runs WHERE batch_id = ? AND serial = ? AND step_index = ?',
      ).get(batchId, serial, index);
      const attempt = Number(r?.n ?? 0) + 1;
      this.sql(
        `INSERT INTO step_runs (batch_id, serial, step_index, kind, state, attempt, started_at)
           VALUES (?, ?, ?, ?, 'started', ?, ?)`,
      ).run(batchId, serial, index, kind, attempt, this.ledger.stamp());
      this.updateDevice(batchId, serial, { state: 'working', currentStep: index, nextAction: null, error: null });
      return attempt;
    });
  }

  /** Records how an attempt ended and, in the same transaction, where the device stands after it. */
  finishStep(batchId: number, serial: string, index: number, attempt: number, end: StepEnd, device: DevicePatch): void {
    this.ledger.transaction(() => {
      this.sql(
        `UPDATE step_runs SET state = ?, finished_at = ?, result_json = ?, error_json = ?
           WHERE batch_id = ? AND serial = ? AND step_index = ? AND attempt = ?`,
      ).run(
        end.state,
        this.ledger.stamp(),
        end.state === 'done' ? JSON.stringify(end.result) : null,
        end.state === 'failed'
          ? JSON.stringify(end.error)
          : end.state === 'paused'
            ? json({ reason: end.reason })
            : null,
        batchId,
        serial,
        index,
        attempt,
      );
      this.updateDevice(batchId, serial, device);
    });
  }

  stepRuns(batchId: number, serial?: string): StepRunRecord[] {
    const rows =
      serial === undefined
        ? this.sql('SELECT * FROM step_runs WHERE batch_id = ? ORDER BY id').all(batchId)
        : this.sql('SELECT * FROM step_runs WHERE batch_id = ? AND serial = ? ORDER BY id').all(batchId, serial);
    return rows.map(toStepRun);
  }

  doneSteps(batchId: number, serial: string): FinishedStep[] {
    return this.sql(
      `SELECT step_index, kind, result_json FROM step_runs
         WHERE batch_id = ? AND serial = ? AND state = 'done' ORDER BY step_index`,
    )
      .all(batchId, serial)
      .map((r) => ({ index: Number(r.step_index), kind: text(r.kind), result: parseJsonObject(r.result_json) }));
  }

  /** Whether this serial already went through a profile of this name in another batch. */
  previousCompletion(
    serial: string,
    profileName: string,
    excludeBatchId: number,
  ): { batchId: number; at: string } | null {
    const r = this.sql(
      `SELECT d.batch_id, d.finished_at FROM batch_devices d JOIN batches b ON b.id = d.batch_id
         WHERE d.serial = ? COLLATE NOCASE AND d.state = 'done' AND b.profile_name = ? AND d.batch_id != ?
         ORDER BY d.finished_at DESC LIMIT 1`,
    ).get(serial, profileName, excludeBatchId);
    return r ? { batchId: Number(r.batch_id), at: text(r.finished_at) } : null;
  }

  getScratch(batchId: number, serial: string, index: number): Record<string, unknown> {
    const r = this.sql('SELECT scratch_json FROM batch_devices WHERE batch_id = ? AND serial = ?').get(batchId, serial);
    return scratchOf(parseJsonObject(r?.scratch_json), index);
  }

  setScratch(batchId: number, serial: string, index: number, patch: Record<string, unknown>): void {
    this.ledger.transaction(() => {
      const r = this.sql('SELECT scratch_json FROM batch_devices WHERE batch_id = ? AND serial = ?').get(
        batchId,
        serial,
      );
      const all = parseJsonObject(r?.scratch_json);
      all[String(index)] = { ...scratchOf(all, index), ...patch };
      this.sql('UPDATE batch_devices SET scratch_json = ? WHERE batch_id = ? AND serial = ?').run(
        JSON.stringify(all),
        batchId,
        serial,
      );
    });
  }

  /** Adds a device event only when the ledger knows the device (device_events has a foreign key). */
  deviceEvent(deviceKey: string | null, kind: string, detail: Record<string, unknown>): void {
    if (deviceKey && this.ledger.getDevice(deviceKey)) this.ledger.addEvent(deviceKey, kind, detail);
  }
}
