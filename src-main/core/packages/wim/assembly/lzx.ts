import {
  LZX_BLOCK_TOO_BIG,
  LZX_MATCH_BEFORE_START,
  LZX_MATCH_PAST_BLOCK,
  LZX_NO_SUCH_BLOCK,
  LZX_OVERSUBSCRIBED,
  LZX_RUN_IN_RUN,
  LZX_STORED_PAST_END,
  LZX_ZERO_RECENT,
  NO_CODEWORD,
  ROOT,
  SUBTABLE,
  build,
  copyMatch,
  faultWith,
} from './common';

/** LZX, WIM flavour: each chunk its own window, E8 translation always on with the file size 12000000. */
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
    if (size < 1 || <usize>size > outEnd - out) return faultWith(LZX_BLOCK_TOO_BIG, size);
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
    } else return faultWith(LZX_NO_SUCH_BLOCK, <i32>type);
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
