import { StationError } from '../../../shared/errors.ts';
import { say } from '../../language.ts';
import { sayWords, type FindingWords } from '../finding-words.ts';

/**
 * What can be wrong with a package archive. The codes double as preflight finding codes, so a problem found while
 * reading shows up under the same name in `holobench ppkg inspect`.
 */
export type WimErrorCode =
  | 'ppkg.not-wim'
  | 'ppkg.truncated'
  | 'ppkg.corrupt'
  | 'ppkg.bad-hash'
  | 'ppkg.encrypted'
  | 'ppkg.compression-unsupported'
  | 'ppkg.solid'
  | 'ppkg.split'
  | 'ppkg.too-large';

/** The catalog key of a code's title and message ("ppkg.not-wim" -> "wim.title.not-wim"). */
const wimKey = (part: 'title' | 'message', code: WimErrorCode): string => `wim.${part}.${code.slice(5)}`;

/**
 * A problem with the archive itself. `detail` is the technical reason, for support; `message` is for the bench,
 * and `words` is the catalog entry it was made from, so a stored finding can be said again in another language.
 */
export class WimError extends StationError {
  declare readonly code: WimErrorCode;
  readonly detail: string;
  readonly words: FindingWords;

  constructor(code: WimErrorCode, detail: string, options: { words?: FindingWords; cause?: unknown } = {}) {
    const words = options.words ?? { key: wimKey('message', code) };
    super(code, say(`station-work:${wimKey('title', code)}`), sayWords(words), { cause: options.cause });
    this.name = 'WimError';
    this.detail = detail;
    this.words = words;
  }
}

export const corrupt = (detail: string): WimError => new WimError('ppkg.corrupt', detail);
