import { StationError, toErrorInfo } from '../../shared/errors.ts';
import type { WorkflowHost } from './device-workflow.ts';
import type { ManifestRow } from './manifest.ts';
import type { ResolvedStep } from './profiles.ts';
import type { BatchDeviceFacts, Scan, StepContext, StepOutcome } from './types.ts';

/** Running one step once: what it is given, and how whatever it does (or throws) becomes an outcome. */

export const UNPLUGGED = 'unplugged';
export const STOPPED = 'stopped';

export function stepContext(
  host: WorkflowHost,
  step: ResolvedStep,
  d: {
    serial: string;
    attempt: number;
    device: BatchDeviceFacts;
    manifestRow: ManifestRow | null;
    confirmed: boolean;
    scan: Scan | null;
  },
): StepContext {
  const { store, batchId } = host;
  const { serial, device } = d;
  return {
    batchId,
    stepIndex: step.index,
    attempt: d.attempt,
    device,
    params: host.params,
    manifestRow: d.manifestRow,
    scratch: {
      get: () => store.getScratch(batchId, serial, step.index),
      set: (patch) => store.setScratch(batchId, serial, step.index, patch),
    },
    // Read from the ledger only when a step asks: most never do.
    get results() {
      return store.doneSteps(batchId, serial);
    },
    scan: d.scan,
    confirmed: d.confirmed,
    ports: host.ports,
    recordEvent: (kind, detail) => store.deviceEvent(device.deviceKey, kind, { serial, ...detail }),
    now: host.now,
  };
}

/** Anything a step throws becomes an outcome: a pulled cable is a pause, a bug a plain failure without a stack. */
export async function runStep(step: ResolvedStep, ctx: StepContext, signal: AbortSignal): Promise<StepOutcome> {
  try {
    // A step that ignores its signal must not hold the device: the abort wins the race, the step is left behind.
    const run = step.kind.run(ctx, step.params, signal);
    run.catch(() => undefined);
    return await Promise.race([run, abortedOutcome(signal)]);
  } catch (error) {
    if (signal.aborted) return { status: 'paused', reason: String(signal.reason) };
    if (error instanceof StationError && error.disconnected) return { status: 'paused', reason: UNPLUGGED };
    if (error instanceof StationError) return { status: 'failed', error };
    const info = toErrorInfo(error);
    return {
      status: 'failed',
      error: new StationError(info.code, info.title, info.message, { cause: error, words: info.words }),
    };
  }
}

function abortedOutcome(signal: AbortSignal): Promise<StepOutcome> {
  return new Promise((resolve) => {
    const done = (): void => resolve({ status: 'paused', reason: String(signal.reason) });
    if (signal.aborted) done();
    else signal.addEventListener('abort', done, { once: true });
  });
}
