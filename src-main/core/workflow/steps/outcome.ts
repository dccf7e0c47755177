import { StationError } from '../../../shared/errors.ts';
import type { BatchDeviceFacts, StepOutcome, TechAction } from '../types.ts';
import { say } from '../../language.ts';
import type { InnerWords } from '../../../shared/contract/stored-words.ts';
import { sayNow, type StoredWords } from '../../ledger/words.ts';

/** Small builders so steps read as what they decide, plus the phrases every card uses for "which device". */

export const done = (result: Record<string, unknown>): StepOutcome => ({ status: 'done', result });

export const needsTech = (action: TechAction, until?: (signal: AbortSignal) => Promise<void>): StepOutcome =>
  until ? { status: 'needs-tech', action, until } : { status: 'needs-tech', action };

/** A step that failed, worded from the catalogs; the words go with the error into the ledger (ErrorInfo.words). */
export const failed = (code: string, title: StoredWords, message: StoredWords): StepOutcome => ({
  status: 'failed',
  error: new StationError(code, sayNow(title), sayNow(message), { words: { title, message } }),
});

/** A model's name as words of its own, for messages the ledger keeps (said in the reader's language). */
export function modelWords(model: string): InnerWords {
  return { key: model === 'hololens1' || model === 'hololens2' ? `workflow:model.${model}` : 'workflow:model.unknown' };
}

/**
 * The port and serial every card names ("the device in port 9-1.3 (SN 1234)"): how a tech finds the right one on a
 * shelf of identical headsets. Passed to the catalogs as values, so each language places them in its own sentence.
 */
export function where(d: Pick<BatchDeviceFacts, 'portPath' | 'serial'>): { port: string; serial: string } {
  return { port: d.portPath, serial: d.serial };
}

/** A model's name as a noun phrase of the station's language ("a HoloLens 2"). */
export function modelName(model: string): string {
  if (model === 'hololens1' || model === 'hololens2') return say(`workflow:model.${model}`);
  return say('workflow:model.unknown');
}

/** "2026-12-04 10:15", the minute of an ISO time in UTC: ledger times shown to a person say UTC next to them. */
export function utcMinute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
