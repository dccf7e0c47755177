import { StationError } from '../../../shared/errors.ts';

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

const TITLES: Record<WimErrorCode, string> = {
  'ppkg.not-wim': 'Not a provisioning package',
  'ppkg.truncated': 'Package file is cut short',
  'ppkg.corrupt': 'Package file is damaged',
  'ppkg.bad-hash': 'Package contents do not match their checksums',
  'ppkg.encrypted': 'Package is encrypted',
  'ppkg.compression-unsupported': 'Package compression not supported',
  'ppkg.solid': 'Package uses solid compression',
  'ppkg.split': 'Package is split into parts',
  'ppkg.too-large': 'Package is too large to check',
};

const MESSAGES: Record<WimErrorCode, string> = {
  'ppkg.not-wim':
    'This file is not a provisioning package (.ppkg). It may be encrypted, password-protected or a different kind of file. Export the package again from Windows Configuration Designer.',
  'ppkg.truncated':
    'Part of this package file is missing, usually from a copy or download that stopped early. Copy it again from the original.',
  'ppkg.corrupt':
    'This package file is damaged and cannot be read. Copy it again from the original, or export it again.',
  'ppkg.bad-hash':
    'Some files inside this package are damaged: their checksums do not match. Copy the package again from the original.',
  'ppkg.encrypted':
    'This package is encrypted or password-protected. HoloLens cannot apply such packages. Export it again with encryption turned off.',
  'ppkg.compression-unsupported':
    'This package uses a compression the station cannot read. Re-create the package with XPRESS compression (the Windows Configuration Designer default).',
  'ppkg.solid':
    'This package uses solid compression, which the station cannot read. Re-create the package with XPRESS compression.',
  'ppkg.split': 'This package is one part of a split archive. Use the complete, single-file package.',
  'ppkg.too-large': 'This package is bigger than the station is willing to check. Make sure this is the right file.',
};

/** A problem with the archive itself. `detail` is the technical reason, for support; `message` is for the bench. */
export class WimError extends StationError {
  declare readonly code: WimErrorCode;
  readonly detail: string;

  constructor(code: WimErrorCode, detail: string, options: { message?: string; cause?: unknown } = {}) {
    super(code, TITLES[code], options.message ?? MESSAGES[code], { cause: options.cause });
    this.name = 'WimError';
    this.detail = detail;
  }
}

export const corrupt = (detail: string): WimError => new WimError('ppkg.corrupt', detail);
