import { DECODERS_WASM } from './decoders-binary.ts';
import type { ChunkDecoder, WindowJob } from './decode-window.ts';

/**
 * The XPRESS and LZX chunk decoders, run as WebAssembly (source: assembly/decoders.ts). Each decoder owns one
 * instance and its linear memory: the decoders' tables, then one window's output (plus OUT_SLACK) and its input.
 * Memory grows to the largest window seen and stays there, so a decoder holds its tables and one window in and out
 * whatever the member's size. The compiled module is shared by every instance of this thread (and V8 shares the
 * machine code with other threads that compile the same bytes).
 */
interface DecoderExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  faultValue(): number;
  xpress(src: number, srcLen: number, dst: number, dstLen: number): number;
  lzx(src: number, srcLen: number, dst: number, dstLen: number, windowOrder: number): number;
  build(lens: number, numSyms: number, entries: number, rootBits: number, maxLen: number): boolean;
}

/** The last word of a match copy may run up to 7 bytes past the chunk's end; rounded up. */
const OUT_SLACK = 16;
const PAGE_BYTES = 65536;

let compiled: WebAssembly.Module | null = null;

/** The decoders' compiled module (compiled on first use, a few milliseconds). */
export function decodersModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Buffer.from(DECODERS_WASM, 'base64'));
  return compiled;
}

/** Negative return codes of the WebAssembly decoders, and the technical detail each stands for. */
const FAULTS: Record<number, (value: number) => string> = {
  [-1]: () => 'XPRESS chunk is shorter than its code table',
  [-2]: () => 'XPRESS code is over-subscribed',
  [-3]: () => 'compressed data holds a bit pattern that is no codeword',
  [-4]: () => 'XPRESS match reaches before the start of the chunk',
  [-5]: () => 'XPRESS match runs past the end of the chunk',
  [-10]: (size) => `LZX block of ${size} bytes does not fit its chunk`,
  [-11]: () => 'LZX code is over-subscribed',
  [-13]: () => 'LZX pretree run holds another run',
  [-14]: () => 'LZX uncompressed block has a zero recent offset',
  [-15]: () => 'LZX uncompressed block runs past the end of its chunk',
  [-16]: (type) => `LZX block type ${type} does not exist`,
  [-17]: () => 'LZX match runs past the end of its block',
  [-18]: () => 'LZX match reaches before the start of the chunk',
};

/**
 * Damaged compressed data, as the decoders found it; the reader reports it as a `ppkg.corrupt` WimError. A plain
 * error here keeps the decode workers from loading the station's errors and language catalogs.
 */
export class DecodeFault extends Error {
  readonly detail: string;

  constructor(code: number, value: number) {
    const detail = FAULTS[code]?.(value) ?? `chunk decoder failed (${code})`;
    super(detail);
    this.name = 'DecodeFault';
    this.detail = detail;
  }
}

/** Where the input goes: after the output and its slack, 16-byte aligned. */
const inputAt = (outAt: number, outLength: number): number => outAt + ((outLength + OUT_SLACK + 15) & ~15);

abstract class WasmChunkDecoder implements ChunkDecoder {
  protected readonly wasm: DecoderExports;
  private readonly base: number;
  private heap: Uint8Array;

  constructor() {
    this.wasm = new WebAssembly.Instance(decodersModule(), {}).exports as unknown as DecoderExports;
    this.base = this.wasm.heapBase();
    this.heap = new Uint8Array(this.wasm.memory.buffer);
  }

  protected abstract run(src: number, srcLen: number, dst: number, dstLen: number): number;

  /** Bytes of linear memory this decoder holds: its tables, and the largest window (or chunk) in and out so far. */
  get memoryBytes(): number {
    return this.wasm.memory.buffer.byteLength;
  }

  /** Where its buffers start: below are the decoders' tables and constants. */
  get tableBytes(): number {
    return this.base;
  }

  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void {
    const srcLen = srcEnd - srcStart;
    const outAt = this.base;
    const inAt = inputAt(outAt, dstLen);
    const heap = this.room(inAt + srcLen);
    heap.set(src.subarray(srcStart, srcEnd), inAt);
    this.chunk(inAt, srcLen, outAt, dstLen);
    dst.set(heap.subarray(outAt, outAt + dstLen), dstStart);
  }

  /**
   * A window of chunks: its input copied in once, each chunk decoded (or, when stored as is, copied) in place, and
   * the output copied out once into a buffer of its own (never from Node's shared pool: a worker transfers it).
   * One call per chunk into WebAssembly, so a fresh worker's first chunks let V8 move the decoder to its
   * optimising tier early.
   */
  decodeWindow(job: WindowJob): Uint8Array {
    const { input, starts, chunkSize, outLength } = job;
    const outAt = this.base;
    const inAt = inputAt(outAt, outLength);
    const heap = this.room(inAt + input.length);
    heap.set(input, inAt);
    for (let c = 0; c + 1 < starts.length; c++) {
      const inStart = inAt + starts[c]!;
      const inEnd = inAt + starts[c + 1]!;
      const out = c * chunkSize;
      const original = Math.min(chunkSize, outLength - out);
      // A chunk that would not shrink is stored as is.
      if (inEnd - inStart === original) heap.copyWithin(outAt + out, inStart, inEnd);
      else this.chunk(inStart, inEnd - inStart, outAt + out, original);
    }
    const output = Buffer.allocUnsafeSlow(outLength);
    output.set(heap.subarray(outAt, outAt + outLength));
    return output;
  }

  private chunk(src: number, srcLen: number, dst: number, dstLen: number): void {
    const code = this.run(src, srcLen, dst, dstLen);
    if (code !== 0) throw new DecodeFault(code, this.wasm.faultValue());
  }

  /** The memory as bytes, grown first to hold `bytes` when it is smaller. */
  private room(bytes: number): Uint8Array {
    const memory = this.wasm.memory;
    if (memory.buffer.byteLength < bytes) {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES));
      this.heap = new Uint8Array(memory.buffer);
    }
    return this.heap;
  }
}

/** XPRESS Huffman ([MS-XCA] "LZ77+Huffman"), one WIM chunk at a time. */
export class XpressDecoder extends WasmChunkDecoder {
  protected run(src: number, srcLen: number, dst: number, dstLen: number): number {
    return this.wasm.xpress(src, srcLen, dst, dstLen);
  }
}

/**
 * LZX as used in WIM resources: every chunk an independent window of `chunkSize` bytes (rounded up to a power of
 * two, at least 32 KiB), E8 call translation always on with the fixed "file size" 12000000, and blocks verbatim,
 * aligned-offset or uncompressed, their codeword lengths delta-coded against the previous block of the chunk.
 */
export class LzxDecoder extends WasmChunkDecoder {
  private readonly windowOrder: number;

  constructor(chunkSize: number) {
    super();
    this.windowOrder = Math.max(15, Math.ceil(Math.log2(chunkSize)));
  }

  protected run(src: number, srcLen: number, dst: number, dstLen: number): number {
    return this.wasm.lzx(src, srcLen, dst, dstLen, this.windowOrder);
  }
}

/** Root table entries flag: the entry points to a subtable (start << 8 | SUBTABLE). */
export const SUBTABLE = 0x80;

/**
 * The decoders' two-level canonical Huffman table for codeword lengths `lens`, built by the WebAssembly code
 * itself, or null when the lengths over-subscribe the code; for the table's tests. Entries: symbol << 8 | length,
 * or, in the root table (the first 2^rootBits), subtable start << 8 | SUBTABLE; 0 is no codeword.
 */
export function buildHuffmanTable(lens: Uint8Array, rootBits: number, maxLen: number): Uint32Array | null {
  const wasm = new WebAssembly.Instance(decodersModule(), {}).exports as unknown as DecoderExports;
  const lensAt = wasm.heapBase();
  const entriesAt = lensAt + ((lens.length + 15) & ~15);
  const size = (1 << rootBits) + lens.length * (1 << Math.max(0, maxLen - rootBits));
  if (wasm.memory.buffer.byteLength < entriesAt + size * 4) wasm.memory.grow(Math.ceil((size * 4) / PAGE_BYTES) + 1);
  new Uint8Array(wasm.memory.buffer).set(lens, lensAt);
  if (!wasm.build(lensAt, lens.length, entriesAt, rootBits, maxLen)) return null;
  return new Uint32Array(wasm.memory.buffer, entriesAt, size).slice();
}
