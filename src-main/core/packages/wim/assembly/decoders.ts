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


export { faultValue, build } from './common';
export { xpress } from './xpress';
export { lzx } from './lzx';

/** Where the caller may put its buffers: everything below belongs to the decoders' tables. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}
