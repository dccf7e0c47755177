/**
 * Minimal XPRESS and LZX encoders for the decoder tests: they write exactly the literals and matches a test names
 * (fixed, flat Huffman codes; no searching), so a test can put a match of a chosen offset and length at a chosen
 * place, e.g. overlapping, at the chunk's end, or where the bit reader refills. `expand` is the obvious
 * byte-by-byte reference the decoded bytes must equal.
 */
export type Token = number | { offset: number; length: number };

export function expand(tokens: readonly Token[]): Uint8Array {
  const out: number[] = [];
  for (const t of tokens) {
    if (typeof t === 'number') out.push(t);
    else for (let i = 0; i < t.length; i++) out.push(out[out.length - t.offset]!);
  }
  return Uint8Array.from(out);
}

/** MSB-first bits into 16-bit little-endian units whose places in the byte stream are reserved beforehand. */
class UnitWriter {
  readonly bytes: number[] = [];
  private readonly units: number[] = [];
  private bit = 0;

  reserveUnit(): void {
    this.units.push(this.bytes.length);
    this.bytes.push(0, 0);
  }

  write(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i--, this.bit++) {
      if ((value >>> i) & 1) {
        const at = this.units[this.bit >>> 4]!;
        const shift = 15 - (this.bit & 15);
        const unit = this.bytes[at]! | (this.bytes[at + 1]! << 8) | (1 << shift);
        this.bytes[at] = unit & 0xff;
        this.bytes[at + 1] = unit >>> 8;
      }
    }
  }
}

/**
 * One XPRESS chunk with every one of the 512 symbols 9 bits long (a complete code), units reserved exactly when
 * the decoder fetches them, so the length bytes land where it reads them.
 */
export function encodeXpress(tokens: readonly Token[]): Uint8Array {
  const w = new UnitWriter();
  w.bytes.push(...new Array<number>(256).fill(0x99));
  let bitsleft = 0;
  const need = (n: number): void => {
    if (bitsleft < n) {
      w.reserveUnit();
      bitsleft += 16;
    }
  };
  const bits = (value: number, n: number): void => {
    w.write(value, n);
    bitsleft -= n;
  };
  for (const t of tokens) {
    need(15);
    if (typeof t === 'number') {
      bits(t, 9);
      continue;
    }
    const log2Offset = 31 - Math.clz32(t.offset);
    const rest = t.length - 3;
    bits(256 + (log2Offset << 4) + Math.min(rest, 15), 9);
    need(16);
    bits(t.offset - (1 << log2Offset), log2Offset);
    if (rest >= 15) {
      if (rest - 15 < 255) w.bytes.push(rest - 15);
      else w.bytes.push(255, rest & 0xff, rest >>> 8);
    }
  }
  return Uint8Array.from(w.bytes);
}

const SLOT_BASE: number[] = [];
const SLOT_EXTRA: number[] = [];
for (let slot = 0, base = 0; slot < 51; slot++) {
  SLOT_EXTRA.push(slot < 4 ? 0 : Math.min(17, (slot >> 1) - 1));
  SLOT_BASE.push(base);
  base += 2 ** SLOT_EXTRA[slot]!;
}

/**
 * One LZX chunk (32 KiB window) of one verbatim or aligned-offset block: main symbols 10 bits, length symbols 8,
 * aligned symbols 3, every length sent through a pretree of 5-bit codes. Matches always use an explicit offset
 * slot (never the recent offsets). Literals must not be 0xE8, which the decoder would take for a translated call.
 */
export function encodeLzx(tokens: readonly Token[], aligned = false): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const bits = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--) {
      acc = (acc << 1) | ((value >>> i) & 1);
      if (++n === 16) {
        out.push(acc & 0xff, acc >>> 8);
        acc = 0;
        n = 0;
      }
    }
  };
  const size = expand(tokens).length;
  bits(aligned ? 2 : 1, 3);
  bits(0, 1); // block size given explicitly
  bits(size >>> 8, 8);
  bits(size & 0xff, 8);
  if (aligned) for (let i = 0; i < 8; i++) bits(3, 3);
  // Lengths as deltas from zero through a pretree of twenty 5-bit codes: presym = (0 - len + 17) % 17.
  const lengths = (count: number, len: number): void => {
    for (let i = 0; i < 20; i++) bits(5, 4);
    for (let i = 0; i < count; i++) bits((17 - len) % 17, 5);
  };
  const mainSyms = 256 + 30 * 8; // the decoder's count for a 32 KiB window (30 offset slots)
  lengths(256, 10);
  lengths(mainSyms - 256, 10);
  lengths(249, 8);
  for (const t of tokens) {
    if (typeof t === 'number') {
      if (t === 0xe8) throw new Error('0xE8 literals are translated by the decoder; leave them out');
      bits(t, 10);
      continue;
    }
    const formatted = t.offset + 2;
    let slot = 3;
    while (slot + 1 < 30 && SLOT_BASE[slot + 1]! <= formatted) slot++;
    const header = Math.min(t.length - 2, 7);
    bits(256 + slot * 8 + header, 10);
    if (header === 7) bits(t.length - 2 - 7, 8);
    const extra = SLOT_EXTRA[slot]!;
    const value = formatted - SLOT_BASE[slot]!;
    if (aligned && extra >= 3) {
      bits(value >>> 3, extra - 3);
      bits(value & 7, 3);
    } else bits(value, extra);
  }
  if (n > 0) bits(0, 16 - n);
  return Uint8Array.from(out);
}
