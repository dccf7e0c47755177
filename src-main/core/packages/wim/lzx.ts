import { BitReader } from './bitstream.ts';
import { corrupt } from './errors.ts';
import { ROOT_BITS, SUBTABLE, buildDecodeTable, newDecodeTable, type DecodeTable } from './huffman.ts';
import { copyMatch, type ChunkDecoder } from './lz.ts';

/**
 * LZX as used in WIM resources: every chunk is an independent window (no sliding across chunks), E8 call
 * translation is always on with the fixed "file size" 12000000, and blocks are verbatim, aligned-offset or
 * uncompressed. Codeword lengths are delta-coded against the previous block of the same chunk.
 */
const NUM_CHARS = 256;
const LEN_HEADERS = 8;
const PRIMARY_LENS = 7;
/** The subtable flag as this module's own constant: V8 folds it, where an imported binding is loaded per use. */
const POINTS_TO_SUBTABLE = SUBTABLE;
const ROOT = ROOT_BITS;
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
/** Subtable index bits of the main and length tables (their root is ROOT wide). */
const MAIN_SUB = MAX_MAIN_LEN - ROOT;
const LEN_SUB = MAX_LEN_LEN - ROOT;
/** Matches up to this long are copied inline; longer ones by copyMatch. */
const SHORT_MATCH = 32;
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
  private readonly recent = new Int32Array(3);
  /** The bit reader's position, buffer and bit count after a block. */
  private readonly handBack = new Int32Array(3);

  constructor(chunkSize: number) {
    this.windowOrder = Math.max(15, Math.ceil(Math.log2(chunkSize)));
    this.numMainSyms = numMainSymbols(this.windowOrder);
    // An empty block runs the code after the hot loop once, so V8 has seen it before it compiles the loop while
    // the first real block is still decoding (on-stack replacement). Without it, the compiled loop left through
    // code it had never seen and was thrown away at the end of the next blocks: 11 deoptimizations and
    // recompilations in the first 50 MB, costing most of a fresh decode worker's first windows.
    const none = new Uint8Array(0);
    this.decodeBlock(false, none, new DataView(none.buffer), 0, 0, 0, 0, this.recent);
  }

  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void {
    // Positions as int32: a caller's double (from a Float64Array) would make every index in the loop a double.
    srcStart |= 0;
    srcEnd |= 0;
    dstStart |= 0;
    dstLen |= 0;
    const br = this.br;
    br.reset(src, srcStart, srcEnd);
    this.mainLens.fill(0);
    this.lenLens.fill(0);
    // Int32: an offset from a damaged uncompressed block past 2^31 turns negative and fails the match checks.
    const recent = this.recent.fill(1);
    let out = dstStart;
    const outEnd = dstStart + dstLen;
    const words = new DataView(dst.buffer, dst.byteOffset, dst.byteLength);

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
        this.decodeBlock(type === BLOCK.aligned, dst, words, dstStart, outEnd, out, out + size, recent);
        br.pos = this.handBack[0]!;
        br.bitbuf = this.handBack[1]!;
        br.bitsleft = this.handBack[2]!;
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
   * The hot loop, on locals only: the bit reader's state is taken from `br` and handed back at the end of the
   * block, and every field (main symbol, length symbol, offset bits, aligned symbol) is read inline with the same
   * lazy 16-bit refill as BitReader.ensure, so the reader is left exactly where its own methods would leave it
   * (an uncompressed block that follows depends on that).
   */
  private decodeBlock(
    aligned: boolean,
    dst: Uint8Array,
    words: DataView,
    dstStart: number,
    chunkEnd: number,
    start: number,
    blockEnd: number,
    recent: Int32Array,
  ): void {
    const br = this.br;
    const src = br.src;
    const srcEnd = br.end;
    let pos = br.pos;
    let bitbuf = br.bitbuf;
    let bitsleft = br.bitsleft;
    const mainEntries = this.mainTable.entries;
    const lenEntries = this.lenTable.entries;
    const alignedEntries = this.alignedTable.entries;
    const alignedRoot = this.alignedTable.rootBits;
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
      let entry = mainEntries[bitbuf >>> (32 - ROOT)]!;
      if ((entry & POINTS_TO_SUBTABLE) !== 0)
        entry = mainEntries[(entry >>> 8) + ((bitbuf << ROOT) >>> (32 - MAIN_SUB))]!;
      let len = entry & 31;
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
      if (length === PRIMARY_LENS) {
        if (bitsleft < 16) {
          if (srcEnd - pos >= 2) {
            bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
            pos += 2;
            bitsleft += 16;
          } else bitsleft = 32;
        }
        entry = lenEntries[bitbuf >>> (32 - ROOT)]!;
        if ((entry & POINTS_TO_SUBTABLE) !== 0)
          entry = lenEntries[(entry >>> 8) + ((bitbuf << ROOT) >>> (32 - LEN_SUB))]!;
        len = entry & 31;
        if (len === 0) throw corrupt('compressed data holds a bit pattern that is no codeword');
        bitbuf <<= len;
        bitsleft -= len;
        length += entry >>> 8;
      }
      length += MIN_MATCH;

      let offset: number;
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
        let extra = SLOT_EXTRA[slot]!;
        offset = SLOT_BASE[slot]!;
        const alignedBits = aligned && extra >= 3;
        if (alignedBits) extra -= 3;
        if (extra > 0) {
          // Up to 17 bits: at most two units.
          if (bitsleft < extra) {
            if (srcEnd - pos >= 2) {
              bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
              pos += 2;
              bitsleft += 16;
              if (bitsleft < extra) {
                if (srcEnd - pos >= 2) {
                  bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
                  pos += 2;
                  bitsleft += 16;
                } else bitsleft = 32;
              }
            } else bitsleft = 32;
          }
          const bits = bitbuf >>> (32 - extra);
          bitbuf <<= extra;
          bitsleft -= extra;
          offset += alignedBits ? bits << 3 : bits;
        }
        if (alignedBits) {
          if (bitsleft < MAX_ALIGNED_LEN) {
            if (srcEnd - pos >= 2) {
              bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
              pos += 2;
              bitsleft += 16;
            } else bitsleft = 32;
          }
          entry = alignedEntries[bitbuf >>> (32 - alignedRoot)]!;
          len = entry & 31;
          if (len === 0) throw corrupt('compressed data holds a bit pattern that is no codeword');
          bitbuf <<= len;
          bitsleft -= len;
          offset += entry >>> 8;
        }
        offset -= 2; // formatted offsets are real offsets + 2 (slots 0-2 are the recent offsets)
        r2 = r1;
        r1 = r0;
        r0 = offset;
      }
      if (length > blockEnd - out) throw corrupt('LZX match runs past the end of its block');
      if (offset < 1 || offset > out - dstStart) throw corrupt('LZX match reaches before the start of the chunk');
      // Short matches 4 bytes at a time, past the match but never past the chunk (as in the XPRESS decoder).
      if (offset >= 4 && length <= SHORT_MATCH && chunkEnd - out >= length + 8) {
        let from = out - offset;
        const stop = out + length;
        words.setInt32(out, words.getInt32(from));
        words.setInt32(out + 4, words.getInt32(from + 4));
        for (out += 8, from += 8; out < stop; out += 4, from += 4) words.setInt32(out, words.getInt32(from));
        out = stop;
        continue;
      }
      if (length <= SHORT_MATCH) {
        // Overlapping (a run of 1 to 3 bytes repeated) or at the chunk's end: byte by byte, in order.
        let from = out - offset;
        dst[out++] = dst[from++]!;
        dst[out++] = dst[from++]!;
        for (let n = length - MIN_MATCH; n > 0; n--) dst[out++] = dst[from++]!;
        continue;
      }
      copyMatch(dst, out, offset, length);
      out += length;
    }
    // Handed back through a typed array, whose stores keep their feedback (see the constructor).
    const handBack = this.handBack;
    handBack[0] = pos;
    handBack[1] = bitbuf;
    handBack[2] = bitsleft;
    recent[0] = r0;
    recent[1] = r1;
    recent[2] = r2;
  }
}

/**
 * Reverses the encoder's x86 CALL (0xE8) target translation, never within the last 10 bytes. The search for 0xE8
 * stays inside the chunk: `dst` is the whole window, and a search to its end from every chunk scanned the rest of
 * the window again per chunk (16 MB per 1 MiB window of text, a tenth of LZX decoding time).
 */
function undoE8Translation(dst: Uint8Array, start: number, size: number): void {
  if (size <= 10) return;
  const candidates = dst.subarray(start, start + size - 10);
  let pos = candidates.indexOf(0xe8);
  while (pos !== -1) {
    const i = start + pos;
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
    pos = candidates.indexOf(0xe8, pos + 5);
  }
}
