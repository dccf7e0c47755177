import { randomUUID } from 'node:crypto';
import type { DeviceView } from '../../shared/contract/devices.ts';
import type { ApplyFlow, DeviceApplyMethod } from '../../shared/contract/packages.ts';
import { StationError } from '../../shared/errors.ts';
import type { DeviceRegistry } from '../devices/registry.ts';
import type { JobRunner } from '../jobs.ts';
import type { DeviceStorage } from '../mtp/storage-port.ts';
import type { PackageApplications } from './applications.ts';
import { copyPackageToDevice } from './apply.ts';
import { checkApplyAllowed, flowMessages as words } from './apply-rules.ts';
import { watchForApply } from './apply-watch.ts';
import type { PackageLibrary } from './library.ts';
import { say } from '../language.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

export interface ApplyFlowDeps {
  registry: DeviceRegistry;
  storage: (deviceId: string) => Promise<DeviceStorage>;
  jobs: JobRunner;
  library: PackageLibrary;
  applications: PackageApplications;
  technician: () => string;
  /** The simulator's id for a simulated device (training mode), else null. */
  simIdFor: (deviceId: string) => string | null;
  /** The OS build the station knows for the device, if any. */
  buildOf: (deviceId: string) => string | null;
  emit: (flow: ApplyFlow) => void;
  /** How often the device is looked at while the package waits to be applied. */
  pollMs?: number;
}

interface Run {
  view: ApplyFlow;
  path: string;
  stops: (() => void)[];
}

const KEEP_FINISHED = 50;

/**
 * Guided applies, one per device: the core holds the state and watches the bus, the wizard shows it. OOBE: wait
 * for the storage (Volume Down + Power at the first setup screen), copy and verify, then wait for the device to
 * take the package (it leaves the storage) or for the tech to confirm. After setup: wait for the storage (signed
 * in), copy into Documents, then the tech adds it in Settings and confirms.
 */
export class ApplyFlows {
  private readonly deps: ApplyFlowDeps;
  private readonly runs = new Map<string, Run>();

  constructor(deps: ApplyFlowDeps) {
    this.deps = deps;
    deps.registry.events.on('changed', ({ view }) => this.onDevice(view));
  }

  list(): ApplyFlow[] {
    return [...this.runs.values()].map((r) => r.view).reverse();
  }

  get(flowId: string): ApplyFlow {
    return this.run(flowId).view;
  }

  async start(deviceId: string, sha256: string, method: DeviceApplyMethod): Promise<ApplyFlow> {
    const live = this.deps.registry.get(deviceId);
    const busy = [...this.runs.values()].find((r) => r.view.deviceId === deviceId && r.view.result === null);
    if (busy) {
      throw new StationError(
        'ppkg.flow-running',
        say('station-work:apply.busy.title'),
        say('station-work:apply.busy.message', { pkg: busy.view.packageName }),
      );
    }
    const device = live?.view;
    const { pkg, path } = this.deps.library.usable(sha256);
    const model = device?.model === 'hololens1' || device?.model === 'hololens2' ? device.model : null;
    const inspection = await this.deps.library.recheck(sha256, model ? { target: model } : {});
    checkApplyAllowed({ device, method, build: this.deps.buildOf(deviceId), findings: inspection.findings });
    if (!live || !device) throw new Error('unreachable: checkApplyAllowed refuses a missing device');
    const app = this.deps.applications.start({
      packageSha256: pkg.sha256,
      packageName: pkg.name,
      method,
      deviceKey: live.ledgerKey,
      deviceId,
      serial: serialNumberOf(device),
      model,
      technician: this.deps.technician(),
    });
    const view: ApplyFlow = {
      id: randomUUID(),
      deviceId,
      portPath: device.portPath,
      model,
      sha256,
      packageName: pkg.name,
      method,
      stage: method === 'oobe-mtp' ? 'open-provisioning' : 'unlock',
      storageSeen: false,
      jobId: null,
      remotePath: null,
      verified: false,
      detected: null,
      result: null,
      confirmedBy: null,
      message: method === 'oobe-mtp' ? words.openProvisioning : words.unlock,
      error: null,
      applicationId: app.id,
      simId: this.deps.simIdFor(deviceId),
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    const run: Run = { view, path, stops: [] };
    this.runs.set(view.id, run);
    this.prune();
    this.deps.emit(view);
    if (device.storageState === 'available') this.copy(run);
    return run.view;
  }

  /** The tech says how it ended on the device. */
  confirm(flowId: string, result: 'applied' | 'failed', note = ''): ApplyFlow {
    const run = this.run(flowId);
    if (run.view.result !== null) return run.view;
    if (run.view.stage === 'copying') {
      throw new StationError(
        'ppkg.copying',
        say('station-work:apply.stillCopying.title'),
        say('station-work:apply.stillCopying.message'),
      );
    }
    if (result === 'applied' && run.view.remotePath === null) {
      throw new StationError(
        'ppkg.not-copied',
        say('station-work:apply.notCopied.title'),
        say('station-work:apply.notCopied.message'),
      );
    }
    this.finish(run, result, 'technician', {
      message: result === 'applied' ? words.confirmedApplied(this.deps.technician()) : words.confirmedFailed,
      note,
    });
    return run.view;
  }

  async cancel(flowId: string): Promise<ApplyFlow> {
    const run = this.run(flowId);
    if (run.view.result !== null) return run.view;
    if (run.view.stage === 'copying' && run.view.jobId) {
      this.deps.jobs.cancel(run.view.jobId);
      return run.view; // the job's end finishes the flow
    }
    let removed = false;
    if (run.view.remotePath) {
      // The package must not stay on the device to be applied later by someone who did not mean to.
      removed = await this.deps
        .storage(run.view.deviceId)
        .then((s) => s.delete(run.view.remotePath!))
        .then(
          () => true,
          () => false,
        );
    }
    this.finish(run, 'canceled', null, { message: words.canceled(run.view.remotePath !== null, removed) });
    return run.view;
  }

  close(): void {
    for (const run of this.runs.values()) this.stop(run);
  }

  private onDevice(device: DeviceView): void {
    for (const run of this.runs.values()) {
      const v = run.view;
      if (v.deviceId !== device.id || v.result !== null) continue;
      const waiting = v.stage === 'open-provisioning' || v.stage === 'unlock';
      if (!device.present && waiting) this.patch(run, { message: words.unplugged(v.portPath) });
      else if (waiting && device.storageState === 'available') this.copy(run);
    }
  }

  private copy(run: Run): void {
    const v = run.view;
    const target = v.method === 'oobe-mtp' ? 'oobe' : 'documents';
    const job = this.deps.jobs.start(
      {
        kind: 'ppkg-push',
        title: say('station-work:apply.jobTitle', { name: v.packageName, port: v.portPath }),
        deviceId: v.deviceId,
      },
      async (control) => {
        control.say(say('station-work:apply.jobCopying', { name: v.packageName }));
        const storage = await this.deps.storage(v.deviceId);
        const copy = await copyPackageToDevice(storage, run.path, target, {
          name: v.packageName,
          signal: control.signal,
          onProgress: (p) => control.progress(p.phase, p.bytes, p.total),
        });
        control.say(say('station-work:apply.jobCopied', { path: copy.remotePath }));
        return { ...copy };
      },
    );
    this.patch(run, { stage: 'copying', storageSeen: true, jobId: job.view.id, message: words.copying(v.packageName) });
    void job.done.then((end) => this.copied(run, end.state, end.result, end.error));
  }

  private copied(
    run: Run,
    state: 'running' | 'done' | 'failed' | 'canceled',
    result: Record<string, unknown> | null,
    error: ApplyFlow['error'],
  ): void {
    if (run.view.result !== null) return;
    if (state !== 'done' || !result) {
      if (state === 'canceled') this.finish(run, 'canceled', null, { message: words.canceled(false, false) });
      else this.finish(run, 'failed', null, { error, message: words.copyFailed(error?.message ?? '') });
      return;
    }
    const remotePath = String(result.remotePath);
    const handle = Number(result.handle);
    this.deps.applications.update(run.view.applicationId!, { remotePath, verified: true });
    if (run.view.method === 'documents-settings') {
      this.patch(run, { stage: 'add-in-settings', remotePath, verified: true, message: words.addInSettings });
      return;
    }
    this.patch(run, { stage: 'confirm-on-device', remotePath, verified: true, message: words.confirmOnDevice });
    void this.deps.storage(run.view.deviceId).then(
      (storage) => {
        if (run.view.result !== null) return;
        run.stops.push(
          watchForApply(storage, { remotePath, handle, pollMs: this.deps.pollMs ?? 1000 }, (seen) => {
            if (run.view.result !== null) return;
            if (seen === 'package-gone') {
              this.finish(run, 'applied', 'station', { detected: 'package-gone', message: words.packageGone });
            } else if (run.view.detected === null) {
              this.patch(run, { detected: 'storage-closed', message: words.storageClosed });
            }
          }),
        );
      },
      () => this.patch(run, { detected: 'storage-closed', message: words.storageClosed }),
    );
  }

  private finish(
    run: Run,
    result: 'applied' | 'failed' | 'canceled',
    by: 'station' | 'technician' | null,
    extra: Partial<ApplyFlow> & { note?: string },
  ): void {
    const { note, ...patch } = extra;
    this.stop(run);
    if (run.view.applicationId !== null) {
      const detail: Record<string, unknown> = {};
      if (note) detail.note = note;
      if (patch.detected) detail.detected = patch.detected;
      if (patch.error) detail.error = { code: patch.error.code, message: patch.error.message };
      this.deps.applications.finish(run.view.applicationId, result, by, { detail });
    }
    this.patch(run, { ...patch, stage: 'finished', result, confirmedBy: by, finishedAt: new Date().toISOString() });
  }

  private patch(run: Run, patch: Partial<ApplyFlow>): void {
    run.view = { ...run.view, ...patch };
    this.deps.emit(run.view);
  }

  private stop(run: Run): void {
    for (const stop of run.stops.splice(0)) stop();
  }

  private run(flowId: string): Run {
    const run = this.runs.get(flowId);
    if (!run) {
      throw new StationError(
        'ppkg.flow-not-found',
        say('station-work:apply.flowNotFound.title'),
        say('station-work:apply.flowNotFound.message'),
      );
    }
    return run;
  }

  private prune(): void {
    const finished = [...this.runs.entries()].filter(([, r]) => r.view.result !== null);
    while (this.runs.size > KEEP_FINISHED && finished.length > 0) this.runs.delete(finished.shift()![0]);
  }
}
