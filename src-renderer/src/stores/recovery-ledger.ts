/**
 * Keeps the ledger's recovery run in step with the wizard: one run per procedure walked for a followed device,
 * each step confirmed by the station (the bus) or by the technician, finished when the wizard closes. Calls are
 * fire-and-forget: the wizard never waits on the ledger, and a failed write shows as the store's error line.
 */
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface LedgerRun {
  runId: number | null;
  /** Steps already written, so a re-render never writes one twice. */
  written: Set<string>;
}

export function noRun(): LedgerRun {
  return { runId: null, written: new Set() };
}

type Report = (message: string) => void;

export async function startRun(deviceId: string, procedureId: string, report: Report): Promise<LedgerRun> {
  try {
    const run = await station().call('startRecoveryRun', { deviceId, procedureId });
    return { runId: run.id, written: new Set() };
  } catch (error) {
    report(errorText(error).message);
    return noRun();
  }
}

export function confirmStep(run: LedgerRun, stepId: string, by: 'bus' | 'tech', report: Report): void {
  if (run.runId === null || run.written.has(stepId)) return;
  run.written.add(stepId);
  station()
    .call('confirmRecoveryStep', { runId: run.runId, stepId, confirmedBy: by === 'bus' ? 'station' : 'technician' })
    .catch((error: unknown) => report(errorText(error).message));
}

/** Done when every step was confirmed by someone; otherwise the technician left it part-way. */
export function finishRun(run: LedgerRun, stepCount: number, report: Report): void {
  if (run.runId === null) return;
  const result = run.written.size >= stepCount ? 'done' : 'abandoned';
  station()
    .call('finishRecoveryRun', { runId: run.runId, result })
    .catch((error: unknown) => report(errorText(error).message));
}
