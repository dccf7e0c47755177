/**
 * Canonical Huffman decode tables shared by the XPRESS and LZX decoders, in two levels as zlib and wimlib build
 * them: a root table indexed by the next `rootBits` bits of input (most significant bit first), and for the few
 * codewords longer than that, subtables indexed by the bits that follow. A direct table for 15- and 16-bit codes
 * (32-64 K entries) cost more to fill than a 32 KiB chunk costs to decode, and did not stay in the L1 cache.
 *
 * Entries: symbol << 8 | codeword length, or, in the root table only, subtable start << 8 | SUBTABLE. Entry 0
 * (length 0) marks bit patterns that no codeword starts with; decoders treat hitting one as damaged data. Codes may
 * be incomplete (only some patterns used).
 */
export const SUBTABLE = 0x80;
/** Root bits for the main codes: 2,048 entries, 8 KiB, so the table lives in L1 while a chunk decodes. */
export const ROOT_BITS = 11;

const count = new Uint16Array(24);
const nextCode = new Uint32Array(24);

export interface DecodeTable {
  readonly rootBits: number;
  readonly maxLen: number;
  readonly entries: Uint32Array;
}

/** Room for the root table and the most subtables a code of `numSyms` symbols can need. */
export function newDecodeTable(numSyms: number, maxLen: number, rootBits = ROOT_BITS): DecodeTable {
  const root = Math.min(rootBits, maxLen);
  const subtables = maxLen > root ? Math.min(numSyms, 1 << root) : 0;
  return { rootBits: root, maxLen, entries: new Uint32Array((1 << root) + subtables * (1 << (maxLen - root))) };
}

/** Fills `table` for the codeword lengths `lens[0, numSyms)`; false when they over-subscribe the code space. */
export function buildDecodeTable(lens: Uint8Array, numSyms: number, table: DecodeTable): boolean {
  const { rootBits, maxLen, entries } = table;
  count.fill(0);
  for (let s = 0; s < numSyms; s++) {
    const len = lens[s]!;
    if (len > maxLen) return false;
    count[len]!++;
  }
  count[0] = 0;

  // Kraft inequality, checked as remaining code space per length.
  let left = 1;
  for (let len = 1; len <= maxLen; len++) {
    left = (left << 1) - count[len]!;
    if (left < 0) return false;
  }

  nextCode[1] = 0;
  for (let len = 2; len <= maxLen; len++) nextCode[len] = (nextCode[len - 1]! + count[len - 1]!) << 1;

  const subBits = maxLen - rootBits;
  let free = 1 << rootBits; // where the next subtable goes
  entries.fill(0, 0, free);
  for (let s = 0; s < numSyms; s++) {
    const len = lens[s]!;
    if (len === 0) continue;
    const code = nextCode[len]!++;
    if (len <= rootBits) {
      const span = 1 << (rootBits - len);
      const start = code * span;
      if (span === 1) entries[start] = (s << 8) | len;
      else entries.fill((s << 8) | len, start, start + span);
      continue;
    }
    // Canonical order puts every code sharing a root prefix next to each other; the first one makes the subtable.
    const prefix = code >>> (len - rootBits);
    let root = entries[prefix]!;
    if ((root & SUBTABLE) === 0) {
      root = (free << 8) | SUBTABLE;
      entries[prefix] = root;
      entries.fill(0, free, free + (1 << subBits));
      free += 1 << subBits;
    }
    const span = 1 << (maxLen - len);
    const start = (root >>> 8) + ((code << (maxLen - len)) & ((1 << subBits) - 1));
    entries.fill((s << 8) | len, start, start + span);
  }
  return true;
}

/**
 * The entry for the codeword at the top of `bitbuf` (next bit = bit 31; at least `maxLen` bits valid). Small
 * enough for V8 to inline into the decoders' loops.
 */
export function lookup(table: DecodeTable, bitbuf: number): number {
  const entries = table.entries;
  const entry = entries[bitbuf >>> (32 - table.rootBits)]!;
  if ((entry & SUBTABLE) === 0) return entry;
  return entries[(entry >>> 8) + ((bitbuf << table.rootBits) >>> (32 - (table.maxLen - table.rootBits)))]!;
}
