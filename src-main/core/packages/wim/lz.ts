/** Decodes one compressed chunk of a resource into `dst[dstStart, dstStart + dstLen)`, or throws a WimError. */
export interface ChunkDecoder {
  decode(src: Uint8Array, srcStart: number, srcEnd: number, dst: Uint8Array, dstStart: number, dstLen: number): void;
}

/**
 * Copies an already validated LZ77 match. Short matches byte by byte (cheapest for the common case); long ones
 * with copyWithin, doubling the copied span when source and destination overlap (runs of a repeated pattern).
 */
export function copyMatch(dst: Uint8Array, out: number, offset: number, length: number): void {
  const from = out - offset;
  if (length <= 32) {
    for (let i = 0; i < length; i++) dst[out + i] = dst[from + i]!;
    return;
  }
  if (offset >= length) {
    dst.copyWithin(out, from, from + length);
    return;
  }
  // The bytes from `from` repeat with period `offset`; copy from the start of the period, whole periods at a time.
  let copied = 0;
  while (copied < length) {
    const n = Math.min(offset + copied - (copied % offset), length - copied);
    dst.copyWithin(out + copied, from, from + n);
    copied += n;
  }
}
