import type { ChunkDecoder } from './lz.ts';

/**
 * One window of a compressed resource: consecutive chunks, their compressed bytes in `input`, and where each
 * chunk starts in it (`starts` has one extra entry marking the end). Every chunk decodes to `chunkSize` bytes
 * except possibly the last of the resource.
 */
export interface WindowJob {
  input: Uint8Array;
  starts: Float64Array;
  chunkSize: number;
  outLength: number;
}

export function decodeWindow(job: WindowJob, decoder: ChunkDecoder): Uint8Array {
  const { input, starts, chunkSize, outLength } = job;
  // Never from the shared small-buffer pool: the worker transfers this buffer's memory to the main thread.
  const output = Buffer.allocUnsafeSlow(outLength);
  for (let c = 0; c + 1 < starts.length; c++) {
    // Int32 from here on (windows are a few MiB): a Float64Array read is a double, and a double index made the
    // decoders' loops convert and check every position they touched.
    const inStart = starts[c]! | 0;
    const inEnd = starts[c + 1]! | 0;
    const outAt = (c * chunkSize) | 0;
    const original = Math.min(chunkSize, outLength - outAt);
    // A chunk that would not shrink is stored as is.
    if (inEnd - inStart === original) output.set(input.subarray(inStart, inEnd), outAt);
    else decoder.decode(input, inStart, inEnd, output, outAt, original);
  }
  return output;
}
