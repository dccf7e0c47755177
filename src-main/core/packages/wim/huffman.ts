/**
 * Canonical Huffman decode tables shared by the XPRESS and LZX decoders.
 *
 * The table is indexed directly by the next `maxLen` bits of input (most significant bit first), so one lookup
 * decodes any symbol: entry = symbol << 5 | codeword length. Entry 0 (length 0) marks bit patterns that no codeword
 * starts with; decoders treat hitting one as damaged data. Codes may be incomplete (only some patterns used).
 */
const count = new Uint16Array(24);
const nextCode = new Uint32Array(24);

/** Returns false when the lengths over-subscribe the code space (no valid prefix code has them). */
export function buildDecodeTable(lens: Uint8Array, numSyms: number, maxLen: number, table: Uint16Array): boolean {
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

  // Canonical codewords occupy one contiguous run of the table from index 0, in (length, symbol) order.
  let filled = 0;
  for (let s = 0; s < numSyms; s++) {
    const len = lens[s]!;
    if (len === 0) continue;
    const code = nextCode[len]!++;
    const span = 1 << (maxLen - len);
    const start = code * span;
    const entry = (s << 5) | len;
    if (span === 1) table[start] = entry;
    else table.fill(entry, start, start + span);
    if (start + span > filled) filled = start + span;
  }
  table.fill(0, filled, 1 << maxLen);
  return true;
}
