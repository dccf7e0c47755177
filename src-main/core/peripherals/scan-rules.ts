import type { ScanKind } from '../workflow/types.ts';
import { say } from '../language.ts';

/**
 * What counts as a scan. A line with a byte outside printable ASCII is line noise (a baud mismatch, a loose
 * cable) and is never applied; a clean line must be a serial the station knows or look like an asset tag.
 */
export interface ScanRules {
  /** A serial number the station knows (in the batch or the manifest). */
  isKnownSerial: (text: string) => boolean;
  /** What an asset tag label looks like at this warehouse. */
  assetTagPattern: RegExp;
}

export const DEFAULT_ASSET_TAG = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,39}$/;

export const DEFAULT_SCAN_RULES: ScanRules = {
  isKnownSerial: () => false,
  assetTagPattern: DEFAULT_ASSET_TAG,
};

export type ScanVerdict =
  { ok: true; text: string; kind: ScanKind } | { ok: false; reason: string; shown: string } | null;

/** Shows any byte as text safe for a screen: printable ASCII as is, the rest as \xNN. */
export function showBytes(bytes: Uint8Array, max = 80): string {
  let s = '';
  for (const b of bytes.subarray(0, max))
    s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return bytes.length > max ? `${s}...` : s;
}

/** Judges one line from the scanner; null for a blank line (nothing to report). */
export function judgeScan(bytes: Uint8Array, rules: ScanRules): ScanVerdict {
  if (bytes.some((b) => b < 0x20 || b >= 0x7f)) {
    return {
      ok: false,
      shown: showBytes(bytes),
      reason: say('workflow:scan.garbled'),
    };
  }
  const text = String.fromCharCode(...bytes).trim();
  if (text === '') return null;
  if (rules.isKnownSerial(text)) return { ok: true, text, kind: 'serial' };
  if (rules.assetTagPattern.test(text)) return { ok: true, text, kind: 'asset-tag' };
  return {
    ok: false,
    shown: text.slice(0, 80),
    reason: `"${text.slice(0, 40)}" is neither a serial number this station knows nor an asset tag. Scan the device's own label.`,
  };
}
