import { corrupt } from './errors.ts';
import { lookup, type DecodeTable } from './huffman.ts';

/**
 * Bit reader for LZX: 16-bit little-endian units, most significant bit first, refilled lazily one unit at a time
 * (the same discipline as wimlib's input_bitstream, so aligned fields land where the format puts them). Reads past
 * the end yield zero bits; the resource SHA-1 catches the damage.
 */
export class BitReader {
  src: Uint8Array = new Uint8Array(0);
  pos = 0;
  start = 0;
  end = 0;
  /** Next bit is bit 31. Public so a hot loop can take the state into locals and hand it back (LZX blocks). */
  bitbuf = 0;
  bitsleft = 0;

  reset(src: Uint8Array, start: number, end: number): void {
    this.src = src;
    this.pos = start;
    this.start = start;
    this.end = end;
    this.bitbuf = 0;
    this.bitsleft = 0;
  }

  /** Makes at least `n` (<= 17) bits available. */
  ensure(n: number): void {
    if (this.bitsleft >= n) return;
    if (this.end - this.pos < 2) {
      this.bitsleft = 32;
      return;
    }
    this.bitbuf |= (this.src[this.pos]! | (this.src[this.pos + 1]! << 8)) << (16 - this.bitsleft);
    this.pos += 2;
    this.bitsleft += 16;
    if (this.bitsleft < n) this.ensure(n);
  }

  pop(n: number): number {
    if (n === 0) return 0;
    const v = this.bitbuf >>> (32 - n);
    this.bitbuf <<= n;
    this.bitsleft -= n;
    return v;
  }

  read(n: number): number {
    this.ensure(n);
    return this.pop(n);
  }

  /** Decodes one symbol with a table from buildDecodeTable. */
  symbol(table: DecodeTable): number {
    this.ensure(table.maxLen);
    const entry = lookup(table, this.bitbuf);
    const len = entry & 31;
    if (len === 0) throw corrupt('compressed data holds a bit pattern that is no codeword');
    this.bitbuf <<= len;
    this.bitsleft -= len;
    return entry >>> 8;
  }

  /**
   * Moves to the next 16-bit boundary before an LZX uncompressed block. When already on a boundary the format
   * skips a whole unit; when a whole unit was buffered ahead, it is given back (as libmspack does).
   */
  alignToUnit(): void {
    this.ensure(1);
    if (this.bitsleft > 16 && this.bitsleft < 32 && this.pos - 2 >= this.start) this.pos -= 2;
    this.bitbuf = 0;
    this.bitsleft = 0;
  }

  u32(): number {
    if (this.end - this.pos < 4) return 0;
    const s = this.src;
    const p = this.pos;
    this.pos += 4;
    return (s[p]! | (s[p + 1]! << 8) | (s[p + 2]! << 16) | (s[p + 3]! << 24)) >>> 0;
  }

  skipByte(): void {
    if (this.pos < this.end) this.pos++;
  }
}
