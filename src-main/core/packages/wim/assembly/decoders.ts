/**
 * The WIM chunk decoders, XPRESS Huffman and LZX, in AssemblyScript compiled to WebAssembly (see README.md in this
 * folder for why, and `npm run build:wasm` to rebuild). Written against raw linear memory: the caller copies a
 * chunk's compressed bytes in, calls `xpress` or `lzx`, and copies the decoded bytes out. Return values: 0 when
 * the chunk decoded, a negative code (DecodeFault in ../wasm-decoders.ts) when the data is damaged; `faultValue`
 * then holds the number the message names. Decoding never reads outside the input nor writes outside the output
 * plus OUT_SLACK bytes after it (the caller reserves them).
 *
 * Bit reading follows the format's lazy 16-bit refill exactly (as wimlib's decompressors do): XPRESS interleaves
 * whole bytes with the bit stream and LZX aligns uncompressed blocks to where the refills left the reader, so the
 * moment of each refill is part of the format. Past the end of input, bits read as zero; the SHA-1 catches it.
 */

// ---- Faults (mirrored by DecodeFault in ../wasm-decoders.ts) ----
const XPRESS_SHORT: i32 = -1;
const XPRESS_OVERSUBSCRIBED: i32 = -2;
const NO_CODEWORD: i32 = -3;
const XPRESS_MATCH_BEFORE_START: i32 = -4;
const XPRESS_MATCH_PAST_END: i32 = -5;
const LZX_BLOCK_TOO_BIG: i32 = -10;
const LZX_OVERSUBSCRIBED: i32 = -11;
const LZX_RUN_IN_RUN: i32 = -13;
const LZX_ZERO_RECENT: i32 = -14;
const LZX_STORED_PAST_END: i32 = -15;
const LZX_NO_SUCH_BLOCK: i32 = -16;
const LZX_MATCH_PAST_BLOCK: i32 = -17;
const LZX_MATCH_BEFORE_START: i32 = -18;

/** The number a fault's message names (a block size or type). */
let fault: i32 = 0;
export function faultValue(): i32 {
  return fault;
}

/** Where the caller may put its buffers: everything below belongs to this module's tables. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

// ---- Canonical Huffman decode tables (two levels, as in ../huffman.ts' description) ----
/** Root table entries: symbol << 8 | length, or subtable start << 8 | SUBTABLE; 0 is no codeword. */
const SUBTABLE: u32 = 0x80;
const ROOT: i32 = 11;
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
function fillEntries(entries: usize, start: i32, span: i32, value: u32): void {
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
function copyMatch(out: usize, offset: u32, length: u32): void {
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

// ---- XPRESS Huffman ([MS-XCA] LZ77+Huffman) ----
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

// ---- LZX (WIM flavour: each chunk its own window, E8 translation always on, file size 12000000) ----
const NUM_CHARS: i32 = 256;
const LEN_HEADERS: i32 = 8;
const PRIMARY_LENS: u32 = 7;
const LEN_SYMBOLS: i32 = 249;
const PRE_SYMBOLS: i32 = 20;
const ALIGNED_SYMBOLS: i32 = 8;
const MAX_MAIN_LEN: i32 = 16;
const MAX_PRE_LEN: i32 = 15;
const MAX_ALIGNED_LEN: i32 = 7;
const MAIN_SUB: i32 = MAX_MAIN_LEN - ROOT;
const MAIN_SYMBOLS_MAX: i32 = NUM_CHARS + 50 * LEN_HEADERS;
const E8_FILE_SIZE: i32 = 12000000;

const SLOT_BASE = memory.data(51 * 4, 4);
const SLOT_EXTRA = memory.data(51 * 4, 4);
for (let slot = 0, base = 0; slot < 51; slot++) {
  const extra = slot < 4 ? 0 : min(17, (slot >> 1) - 1);
  store<i32>(SLOT_BASE + (<usize>slot << 2), base);
  store<i32>(SLOT_EXTRA + (<usize>slot << 2), extra);
  base += 1 << extra;
}

const MAIN_LENS = memory.data(MAIN_SYMBOLS_MAX);
const LEN_LENS = memory.data(LEN_SYMBOLS);
const ALIGNED_LENS = memory.data(ALIGNED_SYMBOLS);
const PRE_LENS = memory.data(PRE_SYMBOLS);
const MAIN_TABLE = memory.data(((1 << ROOT) + MAIN_SYMBOLS_MAX * (1 << MAIN_SUB)) * 4, 16);
const LEN_TABLE = memory.data(((1 << ROOT) + LEN_SYMBOLS * (1 << MAIN_SUB)) * 4, 16);
const ALIGNED_TABLE = memory.data((1 << MAX_ALIGNED_LEN) * 4, 16);
const PRE_TABLE = memory.data(((1 << ROOT) + PRE_SYMBOLS * (1 << (MAX_PRE_LEN - ROOT))) * 4, 16);

// The bit reader between blocks (the hot loop keeps its own copy in locals).
let inStart: usize = 0;
let inEnd: usize = 0;
let inPos: usize = 0;
let bits: u32 = 0;
let bitsLeft: i32 = 0;
let r0: i32 = 1;
let r1: i32 = 1;
let r2: i32 = 1;

/** Makes at least `n` (<= 17) bits available: one 16-bit unit at a time, zeros past the end. */
function ensure(n: i32): void {
  while (bitsLeft < n) {
    if (<isize>(inEnd - inPos) < 2) {
      bitsLeft = 32;
      return;
    }
    bits |= <u32>load<u16>(inPos) << <u32>(16 - bitsLeft);
    inPos += 2;
    bitsLeft += 16;
  }
}

function pop(n: i32): u32 {
  if (n == 0) return 0;
  const v = bits >> <u32>(32 - n);
  bits <<= <u32>n;
  bitsLeft -= n;
  return v;
}

function read(n: i32): u32 {
  ensure(n);
  return pop(n);
}

/** One symbol through `table` (root ROOT bits); a negative fault when the bits are no codeword. */
function symbol(table: usize, maxLen: i32): i32 {
  ensure(maxLen);
  let entry = load<u32>(table + (<usize>(bits >> (32 - ROOT)) << 2));
  if ((entry & SUBTABLE) != 0) {
    entry = load<u32>(table + (<usize>((entry >> 8) + ((bits << ROOT) >> <u32>(32 - (maxLen - ROOT)))) << 2));
  }
  const len = entry & 31;
  if (len == 0) return NO_CODEWORD;
  bits <<= len;
  bitsLeft -= <i32>len;
  return <i32>(entry >> 8);
}

/** Codeword lengths lens[from, to) as deltas from their previous values, through the pretree. */
function readLens(lens: usize, from: i32, to: i32): i32 {
  for (let i = 0; i < PRE_SYMBOLS; i++) store<u8>(PRE_LENS + i, <u8>read(4));
  if (!build(PRE_LENS, PRE_SYMBOLS, PRE_TABLE, ROOT, MAX_PRE_LEN)) return LZX_OVERSUBSCRIBED;
  let i = from;
  while (i < to) {
    const presym = symbol(PRE_TABLE, MAX_PRE_LEN);
    if (presym < 0) return presym;
    if (presym < 17) {
      store<u8>(lens + i, <u8>((<i32>load<u8>(lens + i) - presym + 17) % 17));
      i++;
      continue;
    }
    let run: i32;
    let len = 0;
    if (presym == 17) run = 4 + <i32>read(4);
    else if (presym == 18) run = 20 + <i32>read(5);
    else {
      run = 4 + <i32>read(1);
      const delta = symbol(PRE_TABLE, MAX_PRE_LEN);
      if (delta < 0) return delta;
      if (delta > 17) return LZX_RUN_IN_RUN;
      len = (<i32>load<u8>(lens + i) - delta + 17) % 17;
    }
    // A run past the end is invalid data; clamping keeps the other half of the lengths intact.
    const stop = min(to, i + run);
    memory.fill(lens + i, <u8>len, stop - i);
    i = stop;
  }
  return 0;
}

function numMainSymbols(windowOrder: i32): i32 {
  // The largest offset cannot reach the very start of the window, which saves one slot (as wimlib counts).
  const maxFormattedOffset = (1 << windowOrder) - 3 + 2;
  let slots = 30;
  while (slots < 50 && maxFormattedOffset >= load<i32>(SLOT_BASE + (<usize>slots << 2))) slots++;
  return NUM_CHARS + slots * LEN_HEADERS;
}

/** Decodes one LZX chunk of a window of 2^windowOrder bytes. */
export function lzx(src: usize, srcLen: i32, dst: usize, dstLen: i32, windowOrder: i32): i32 {
  inStart = src;
  inPos = src;
  inEnd = src + <usize>srcLen;
  bits = 0;
  bitsLeft = 0;
  r0 = 1;
  r1 = 1;
  r2 = 1;
  const numMain = numMainSymbols(windowOrder);
  memory.fill(MAIN_LENS, 0, MAIN_SYMBOLS_MAX);
  memory.fill(LEN_LENS, 0, LEN_SYMBOLS);
  let out = dst;
  const outEnd = dst + <usize>dstLen;
  while (out < outEnd) {
    ensure(4);
    const type = pop(3);
    let size: i32 = 32768;
    if (pop(1) == 0) {
      size = <i32>((read(8) << 8) | read(8));
      if (windowOrder >= 16) size = (size << 8) | <i32>read(8);
    }
    if (size < 1 || <usize>size > outEnd - out) {
      fault = size;
      return LZX_BLOCK_TOO_BIG;
    }
    if (type == 1 || type == 2) {
      const aligned = type == 2;
      if (aligned) {
        for (let i = 0; i < ALIGNED_SYMBOLS; i++) store<u8>(ALIGNED_LENS + i, <u8>read(3));
        if (!build(ALIGNED_LENS, ALIGNED_SYMBOLS, ALIGNED_TABLE, MAX_ALIGNED_LEN, MAX_ALIGNED_LEN))
          return LZX_OVERSUBSCRIBED;
      }
      let rc = readLens(MAIN_LENS, 0, NUM_CHARS);
      if (rc == 0) rc = readLens(MAIN_LENS, NUM_CHARS, numMain);
      if (rc < 0) return rc;
      if (!build(MAIN_LENS, numMain, MAIN_TABLE, ROOT, MAX_MAIN_LEN)) return LZX_OVERSUBSCRIBED;
      rc = readLens(LEN_LENS, 0, LEN_SYMBOLS);
      if (rc < 0) return rc;
      if (!build(LEN_LENS, LEN_SYMBOLS, LEN_TABLE, ROOT, MAX_MAIN_LEN)) return LZX_OVERSUBSCRIBED;
      rc = block(aligned, dst, out, out + <usize>size);
      if (rc < 0) return rc;
    } else if (type == 3) {
      // Uncompressed: align to the next unit (giving back a whole buffered unit), three recent offsets, raw bytes.
      ensure(1);
      if (bitsLeft > 16 && bitsLeft < 32 && inPos - 2 >= inStart) inPos -= 2;
      bits = 0;
      bitsLeft = 0;
      r0 = storedU32();
      r1 = storedU32();
      r2 = storedU32();
      if (r0 == 0 || r1 == 0 || r2 == 0) return LZX_ZERO_RECENT;
      if (<isize>(inEnd - inPos) < <isize>size) return LZX_STORED_PAST_END;
      memory.copy(out, inPos, size);
      inPos += size;
      if ((size & 1) != 0 && inPos < inEnd) inPos++;
    } else {
      fault = <i32>type;
      return LZX_NO_SUCH_BLOCK;
    }
    out += size;
  }
  undoE8(dst, dstLen);
  return 0;
}

function storedU32(): i32 {
  if (<isize>(inEnd - inPos) < 4) return 0;
  const v = load<i32>(inPos);
  inPos += 4;
  return v;
}

/**
 * A verbatim or aligned-offset block, the hot loop: the bit reader in locals, handed back at the end so an
 * uncompressed block that follows finds it exactly where the format says.
 */
function block(aligned: bool, chunk: usize, start: usize, blockEnd: usize): i32 {
  const srcEnd = inEnd;
  let pos = inPos;
  let bitbuf = bits;
  let bitsleft = bitsLeft;
  let a = r0;
  let b = r1;
  let c = r2;
  let out = start;
  while (out < blockEnd) {
    if (bitsleft < 16) {
      if (<isize>(srcEnd - pos) >= 2) {
        bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
        pos += 2;
        bitsleft += 16;
      } else bitsleft = 32;
    }
    let entry = load<u32>(MAIN_TABLE + (<usize>(bitbuf >> (32 - ROOT)) << 2));
    if ((entry & SUBTABLE) != 0) {
      entry = load<u32>(MAIN_TABLE + (<usize>((entry >> 8) + ((bitbuf << ROOT) >> (32 - MAIN_SUB))) << 2));
    }
    let len = entry & 31;
    if (len == 0) return NO_CODEWORD;
    bitbuf <<= len;
    bitsleft -= <i32>len;
    const sym = entry >> 8;
    if (sym < <u32>NUM_CHARS) {
      store<u8>(out, <u8>sym);
      out++;
      continue;
    }

    const header = sym - <u32>NUM_CHARS;
    let length = header & 7;
    const slot = header >> 3;
    if (length == PRIMARY_LENS) {
      if (bitsleft < 16) {
        if (<isize>(srcEnd - pos) >= 2) {
          bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
          pos += 2;
          bitsleft += 16;
        } else bitsleft = 32;
      }
      entry = load<u32>(LEN_TABLE + (<usize>(bitbuf >> (32 - ROOT)) << 2));
      if ((entry & SUBTABLE) != 0) {
        entry = load<u32>(LEN_TABLE + (<usize>((entry >> 8) + ((bitbuf << ROOT) >> (32 - MAIN_SUB))) << 2));
      }
      len = entry & 31;
      if (len == 0) return NO_CODEWORD;
      bitbuf <<= len;
      bitsleft -= <i32>len;
      length += entry >> 8;
    }
    length += 2;

    let offset: i32;
    if (slot == 0) offset = a;
    else if (slot == 1) {
      offset = b;
      b = a;
      a = offset;
    } else if (slot == 2) {
      offset = c;
      c = a;
      a = offset;
    } else {
      let extra = load<i32>(SLOT_EXTRA + (<usize>slot << 2));
      offset = load<i32>(SLOT_BASE + (<usize>slot << 2));
      const alignedBits = aligned && extra >= 3;
      if (alignedBits) extra -= 3;
      if (extra > 0) {
        // Up to 17 bits: at most two units.
        if (bitsleft < extra) {
          if (<isize>(srcEnd - pos) >= 2) {
            bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
            pos += 2;
            bitsleft += 16;
            if (bitsleft < extra) {
              if (<isize>(srcEnd - pos) >= 2) {
                bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
                pos += 2;
                bitsleft += 16;
              } else bitsleft = 32;
            }
          } else bitsleft = 32;
        }
        const value = <i32>(bitbuf >> <u32>(32 - extra));
        bitbuf <<= <u32>extra;
        bitsleft -= extra;
        offset += alignedBits ? value << 3 : value;
      }
      if (alignedBits) {
        if (bitsleft < MAX_ALIGNED_LEN) {
          if (<isize>(srcEnd - pos) >= 2) {
            bitbuf |= <u32>load<u16>(pos) << <u32>(16 - bitsleft);
            pos += 2;
            bitsleft += 16;
          } else bitsleft = 32;
        }
        entry = load<u32>(ALIGNED_TABLE + (<usize>(bitbuf >> (32 - MAX_ALIGNED_LEN)) << 2));
        len = entry & 31;
        if (len == 0) return NO_CODEWORD;
        bitbuf <<= len;
        bitsleft -= <i32>len;
        offset += <i32>(entry >> 8);
      }
      offset -= 2; // formatted offsets are real offsets + 2 (slots 0-2 are the recent offsets)
      c = b;
      b = a;
      a = offset;
    }
    if (<usize>length > blockEnd - out) return LZX_MATCH_PAST_BLOCK;
    if (offset < 1 || <usize>offset > out - chunk) return LZX_MATCH_BEFORE_START;
    copyMatch(out, <u32>offset, length);
    out += length;
  }
  inPos = pos;
  bits = bitbuf;
  bitsLeft = bitsleft;
  r0 = a;
  r1 = b;
  r2 = c;
  return 0;
}

/**
 * Reverses the encoder's x86 CALL (0xE8) translation, never within the last 10 bytes of the chunk. Text and most
 * data hold few 0xE8 bytes, so the scan tests eight bytes at a time for one.
 */
function undoE8(chunk: usize, size: i32): void {
  if (size <= 10) return;
  const last = <usize>(size - 10);
  let p: usize = 0;
  while (p < last) {
    if (p + 8 <= last) {
      const x = load<u64>(chunk + p) ^ 0xe8e8e8e8e8e8e8e8;
      if (((x - 0x0101010101010101) & ~x & 0x8080808080808080) == 0) {
        p += 8;
        continue;
      }
    }
    if (load<u8>(chunk + p) != 0xe8) {
      p++;
      continue;
    }
    const at = chunk + p;
    const abs = load<i32>(at + 1);
    const rel = <i32>p;
    if (abs >= 0) {
      if (abs < E8_FILE_SIZE) store<i32>(at + 1, abs - rel);
    } else if (abs >= -rel) store<i32>(at + 1, abs + E8_FILE_SIZE);
    p += 5;
  }
}
