import type { ErrorInfo, ErrorWords } from '../../shared/errors.ts';
import { StoredWords, type InnerWords } from '../../shared/contract/stored-words.ts';
import { canSay, say } from '../language.ts';

/**
 * Words the ledger keeps instead of finished text: a full catalog key ("plan:step.turnOn.title") and its
 * language-neutral values (serials, codes, counts, ISO times). The text is said again in the reader's language each
 * time a record is read, so a ledger written in German reads in English after the switch, and the reverse. The
 * text as it was said is stored next to the words: it is what rows written before words were kept have, what a
 * reader falls back to when a key is gone from the catalogs, and what exports keep alongside the neutral words.
 * (Package findings do the same with keys of the station-work namespace: core/packages/finding-words.ts.)
 */
export { StoredWords };

type Value = string | number | InnerWords;
type Values = Record<string, Value | null | undefined>;

/** Words for a catalog key; values left undefined or null are not kept (a message variant without them says so). */
export function words(key: string, params?: Values): StoredWords {
  const kept = Object.entries(params ?? {}).filter((e): e is [string, Value] => e[1] != null);
  return kept.length > 0 ? { key, params: Object.fromEntries(kept) } : { key };
}

/** Says words now, in the station's language: words used as values are said first. */
export function sayNow(w: StoredWords): string {
  const params = Object.fromEntries(
    Object.entries(w.params ?? {}).map(([k, v]) => [k, typeof v === 'object' ? say(v.key, v.params) : v]),
  );
  return say(w.key, params);
}

/** An error the station words itself, said now and carrying its words (ErrorInfo.words) for records that keep it. */
export function saidError(code: string, title: StoredWords, message: StoredWords): ErrorInfo {
  return { code, title: sayNow(title), message: sayNow(message), words: { title, message } };
}

/**
 * An error kept in the ledger, its title and message said again from its words in today's language; as it was
 * kept when it has no words (made before they were kept, or not worded by the station's catalogs).
 */
export function sayStoredError(info: ErrorInfo): ErrorInfo {
  const w = info.words as Partial<ErrorWords> | undefined;
  if (!w) return info;
  return { ...info, title: sayStored(w.title, info.title), message: sayStored(w.message, info.message) };
}

/**
 * The text of stored words in the station's language now; `asMade` (the text stored with them) when there are no
 * words (an old row), when they do not parse, or when the catalogs no longer have the key.
 */
export function sayStored(stored: unknown, asMade: string): string {
  const parsed = StoredWords.safeParse(stored);
  if (!parsed.success) return asMade;
  const all = [parsed.data, ...Object.values(parsed.data.params ?? {}).filter((v) => typeof v === 'object')];
  if (all.some((w) => !canSay(w.key, w.params))) return asMade;
  return sayNow(parsed.data);
}

/** Several stored sentences said one after another (each a whole sentence); `asMade` unless every one can be said. */
export function sayStoredSentences(stored: unknown, asMade: string): string {
  if (!Array.isArray(stored) || stored.length === 0) return asMade;
  const said = stored.map((s) => sayStored(s, ''));
  return said.every((s) => s !== '') ? said.join(' ') : asMade;
}

/** Parses stored words from a JSON column (null, or text that is not words, gives undefined). */
export function storedWordsOf(json: unknown): StoredWords | undefined {
  if (typeof json !== 'string' || json === '') return undefined;
  try {
    const parsed = StoredWords.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
