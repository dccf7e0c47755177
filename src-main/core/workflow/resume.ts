import type { StepCardState } from './device-workflow.ts';
import type { ResolvedStep } from './profiles.ts';
import type { WorkflowStore } from './store.ts';
import type { Scan } from './types.ts';

/**
 * Where a device stands in a batch, read back from its step runs: the first step without a `done` run is where
 * it resumes, whatever its batch_devices row says (the step runs are what was written before and after each step).
 */
export function restoredProgress(
  store: WorkflowStore,
  batchId: number,
  serial: string,
  steps: readonly ResolvedStep[],
): { stepIndex: number; stepStates: { state: StepCardState; attempts: number }[]; scannedTags: string[] } {
  const runs = store.stepRuns(batchId, serial);
  const stepStates = steps.map((s) => {
    const mine = runs.filter((r) => r.stepIndex === s.index);
    const state: StepCardState = mine.some((r) => r.state === 'done') ? 'done' : (mine.at(-1)?.state ?? 'pending');
    return { state, attempts: mine.length };
  });
  const firstOpen = stepStates.findIndex((s) => s.state !== 'done');
  const scannedTags: string[] = [];
  for (const r of runs) {
    const scanned = r.result?.scanned as Scan | null | undefined;
    if (scanned?.kind === 'asset-tag') scannedTags.push(scanned.text);
  }
  return { stepIndex: firstOpen < 0 ? steps.length : firstOpen, stepStates, scannedTags };
}
