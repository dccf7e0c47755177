/**
 * What both chunk decoders share: their fault codes (mirrored by DecodeFault in ../../wasm-decoders.ts), the
 * canonical Huffman decode tables and the LZ77 match copy.
 */
export const XPRESS_SHORT: i32 = -1;
export const XPRESS_OVERSUBSCRIBED: i32 = -2;
export const NO_CODEWORD: i32 = -3;
export const XPRESS_MATCH_BEFORE_START: i32 = -4;
export const XPRESS_MATCH_PAST_END: i32 = -5;
export const LZX_BLOCK_TOO_BIG: i32 = -10;
export const LZX_OVERSUBSCRIBED: i32 = -11;
export const LZX_RUN_IN_RUN: i32 = -13;
export const LZX_ZERO_RECENT: i32 = -14;
export const LZX_STORED_PAST_END: i32 = -15;
export const LZX_NO_SUCH_BLOCK: i32 = -16;
export const LZX_MATCH_PAST_BLOCK: i32 = -17;
export const LZX_MATCH_BEFORE_START: i32 = -18;

/** The number a fault's message names (a block size or type). */
let fault: i32 = 0;
export function faultValue(): i32 {
  return fault;
}

/** Returns `code` after noting the number its message names. */
export function faultWith(code: i32, value: i32): i32 {
  fault = value;
  return code;
}

// ---- Canonical Huffman decode tables: a root table of ROOT bits, subtables for longer codewords ----
/** Root table entries: symbol << 8 | length, or subtable start << 8 | SUBTABLE; 0 is no codeword. */
export const SUBTABLE: u32 = 0x80;
export const ROOT: i32 = 11;
const COUNT = memory.data(24 * 4, 4);
const NEXT_CODE = memory.data(24 * 4, 4);

/**
 * Fills the table at `entries` for the codeword lengths at `lens`; false when they over-subscribe the code.
 * Exported for the table's own tests (buildHuffmanTable in ../wasm-decoders.ts).
 */
export function build(lens: usize, numSyms: i32, entries: usize, rootBits: i32, maxLen: i32): bool {
  memory.fill(COUNT, 0, 24 * 4);
  for (let s = 0; s < numSyms; s++) {
    const len = <i32>load<u8>(lens + s);
    if (len > maxLen) return false;
    const at = COUNT + (<usize>len << 2);
    store<i32>(at, load<i32>(at) + 1);
  }
  store<i32>(COUNT, 0);
  let left = 1;
  for (let len = 1; len <= maxLen; len++) {
    left = (left << 1) - load<i32>(COUNT + (<usize>len << 2));
    if (left < 0) return false;
  }
  store<i32>(NEXT_CODE + 4, 0);
  for (let len = 2; len <= maxLen; len++) {
    const prev = <usize>(len - 1) << 2;
    store<i32>(NEXT_CODE + (<usize>len << 2), (load<i32>(NEXT_CODE + prev) + load<i32>(COUNT + prev)) << 1);
  }
  const subBits = maxLen - rootBits;
  let free = 1 << rootBits;
  memory.fill(entries, 0, <usize>free << 2);
  for (let s = 0; s < numSyms; s++) {
    const len = <i32>load<u8>(lens + s);
    if (len == 0) continue;
    const nextAt = NEXT_CODE + (<usize>len << 2);
    const code = load<i32>(nextAt);
    store<i32>(nextAt, code + 1);
    const value = (<u32>s << 8) | <u32>len;
    if (len <= rootBits) {
      const span = 1 << (rootBits - len);
      fillEntries(entries, code * span, span, value);
      continue;
    }
    // Canonical order puts codes sharing a root prefix side by side; the first one makes the subtable.
    const prefixAt = entries + (<usize>(code >>> (len - rootBits)) << 2);
    let root = load<u32>(prefixAt);
    if ((root & SUBTABLE) == 0) {
      root = (<u32>free << 8) | SUBTABLE;
      store<u32>(prefixAt, root);
      memory.fill(entries + (<usize>free << 2), 0, <usize>(1 << subBits) << 2);
      free += 1 << subBits;
    }
    const span = 1 << (maxLen - len);
    fillEntries(entries, <i32>(root >>> 8) + ((code << (maxLen - len)) & ((1 << subBits) - 1)), span, value);
  }
  return true;
}

// @ts-ignore: decorator
@inline
export function fillEntries(entries: usize, start: i32, span: i32, value: u32): void {
  let at = entries + (<usize>start << 2);
  const end = at + (<usize>span << 2);
  for (; at < end; at += 4) store<u32>(at, value);
}

/**
 * Copies an LZ77 match of `length` bytes from `offset` back, already checked to lie inside the chunk. Whole words
 * where the source stays behind the destination: the last word may write up to 7 bytes past the match, which the
 * next symbols overwrite or which land in the caller's slack after the chunk.
 */
// @ts-ignore: decorator
@inline
export function copyMatch(out: usize, offset: u32, length: u32): void {
  let from = out - offset;
  const stop = out + length;
  if (offset >= 8) {
    do {
      store<u64>(out, load<u64>(from));
      out += 8;
      from += 8;
    } while (out < stop);
  } else if (offset == 1) {
    memory.fill(out, load<u8>(from), length);
  } else if (offset >= 4) {
    do {
      store<u32>(out, load<u32>(from));
      out += 4;
      from += 4;
    } while (out < stop);
  } else {
    do {
      store<u8>(out, load<u8>(from));
      out++;
      from++;
    } while (out < stop);
  }
}
