interface InPiece {
  data: Uint8Array;
  offset: number;
  /** The last piece of a container: the device ends it with a short packet, or with a ZLP if it is aligned. */
  end: boolean;
  zlpAfter: boolean;
  /** A zero-length packet still queued after a transfer that filled exactly at a container's end. */
  zlp: boolean;
}

/**
 * What a device has queued on its bulk IN endpoint, and how USB cuts it into host transfers: a transfer ends when
 * the host's buffer is full or at a short packet; a container that fills its last packet exactly is ended by a
 * zero-length packet, which stays queued if the host's buffer filled up at that very byte.
 */
export class InQueue {
  private readonly maxPacketSize: number;
  private pieces: InPiece[] = [];
  private containerBytes = 0;
  bytes = 0;

  constructor(maxPacketSize: number) {
    this.maxPacketSize = maxPacketSize;
  }

  /**
   * `omitZlp`: the device sends no ZLP after this container even if it fills its last packet (a device that relies
   * on the length in the header); the host's transfer then runs on into whatever the device sends next.
   */
  push(data: Uint8Array, end: boolean, omitZlp = false): void {
    this.containerBytes += data.length;
    const aligned = end && this.containerBytes % this.maxPacketSize === 0;
    if (end) this.containerBytes = 0;
    const ends = end && !(aligned && omitZlp);
    this.pieces.push({ data, offset: 0, end: ends, zlpAfter: ends && aligned, zlp: false });
    this.bytes += data.length;
  }

  clear(): void {
    this.pieces = [];
    this.bytes = 0;
    this.containerBytes = 0;
  }

  /** Bytes a transfer of maxLength would complete with now, or -1 if it would still be waiting for packets. */
  completableSize(maxLength: number): number {
    let acc = 0;
    for (const p of this.pieces) {
      if (p.zlp) return acc;
      acc += p.data.length - p.offset;
      if (acc >= maxLength) return maxLength;
      if (p.end) return acc;
    }
    return -1;
  }

  /** Takes one transfer of `size` bytes (from completableSize), copied into a buffer the host owns. */
  take(maxLength: number, size: number): Uint8Array {
    const out = Buffer.allocUnsafe(size);
    let total = 0;
    while (this.pieces.length > 0) {
      const p = this.pieces[0]!;
      if (p.zlp) {
        if (total === 0) this.pieces.shift();
        break;
      }
      const n = Math.min(p.data.length - p.offset, size - total);
      if (n > 0) out.set(p.data.subarray(p.offset, p.offset + n), total);
      total += n;
      p.offset += n;
      if (p.offset < p.data.length) break;
      this.pieces.shift();
      if (p.end) {
        // The ZLP ending an aligned container belongs to this transfer unless the buffer filled up exactly.
        if (p.zlpAfter && total === maxLength)
          this.pieces.unshift({ data: p.data, offset: p.data.length, end: false, zlpAfter: false, zlp: true });
        break;
      }
    }
    this.bytes -= total;
    return out;
  }
}
