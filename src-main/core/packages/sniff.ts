/**
 * Heuristics for "is this encrypted?". An encrypted payload is indistinguishable from random bytes, so a file
 * (or a package's contents) that is neither a known format nor readable XML, and close to 8 bits of entropy per
 * byte, is reported as encrypted. Compressed formats are also high-entropy, hence the magic-number check first.
 */
const SAMPLE_CAP = 256 * 1024;
const MIN_SAMPLE = 4096;
/** Random data sits at ~7.99 bits/byte over a few KiB; text and tables sit far below. */
const ENCRYPTED_ENTROPY = 7.9;

export class EntropySample {
  private readonly counts = new Uint32Array(256);
  private total = 0;

  /** Counts at most the first `perCall` bytes of each call, up to an overall cap. */
  add(bytes: Uint8Array, perCall = 64 * 1024): void {
    const n = Math.min(bytes.length, perCall, SAMPLE_CAP - this.total);
    for (let i = 0; i < n; i++) this.counts[bytes[i]!]!++;
    this.total += Math.max(0, n);
  }

  get size(): number {
    return this.total;
  }

  bitsPerByte(): number {
    if (this.total === 0) return 0;
    let h = 0;
    for (const c of this.counts) {
      if (c === 0) continue;
      const p = c / this.total;
      h -= p * Math.log2(p);
    }
    return h;
  }

  looksRandom(): boolean {
    return this.total >= MIN_SAMPLE && this.bitsPerByte() > ENCRYPTED_ENTROPY;
  }
}

export const PIPABLE_WIM = 'pipable WIM';

const MAGICS: [string, number[]][] = [
  // wimlib's --pipable format ("WLPWM"): a WIM that Windows' own tools, and so HoloLens, cannot read.
  [PIPABLE_WIM, [0x57, 0x4c, 0x50, 0x57, 0x4d, 0, 0, 0]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['cabinet (.cab)', [0x4d, 0x53, 0x43, 0x46]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['Windows program', [0x4d, 0x5a]],
  ['Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['XML file', [0x3c, 0x3f, 0x78, 0x6d, 0x6c]],
];

/** Names a well-known non-WIM format from the first bytes, so it is not mistaken for encrypted data. */
export function knownFormat(head: Uint8Array): string | null {
  for (const [name, magic] of MAGICS) if (magic.every((b, i) => head[i] === b)) return name;
  return null;
}
