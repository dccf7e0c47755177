/**
 * One window of a compressed resource: consecutive chunks, their compressed bytes in `input`, and where each
 * chunk starts in it (`starts` has one extra entry marking the end). Every chunk decodes to `chunkSize` bytes
 * except possibly the last of the resource.
 */
export interface WindowJob {
  input: Uint8Array;
  starts: Int32Array;
  chunkSize: number;
  outLength: number;
}

/** Decodes compressed chunks, one at a time or a window at once, or throws a DecodeFault (damaged data). */
export interface ChunkDecoder {
  /** One chunk from `src[srcStart, srcEnd)` into `dst[dstStart, dstStart + dstLen)`; nothing else is written. */
  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void;
  /** A whole window, into a fresh buffer of its own. */
  decodeWindow(job: WindowJob): Uint8Array;
}
