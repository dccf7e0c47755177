import { basename } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { Batch, type BatchOptions } from './batch.ts';
import type { ClaimsPort } from './claims.ts';
import type { BatchDevices } from './devices.ts';
import { Manifest } from './manifest.ts';
import { resolveProfile, type Profile, type ResolvedStep } from './profiles.ts';
import { describePackageFile } from './steps/apply-package.ts';
import { STEP_KINDS, type StepRegistry } from './steps/index.ts';
import { WorkflowStore, type BatchRecord } from './store.ts';
import { summarizeBatch, type BatchSummary } from './summary.ts';
import type { BatchParams, StepPorts } from './types.ts';
import { say } from '../language.ts';

export interface EngineTiming {
  /** How often a step waiting for the tech looks again when nothing wakes it earlier. */
  pollMs: number;
  /** A re-check running longer than this shows the device as "working" on its card. */
  workingAfterMs: number;
}

export const DEFAULT_ENGINE_TIMING: EngineTiming = { pollMs: 1000, workingAfterMs: 150 };

export interface EngineOptions {
  ledger: Ledger;
  devices: BatchDevices;
  ports?: StepPorts;
  steps?: StepRegistry;
  timing?: Partial<EngineTiming>;
  claims?: ClaimsPort | null;
}

export interface StartBatchRequest extends BatchOptions {
  profile: Profile;
  packagePath?: string | null;
  manifest?: Manifest | null;
  /** Who runs the batch (goes into the ledger and the report). */
  tech?: string;
}

/**
 * The workflow engine: starts batches, resumes them from the ledger after a crash or a stop, and reads back
 * their summaries. One engine per station; batches share its ledger, device port and service ports.
 */
export class WorkflowEngine {
  readonly store: WorkflowStore;
  private readonly devices: BatchDevices;
  private readonly ports: StepPorts;
  private readonly steps: StepRegistry;
  private readonly timing: EngineTiming;
  private readonly claims: ClaimsPort | null;

  constructor(opts: EngineOptions) {
    this.claims = opts.claims ?? null;
    this.store = new WorkflowStore(opts.ledger);
    this.devices = opts.devices;
    this.ports = opts.ports ?? {};
    this.steps = opts.steps ?? STEP_KINDS;
    this.timing = { ...DEFAULT_ENGINE_TIMING, ...opts.timing };
  }

  async startBatch(req: StartBatchRequest): Promise<Batch> {
    const steps = resolveProfile(req.profile, this.steps);
    const packagePath = req.packagePath ?? null;
    this.checkRequirements(req.profile.name, steps, packagePath);
    const pkg = packagePath && this.ports.packages ? await describePackageFile(this.ports.packages, packagePath) : null;
    const params: BatchParams = {
      packagePath,
      packageName: pkg?.name ?? (packagePath ? basename(packagePath) : null),
      packageSha256: pkg?.sha256 ?? null,
      packageSize: pkg?.size ?? null,
      manifestPath: req.manifest?.source ?? null,
      tech: req.tech ?? '',
    };
    const manifest = req.manifest ?? null;
    const record = this.store.createBatch(
      req.profile,
      params,
      manifest ? { source: manifest.source, rows: [...manifest.rows] } : null,
      req.override,
    );
    const batch = this.newBatch(record, steps, manifest, req);
    batch.begin([]);
    return batch;
  }

  /** Carries on a batch that did not finish (crash, kill or stop): every device at its first unfinished step. */
  resumeBatch(batchId: number, opts: BatchOptions = {}): Batch {
    const record = this.store.getBatch(batchId);
    if (!record) {
      throw new StationError(
        'batch-not-found',
        say('workflow:err.noBatch'),
        say('workflow:err.notInLedger', { batchId }),
      );
    }
    if (record.state === 'finished') {
      throw new StationError(
        'batch-finished',
        say('workflow:err.finished.title'),
        say('workflow:err.finished.message', { batchId }),
      );
    }
    const steps = resolveProfile(record.profile, this.steps);
    this.checkRequirements(record.profile.name, steps, record.params.packagePath);
    this.store.setBatchState(batchId, 'running');
    const manifest = record.manifest ? new Manifest(record.manifest.rows, record.manifest.source) : null;
    const batch = this.newBatch({ ...record, state: 'running' }, steps, manifest, {
      ...opts,
      override: opts.override ?? record.override,
    });
    batch.begin(this.store.listDevices(batchId));
    return batch;
  }

  /** The newest batch that did not finish, optionally of one profile: what a rerun after a crash resumes. */
  latestUnfinished(profileName?: string): BatchRecord | null {
    return this.store.latestUnfinished(profileName);
  }

  summary(batchId: number): BatchSummary {
    return summarizeBatch(this.store, batchId);
  }

  private newBatch(record: BatchRecord, steps: ResolvedStep[], manifest: Manifest | null, opts: BatchOptions) {
    return new Batch(
      {
        store: this.store,
        devices: this.devices,
        ports: this.ports,
        manifest,
        now: this.store.ledger.now,
        pollMs: this.timing.pollMs,
        workingAfterMs: this.timing.workingAfterMs,
        claims: this.claims,
      },
      record,
      steps,
      opts,
    );
  }

  /** Refuses to start what cannot finish: a package step without a package, a step whose service is missing. */
  private checkRequirements(profile: string, steps: readonly ResolvedStep[], packagePath: string | null): void {
    for (const s of steps) {
      const req = s.kind.requires;
      if (req?.packageFile && !packagePath) {
        throw new StationError(
          'usage',
          say('workflow:err.needsPackage.title'),
          say('workflow:err.needsPackage.message', { profile }),
        );
      }
      const missing = (req?.ports ?? []).filter((p) => !this.ports[p]);
      if (missing.length > 0) {
        throw new StationError(
          'station-not-ready',
          say('workflow:err.cannotRun.title'),
          say('workflow:err.cannotRun.message', { profile, step: s.kind.kind, services: missing }),
        );
      }
    }
  }
}
