import { z } from 'zod';

/**
 * Words kept in the ledger instead of finished text: a full catalog key ("plan:step.turnOn.title") and its
 * language-neutral values (serials, codes, counts, ISO times). See core/ledger/words.ts.
 */
export const StoredWords = z.object({
  key: z.string().regex(/^[a-z][a-z-]*:[\w.-]+$/),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type StoredWords = z.infer<typeof StoredWords>;
