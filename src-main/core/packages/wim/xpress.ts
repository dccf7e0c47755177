import { corrupt } from './errors.ts';
import { ROOT_BITS, SUBTABLE, buildDecodeTable, newDecodeTable } from './huffman.ts';
import { copyMatch, type ChunkDecoder } from './lz.ts';

const NUM_SYMBOLS = 512;
const MAX_CODEWORD_LEN = 15;
/** The subtable flag as this module's own constant: V8 folds it, where an imported binding is loaded per use. */
const POINTS_TO_SUBTABLE = SUBTABLE;
const MIN_MATCH = 3;
/** Matches up to this long are copied inline; longer ones by copyMatch (copyWithin). */
const SHORT_MATCH = 32;
const ROOT = ROOT_BITS;
const SUB = MAX_CODEWORD_LEN - ROOT_BITS;

/**
 * XPRESS Huffman ([MS-XCA] "LZ77+Huffman"), one WIM chunk at a time: 256 bytes of 4-bit codeword lengths, then
 * 16-bit little-endian units read most significant bit first, with match-length bytes interleaved in the byte
 * stream. The bit buffer is refilled lazily exactly as wimlib's decompressor does, which fixes where those
 * interleaved bytes sit. Past the end of input, bits read as zero; the chunk's SHA-1 catches bad data.
 *
 * Hot loop on purpose: locals only, one root-table lookup for almost every symbol, no allocation.
 */
export class XpressDecoder implements ChunkDecoder {
  private readonly lens = new Uint8Array(NUM_SYMBOLS);
  private readonly table = newDecodeTable(NUM_SYMBOLS, MAX_CODEWORD_LEN);

  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void {
    // Positions as int32: a caller's double (from a Float64Array) would make every index in the loop a double.
    srcStart |= 0;
    srcEnd |= 0;
    dstStart |= 0;
    dstLen |= 0;
    if (srcEnd - srcStart < NUM_SYMBOLS / 2) throw corrupt('XPRESS chunk is shorter than its code table');
    const lens = this.lens;
    for (let i = 0; i < NUM_SYMBOLS / 2; i++) {
      const b = src[srcStart + i]!;
      lens[2 * i] = b & 15;
      lens[2 * i + 1] = b >>> 4;
    }
    const table = this.table;
    if (!buildDecodeTable(lens, NUM_SYMBOLS, table)) throw corrupt('XPRESS code is over-subscribed');

    const entries = table.entries;
    const words = new DataView(dst.buffer, dst.byteOffset, dst.byteLength);
    let pos = srcStart + NUM_SYMBOLS / 2;
    let bitbuf = 0; // next bit is bit 31; kept as int32, read with >>>
    let bitsleft = 0;
    let out = dstStart;
    const outEnd = dstStart + dstLen;

    while (out < outEnd) {
      if (bitsleft < MAX_CODEWORD_LEN) {
        if (srcEnd - pos >= 2) {
          bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
          pos += 2;
          bitsleft += 16;
        } else bitsleft = 32;
      }
      let entry = entries[bitbuf >>> (32 - ROOT)]!;
      if ((entry & POINTS_TO_SUBTABLE) !== 0) entry = entries[(entry >>> 8) + ((bitbuf << ROOT) >>> (32 - SUB))]!;
      const len = entry & 31;
      if (len === 0) throw corrupt('XPRESS data holds a bit pattern that is no codeword');
      bitbuf <<= len;
      bitsleft -= len;
      const sym = entry >>> 8;
      if (sym < 256) {
        dst[out++] = sym;
        continue;
      }

      let length = sym & 15;
      const log2Offset = (sym >>> 4) & 15;
      if (bitsleft < 16) {
        if (srcEnd - pos >= 2) {
          bitbuf |= (src[pos]! | (src[pos + 1]! << 8)) << (16 - bitsleft);
          pos += 2;
          bitsleft += 16;
        } else bitsleft = 32;
      }
      let offset = 1 << log2Offset;
      if (log2Offset !== 0) {
        offset |= bitbuf >>> (32 - log2Offset);
        bitbuf <<= log2Offset;
        bitsleft -= log2Offset;
      }
      if (length === 15) {
        length += pos < srcEnd ? src[pos++]! : 0;
        if (length === 15 + 255) {
          if (srcEnd - pos >= 2) {
            length = src[pos]! | (src[pos + 1]! << 8);
            pos += 2;
          } else length = 0;
        }
      }
      length += MIN_MATCH;
      if (offset > out - dstStart) throw corrupt('XPRESS match reaches before the start of the chunk');
      if (length > outEnd - out) throw corrupt('XPRESS match runs past the end of the chunk');
      // Most matches are 3 to 11 bytes: copied here 4 bytes at a time, two steps whatever the length up to 8, so the
      // copy loop's length does not need predicting. A step may write past the match (never past the chunk); the
      // next symbols overwrite it. Each step reads 4 bytes at least 4 back, all of them final by then.
      if (offset >= 4 && length <= SHORT_MATCH && outEnd - out >= length + 8) {
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
        dst[out++] = dst[from++]!;
        for (let n = length - MIN_MATCH; n > 0; n--) dst[out++] = dst[from++]!;
        continue;
      }
      copyMatch(dst, out, offset, length);
      out += length;
    }
  }
}
