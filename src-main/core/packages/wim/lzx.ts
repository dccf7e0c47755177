import { BitReader } from './bitstream.ts';
import { corrupt } from './errors.ts';
import { SUBTABLE, buildDecodeTable, newDecodeTable, type DecodeTable } from './huffman.ts';
import { copyMatch, type ChunkDecoder } from './lz.ts';

/**
 * LZX as used in WIM resources: every chunk is an independent window (no sliding across chunks), E8 call
 * translation is always on with the fixed "file size" 12000000, and blocks are verbatim, aligned-offset or
 * uncompressed. Codeword lengths are delta-coded against the previous block of the same chunk.
 */
const NUM_CHARS = 256;
const LEN_HEADERS = 8;
const PRIMARY_LENS = 7;
const MIN_MATCH = 2;
const LEN_SYMBOLS = 249;
const PRE_SYMBOLS = 20;
const ALIGNED_SYMBOLS = 8;
const MAX_MAIN_LEN = 16;
const MAX_LEN_LEN = 16;
const MAX_PRE_LEN = 15;
const MAX_ALIGNED_LEN = 7;
const DEFAULT_BLOCK_SIZE = 32768;
const E8_FILE_SIZE = 12_000_000;
const BLOCK = { verbatim: 1, aligned: 2, uncompressed: 3 } as const;

/** Offset slot -> first formatted offset and number of extra bits (the LZX offset slot tables). */
const SLOT_BASE: number[] = [];
const SLOT_EXTRA: number[] = [];
for (let slot = 0, base = 0; slot < 51; slot++) {
  const extra = slot < 4 ? 0 : Math.min(17, (slot >> 1) - 1);
  SLOT_BASE.push(base);
  SLOT_EXTRA.push(extra);
  base += 2 ** extra;
}

function numMainSymbols(windowOrder: number): number {
  // The largest offset cannot reach the very start of the window, which saves one slot (wimlib lzx_common.c).
  const maxFormattedOffset = 2 ** windowOrder - MIN_MATCH - 1 + 2;
  let slots = 30;
  while (maxFormattedOffset >= SLOT_BASE[slots]!) slots++;
  return NUM_CHARS + slots * LEN_HEADERS;
}

export class LzxDecoder implements ChunkDecoder {
  private readonly windowOrder: number;
  private readonly numMainSyms: number;
  private readonly br = new BitReader();
  private readonly mainLens = new Uint8Array(NUM_CHARS + 50 * LEN_HEADERS);
  private readonly lenLens = new Uint8Array(LEN_SYMBOLS);
  private readonly alignedLens = new Uint8Array(ALIGNED_SYMBOLS);
  private readonly preLens = new Uint8Array(PRE_SYMBOLS);
  private readonly mainTable = newDecodeTable(NUM_CHARS + 50 * LEN_HEADERS, MAX_MAIN_LEN);
  private readonly lenTable = newDecodeTable(LEN_SYMBOLS, MAX_LEN_LEN);
  private readonly alignedTable = newDecodeTable(ALIGNED_SYMBOLS, MAX_ALIGNED_LEN);
  private readonly preTable = newDecodeTable(PRE_SYMBOLS, MAX_PRE_LEN);

  constructor(chunkSize: number) {
    this.windowOrder = Math.max(15, Math.ceil(Math.log2(chunkSize)));
    this.numMainSyms = numMainSymbols(this.windowOrder);
  }

  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void {
    const br = this.br;
    br.reset(src, srcStart, srcEnd);
    this.mainLens.fill(0);
    this.lenLens.fill(0);
    const recent = [1, 1, 1];
    let out = dstStart;
    const outEnd = dstStart + dstLen;

    while (out < outEnd) {
      br.ensure(4);
      const type = br.pop(3);
      let size = DEFAULT_BLOCK_SIZE;
      if (!br.pop(1)) {
        size = (br.read(8) << 8) | br.read(8);
        if (this.windowOrder >= 16) size = (size << 8) | br.read(8);
      }
      if (size < 1 || size > outEnd - out) throw corrupt(`LZX block of ${size} bytes does not fit its chunk`);

      if (type === BLOCK.verbatim || type === BLOCK.aligned) {
        if (type === BLOCK.aligned) {
          for (let i = 0; i < ALIGNED_SYMBOLS; i++) this.alignedLens[i] = br.read(3);
          this.build(this.alignedLens, ALIGNED_SYMBOLS, this.alignedTable);
        }
        this.readLens(this.mainLens, 0, NUM_CHARS);
        this.readLens(this.mainLens, NUM_CHARS, this.numMainSyms);
        this.build(this.mainLens, this.numMainSyms, this.mainTable);
        this.readLens(this.lenLens, 0, LEN_SYMBOLS);
        this.build(this.lenLens, LEN_SYMBOLS, this.lenTable);
        this.decodeBlock(type === BLOCK.aligned, dst, dstStart, out, out + size, recent);
      } else if (type === BLOCK.uncompressed) {
        br.alignToUnit();
        recent[0] = br.u32();
        recent[1] = br.u32();
        recent[2] = br.u32();
        if (recent.includes(0)) throw corrupt('LZX uncompressed block has a zero recent offset');
        if (br.end - br.pos < size) throw corrupt('LZX uncompressed block runs past the end of its chunk');
        dst.set(src.subarray(br.pos, br.pos + size), out);
        br.pos += size;
        if (size & 1) br.skipByte();
      } else throw corrupt(`LZX block type ${type} does not exist`);
      out += size;
    }
    undoE8Translation(dst, dstStart, dstLen);
  }

  private build(lens: Uint8Array, numSyms: number, table: DecodeTable): void {
    if (!buildDecodeTable(lens, numSyms, table)) throw corrupt('LZX code is over-subscribed');
  }

  /** Reads codeword lengths for lens[from, to) as deltas from their previous values, through the pretree. */
  private readLens(lens: Uint8Array, from: number, to: number): void {
    const br = this.br;
    for (let i = 0; i < PRE_SYMBOLS; i++) this.preLens[i] = br.read(4);
    this.build(this.preLens, PRE_SYMBOLS, this.preTable);
    let i = from;
    while (i < to) {
      const presym = br.symbol(this.preTable);
      if (presym < 17) {
        lens[i] = (lens[i]! - presym + 17) % 17;
        i++;
        continue;
      }
      let run: number;
      let len = 0;
      if (presym === 17) run = 4 + br.read(4);
      else if (presym === 18) run = 20 + br.read(5);
      else {
        run = 4 + br.read(1);
        const delta = br.symbol(this.preTable);
        if (delta > 17) throw corrupt('LZX pretree run holds another run');
        len = (lens[i]! - delta + 17) % 17;
      }
      // A run past the end is invalid data; clamping keeps the other half of the lengths intact.
      const stop = Math.min(to, i + run);
      lens.fill(len, i, stop);
      i = stop;
    }
  }

  /**
   * The hot loop: the bit reader's state lives in locals for literals (refilled inline, 16 bits at a time, as
   * BitReader does), and is handed to the reader's methods for the rarer match fields.
   */
  private decodeBlock(
    aligned: boolean,
    dst: Uint8Array,
    dstStart: number,
    start: number,
    blockEnd: number,
    recent: number[],
  ): void {
    const br = this.br;
    const src = br.src;
    const srcEnd = br.end;
    let pos = br.pos;
    let bitbuf = br.bitbuf;
    let bitsleft = br.bitsleft;
    const main = this.mainTable;
    const mainEntries = main.entries;
    const mainRoot = main.rootBits;
    const mainSub = main.maxLen - main.rootBits;
    let out = start;
    let r0 = recent[0]!;
    let r1 = recent[1]!;
    let r2 = recent[2]!;
    while (out < blockEnd) {
      // One refill gives the 16 bits a main symbol may need.
      if (bitsleft < 16) {
        if (srcEnd - pos >= 2) {
          bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
          pos += 2;
          bitsleft += 16;
        } else bitsleft = 32;
      }
      let entry = mainEntries[bitbuf >>> (32 - mainRoot)]!;
      if ((entry & SUBTABLE) !== 0) entry = mainEntries[(entry >>> 8) + ((bitbuf << mainRoot) >>> (32 - mainSub))]!;
      const len = entry & 31;
      if (len === 0) throw corrupt('compressed data holds a bit pattern that is no codeword');
      bitbuf <<= len;
      bitsleft -= len;
      const sym = entry >>> 8;
      if (sym < NUM_CHARS) {
        dst[out++] = sym;
        continue;
      }
      const header = sym - NUM_CHARS;
      let length = header & (LEN_HEADERS - 1);
      const slot = header >>> 3;
      let offset: number;
      // Matches are rarer than literals: the bit reader's own methods (state handed over) read their fields.
      br.pos = pos;
      br.bitbuf = bitbuf;
      br.bitsleft = bitsleft;
      if (length === PRIMARY_LENS) length += br.symbol(this.lenTable);
      length += MIN_MATCH;
      if (slot === 0) offset = r0;
      else if (slot === 1) {
        offset = r1;
        r1 = r0;
        r0 = offset;
      } else if (slot === 2) {
        offset = r2;
        r2 = r0;
        r0 = offset;
      } else {
        const extra = SLOT_EXTRA[slot]!;
        offset = SLOT_BASE[slot]!;
        if (aligned && extra >= 3) {
          offset += br.read(extra - 3) << 3;
          offset += br.symbol(this.alignedTable);
        } else offset += br.read(extra);
        offset -= 2; // formatted offsets are real offsets + 2 (slots 0-2 are the recent offsets)
        r2 = r1;
        r1 = r0;
        r0 = offset;
      }
      pos = br.pos;
      bitbuf = br.bitbuf;
      bitsleft = br.bitsleft;
      if (length > blockEnd - out) throw corrupt('LZX match runs past the end of its block');
      if (offset < 1 || offset > out - dstStart) throw corrupt('LZX match reaches before the start of the chunk');
      copyMatch(dst, out, offset, length);
      out += length;
    }
    br.pos = pos;
    br.bitbuf = bitbuf;
    br.bitsleft = bitsleft;
    recent[0] = r0;
    recent[1] = r1;
    recent[2] = r2;
  }
}

/** Reverses the encoder's x86 CALL (0xE8) target translation, never within the last 10 bytes. */
function undoE8Translation(dst: Uint8Array, start: number, size: number): void {
  if (size <= 10) return;
  const limit = start + size - 10;
  let i = dst.indexOf(0xe8, start);
  while (i !== -1 && i < limit) {
    const pos = i - start;
    const abs = dst[i + 1]! | (dst[i + 2]! << 8) | (dst[i + 3]! << 16) | (dst[i + 4]! << 24);
    let rel: number | null = null;
    if (abs >= 0) {
      if (abs < E8_FILE_SIZE) rel = abs - pos;
    } else if (abs >= -pos) rel = abs + E8_FILE_SIZE;
    if (rel !== null) {
      dst[i + 1] = rel & 0xff;
      dst[i + 2] = (rel >>> 8) & 0xff;
      dst[i + 3] = (rel >>> 16) & 0xff;
      dst[i + 4] = (rel >>> 24) & 0xff;
    }
    i = dst.indexOf(0xe8, i + 5);
  }
}
