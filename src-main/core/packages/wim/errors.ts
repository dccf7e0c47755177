import { StationError } from '../../../shared/errors.ts';
import { say } from '../../language.ts';

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
const wimKey = (part: 'title' | 'message', code: WimErrorCode): string => `station-work:wim.${part}.${code.slice(5)}`;

/** A problem with the archive itself. `detail` is the technical reason, for support; `message` is for the bench. */
export class WimError extends StationError {
  declare readonly code: WimErrorCode;
  readonly detail: string;

  constructor(code: WimErrorCode, detail: string, options: { message?: string; cause?: unknown } = {}) {
    super(code, say(wimKey('title', code)), options.message ?? say(wimKey('message', code)), { cause: options.cause });
    this.name = 'WimError';
    this.detail = detail;
  }
}

export const corrupt = (detail: string): WimError => new WimError('ppkg.corrupt', detail);
