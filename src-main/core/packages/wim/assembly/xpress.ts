import {
  NO_CODEWORD,
  ROOT,
  SUBTABLE,
  XPRESS_MATCH_BEFORE_START,
  XPRESS_MATCH_PAST_END,
  XPRESS_OVERSUBSCRIBED,
  XPRESS_SHORT,
  build,
  copyMatch,
} from './common';

/** XPRESS Huffman ([MS-XCA] "LZ77+Huffman"), as WIM chunks use it. */
const X_SYMBOLS: i32 = 512;
const X_MAX_LEN: i32 = 15;
const X_SUB: i32 = X_MAX_LEN - ROOT;
const X_LENS = memory.data(512);
const X_TABLE = memory.data(((1 << ROOT) + 512 * (1 << X_SUB)) * 4, 16);

/** Decodes one XPRESS chunk: 256 bytes of 4-bit lengths, then 16-bit units with interleaved length bytes. */
export function xpress(src: usize, srcLen: i32, dst: usize, dstLen: i32): i32 {
  if (srcLen < X_SYMBOLS / 2) return XPRESS_SHORT;
  for (let i: usize = 0; i < <usize>(X_SYMBOLS / 2); i++) {
    const b = load<u8>(src + i);
    store<u8>(X_LENS + 2 * i, b & 15);
    store<u8>(X_LENS + 2 * i + 1, b >> 4);
  }
  if (!build(X_LENS, X_SYMBOLS, X_TABLE, ROOT, X_MAX_LEN)) return XPRESS_OVERSUBSCRIBED;

  const srcEnd = src + <usize>srcLen;
  let pos = src + <usize>(X_SYMBOLS / 2);
  let bitbuf: u32 = 0; // next bit is bit 31
  let bitsleft: i32 = 0;
  let out = dst;
  const outEnd = dst + <usize>dstLen;
  while (out < outEnd) {
    if (bitsleft < X_MAX_LEN) {
      if (<isize>(srcEnd - pos) >= 2) {
        bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
        pos += 2;
        bitsleft += 16;
      } else bitsleft = 32;
    }
    let entry = load<u32>(X_TABLE + (<usize>(bitbuf >> (32 - ROOT)) << 2));
    if ((entry & SUBTABLE) != 0) {
      entry = load<u32>(X_TABLE + (<usize>((entry >> 8) + ((bitbuf << ROOT) >> (32 - X_SUB))) << 2));
    }
    const len = entry & 31;
    if (len == 0) return NO_CODEWORD;
    bitbuf <<= len;
    bitsleft -= <i32>len;
    const sym = entry >> 8;
    if (sym < 256) {
      store<u8>(out, <u8>sym);
      out++;
      continue;
    }

    let length = sym & 15;
    const log2Offset = (sym >> 4) & 15;
    if (bitsleft < 16) {
      if (<isize>(srcEnd - pos) >= 2) {
        bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
        pos += 2;
        bitsleft += 16;
      } else bitsleft = 32;
    }
    let offset: u32 = 1 << log2Offset;
    if (log2Offset != 0) {
      offset |= bitbuf >> (32 - log2Offset);
      bitbuf <<= log2Offset;
      bitsleft -= <i32>log2Offset;
    }
    if (length == 15) {
      if (pos < srcEnd) {
        length += <u32>load<u8>(pos);
        pos++;
      }
      if (length == 15 + 255) {
        if (<isize>(srcEnd - pos) >= 2) {
          length = <u32>load<u16>(pos);
          pos += 2;
        } else length = 0;
      }
    }
    length += 3;
    if (<usize>offset > out - dst) return XPRESS_MATCH_BEFORE_START;
    if (<usize>length > outEnd - out) return XPRESS_MATCH_PAST_END;
    copyMatch(out, offset, length);
    out += length;
  }
  return 0;
}
