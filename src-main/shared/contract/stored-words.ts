import { z } from 'zod';

const CatalogKey = z.string().regex(/^[a-z][a-z-]*:[\w.-]+$/);
const Value = z.union([z.string(), z.number()]);

/** Words used as a value inside other words ("a HoloLens 2" inside a sentence): said first, in the same language. */
export const InnerWords = z.object({ key: CatalogKey, params: z.record(z.string(), Value).optional() });
export type InnerWords = z.infer<typeof InnerWords>;

/**
 * Words kept in the ledger instead of finished text: a full catalog key ("plan:step.turnOn.title") and its
 * language-neutral values (serials, codes, counts, ISO times, or words of their own). See core/ledger/words.ts.
 */
export const StoredWords = z.object({
  key: CatalogKey,
  params: z.record(z.string(), z.union([Value, InnerWords])).optional(),
});
export type StoredWords = z.infer<typeof StoredWords>;
