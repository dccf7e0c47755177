import { StationError } from '../../../shared/errors.ts';
import type { BatchDeviceFacts, StepOutcome, TechAction } from '../types.ts';

/** Small builders so steps read as what they decide, plus the phrases every card uses for "which device". */

export const done = (result: Record<string, unknown>): StepOutcome => ({ status: 'done', result });

export const needsTech = (action: TechAction, until?: (signal: AbortSignal) => Promise<void>): StepOutcome =>
  until ? { status: 'needs-tech', action, until } : { status: 'needs-tech', action };

export const failed = (code: string, title: string, message: string): StepOutcome => ({
  status: 'failed',
  error: new StationError(code, title, message),
});

/** "the device in port 9-1.3 (SN 1234)": how a tech finds the right one on a shelf of identical headsets. */
export function where(d: Pick<BatchDeviceFacts, 'portPath' | 'serial'>): string {
  return `the device in port ${d.portPath} (SN ${d.serial})`;
}

export function modelName(model: string): string {
  if (model === 'hololens1') return 'a HoloLens (1st gen)';
  if (model === 'hololens2') return 'a HoloLens 2';
  return 'a device the station could not identify';
}
