import { say } from '../../language.ts';

/**
 * A step's title, said now, and the catalog key it was said from: an enrollment run keeps the key with the step
 * so the run's history reads in the language of whoever opens it later (core/ledger/words.ts).
 */
export function stepTitle(key: `plan:${string}`): { title: string; titleWords: { key: string } } {
  return { title: say(key), titleWords: { key } };
}
