import { z } from 'zod';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import type { BatchDevices, BatchDevicesListener } from '../../../../src-main/core/workflow/devices.ts';
import { WorkflowEngine, type EngineOptions } from '../../../../src-main/core/workflow/engine.ts';
import { RegistryBatchDevices } from '../../../../src-main/core/workflow/registry-devices.ts';
import { stepRegistry } from '../../../../src-main/core/workflow/steps/index.ts';
import {
  defineStep,
  type AnyStepKind,
  type BatchDeviceFacts,
  type StepContext,
  type StepOutcome,
} from '../../../../src-main/core/workflow/types.ts';
import type { Station } from '../../../../src-main/core/station.ts';
import { openTestStation, tempDir } from '../../../support/station.ts';

export const FAST = { pollMs: 20, workingAfterMs: 10 };

/** A ledger with every table, the workflow ones included. */
export function workflowLedger(dir: string): Ledger {
  return new Ledger(openLedgerDb(dir, MIGRATIONS));
}

/** The ledger the engine uses next to a station: the station's own. */
export function engineLedgerFor(station: Station): { ledger: Ledger; own: boolean } {
  return { ledger: station.ledger, own: false };
}

export function facts(serial: string, extra: Partial<BatchDeviceFacts> = {}): BatchDeviceFacts {
  return {
    serial,
    deviceId: `usb-${serial}`,
    deviceKey: `sn:045E:F0A2:${serial}`,
    portPath: `1-${serial.slice(-1)}`,
    model: 'hololens2',
    mode: 'normal',
    batteryPercent: 80,
    build: '22621.1244',
    locked: false,
    simulated: false,
    ...extra,
  };
}

/** An in-memory bench: tests plug and unplug devices by hand. */
export class FakeDevices implements BatchDevices {
  readonly present = new Map<string, BatchDeviceFacts>();
  private readonly listeners = new Set<BatchDevicesListener>();

  constructor(devices: BatchDeviceFacts[] = []) {
    for (const d of devices) this.present.set(d.serial, d);
  }

  list = (): BatchDeviceFacts[] => [...this.present.values()];
  get = (serial: string): BatchDeviceFacts | null => this.present.get(serial) ?? null;
  subscribe = (l: BatchDevicesListener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  plug(d: BatchDeviceFacts): void {
    this.present.set(d.serial, d);
    for (const l of this.listeners) l.attached(d);
  }

  unplug(serial: string): void {
    this.present.delete(serial);
    for (const l of this.listeners) l.detached(serial);
  }

  update(serial: string, patch: Partial<BatchDeviceFacts>): void {
    const d = this.present.get(serial);
    if (!d) return;
    this.present.set(serial, { ...d, ...patch });
    for (const l of this.listeners) l.changed(serial);
  }
}

/** A test step: runs `fn` (default: done at once) and counts runs per serial. */
export function probeStep(
  kind: string,
  fn: (ctx: StepContext, signal: AbortSignal) => Promise<StepOutcome> = () =>
    Promise.resolve({ status: 'done', result: {} }),
): AnyStepKind & { runs: Map<string, number> } {
  const runs = new Map<string, number>();
  const step = defineStep({
    kind,
    label: kind,
    params: z.strictObject({}),
    run: (ctx, _p, signal) => {
      runs.set(ctx.device.serial, (runs.get(ctx.device.serial) ?? 0) + 1);
      return fn(ctx, signal);
    },
  });
  return Object.assign(step, { runs });
}

export function testEngine(
  opts: Partial<EngineOptions> & { ledger: Ledger; devices: BatchDevices },
  ...steps: AnyStepKind[]
) {
  return new WorkflowEngine({ timing: FAST, steps: stepRegistry(...steps), ...opts });
}

/** A station with simulated devices plus an engine over its registry and simulator. */
export async function simBench(simulate: string[], opts: { dataDir?: string } = {}) {
  const station = await openTestStation({
    simulate: simulate.map((preset) => ({ preset: preset as never, faults: [] })),
    simTiming: { reenumerateMs: 10, diagnosticsMs: 20 },
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
  });
  const { ledger, own } = engineLedgerFor(station);
  const devices = new RegistryBatchDevices(station.registry);
  return {
    station,
    ledger,
    devices,
    sim: station.simulator!,
    async close() {
      await station.dispose();
      if (own) ledger.close();
    },
  };
}

export { tempDir };
