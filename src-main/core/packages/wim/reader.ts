import { DecodePool, decodeThreadsFor } from './decode-pool.ts';
import { WimError, corrupt } from './errors.ts';
import {
  RESOURCE_FLAG,
  WIM_HEADER_SIZE,
  checkInFile,
  checkSupported,
  hasWimMagic,
  parseWimHeader,
  type WimHeader,
} from './header.ts';
import { parseBlobTable, type BlobEntry, type BlobTable } from './lookup-table.ts';
import type { ChunkDecoder } from './decode-window.ts';
import { parseMetadata, type ImageMetadata, type MetadataLimits } from './metadata.ts';
import { POOL_MIN_BYTES, readResource, readResourceFully, type ChunkCodec } from './resource-reader.ts';
import { openFileSource, readExactly, type ByteSource } from './source.ts';
import { readWimXml, type WimXmlInfo } from './wim-xml.ts';
import { LzxDecoder, XpressDecoder } from './wasm-decoders.ts';

/** Caps on what a file may make us hold in memory or walk; a hostile archive hits these, not the heap. */
export interface WimLimits extends MetadataLimits {
  maxMetadataBytes: number;
  maxBlobTableBytes: number;
  maxXmlBytes: number;
  maxChunkTableBytes: number;
}

export const DEFAULT_WIM_LIMITS: WimLimits = {
  maxMetadataBytes: 64 << 20,
  maxBlobTableBytes: 64 << 20,
  maxXmlBytes: 16 << 20,
  maxChunkTableBytes: 4 << 20,
  maxEntries: 1_000_000,
  maxDepth: 1024,
  maxPathChars: 32_767,
  maxTotalPathChars: 64 << 20,
};

export interface WimOpenOptions {
  limits?: Partial<WimLimits>;
  /**
   * Worker threads that decode big resources (4 MiB and up) while this thread reads, hashes and writes. Defaults
   * to the machine's parallelism, at most 4, fewer where memory or the address-space limit is short (see
   * decodeThreadsFor); 0 (or HOLOBENCH_DECODE_THREADS=0) keeps decoding on this thread. Workers start on
   * first need and are shared between archives; when they cannot start (e.g. a bundle without the worker file)
   * decoding silently stays on this thread.
   */
  decodeThreads?: number;
}

function decoderFor(header: WimHeader): ChunkDecoder | null {
  if (header.compression === 'xpress') return new XpressDecoder();
  if (header.compression === 'lzx') return new LzxDecoder(header.chunkSize);
  return null;
}

/** A WIM archive (a .ppkg) opened for reading. Nothing is read beyond header and lookup table until asked. */
export class WimArchive {
  readonly source: ByteSource;
  readonly header: WimHeader;
  readonly blobTable: BlobTable;
  readonly limits: WimLimits;
  private readonly codec: ChunkCodec | null;

  private constructor(source: ByteSource, header: WimHeader, blobTable: BlobTable, limits: WimLimits, threads: number) {
    this.source = source;
    this.header = header;
    this.blobTable = blobTable;
    this.limits = limits;
    const decoder = decoderFor(header);
    const compression = header.compression === 'lzx' ? 'lzx' : 'xpress';
    this.codec = decoder
      ? { compression, chunkSize: header.chunkSize, decoder, pool: () => DecodePool.acquire(threads) }
      : null;
  }

  /** Reads and checks the header and lookup table. The source stays open; close() the archive when done. */
  static async open(source: ByteSource, options: WimOpenOptions = {}): Promise<WimArchive> {
    const lim = { ...DEFAULT_WIM_LIMITS, ...options.limits };
    const threads = decodeThreadsFor(options.decodeThreads);
    const head = await readExactly(source, 0, Math.min(WIM_HEADER_SIZE, source.size), 'WIM header');
    if (!hasWimMagic(head)) throw new WimError('ppkg.not-wim', 'the file does not start with "MSWIM"');
    const header = parseWimHeader(head, source.size);
    checkSupported(header);
    checkInFile(header.blobTable, source.size, 'lookup table');
    const bare = new WimArchive(source, header, { blobs: new Map(), metadata: [] }, lim, 0);
    const tableBytes = await bare.readFully(header.blobTable, 'lookup table', lim.maxBlobTableBytes, null);
    const archive = new WimArchive(source, header, parseBlobTable(tableBytes, source.size), lim, threads);
    archive.startWorkersIfNeeded();
    return archive;
  }

  static async openFile(path: string, options: WimOpenOptions = {}): Promise<WimArchive> {
    const source = await openFileSource(path);
    try {
      return await WimArchive.open(source, options);
    } catch (error) {
      await source.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.source.close();
  }

  get imageCount(): number {
    return this.blobTable.metadata.length;
  }

  /** The archive's own XML description (image names, and whether it declares itself encrypted). */
  async readXmlInfo(): Promise<WimXmlInfo> {
    const res = this.header.xmlData;
    if (res.originalSize === 0) return readWimXml(new Uint8Array(0));
    checkInFile(res, this.source.size, 'XML data');
    return readWimXml(await this.readFully(res, 'XML data', this.limits.maxXmlBytes, null));
  }

  /** Reads image `index` (1-based): its whole directory tree, checked against the metadata SHA-1. */
  async readImage(index = 1): Promise<ImageMetadata> {
    const entry = this.blobTable.metadata[index - 1];
    if (!entry) throw corrupt(`image ${index} has no metadata (the archive lists ${this.imageCount})`);
    const bytes = await this.readFully(
      entry.resource,
      `image ${index} metadata`,
      this.limits.maxMetadataBytes,
      entry.sha1,
    );
    return parseMetadata(bytes, this.limits);
  }

  blob(sha1: string): BlobEntry {
    const entry = this.blobTable.blobs.get(sha1);
    if (!entry) throw corrupt(`stream ${sha1} is listed by a file but missing from the lookup table`);
    return entry;
  }

  /**
   * Starts the decode workers now when a stream is big enough to use them: a worker takes tens of milliseconds to
   * start and load the decoders, time the caller spends meanwhile reading metadata (and inspect hashing the file)
   * instead of waiting for the first window.
   */
  private startWorkersIfNeeded(): void {
    if (!this.codec?.pool) return;
    for (const { resource } of this.blobTable.blobs.values()) {
      if (resource.flags & RESOURCE_FLAG.compressed && resource.originalSize >= POOL_MIN_BYTES) {
        this.codec.pool();
        return;
      }
    }
  }

  /** Uncompressed size of a stream; 0 for the empty stream (null hash). */
  sizeOf(sha1: string | null): number {
    return sha1 === null ? 0 : this.blob(sha1).resource.originalSize;
  }

  /** Streams a file's contents, verified against its SHA-1 once the last window has been read. */
  async *streamBlob(sha1: string | null, signal?: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
    if (sha1 === null) return;
    const entry = this.blob(sha1);
    yield* readResource(this.source, entry.resource, this.codec, `stream ${sha1}`, {
      sha1,
      maxChunkTableBytes: this.limits.maxChunkTableBytes,
      signal,
    });
  }

  private readFully(
    res: WimHeader['blobTable'],
    what: string,
    maxBytes: number,
    sha1: string | null,
  ): Promise<Uint8Array> {
    return readResourceFully(this.source, res, this.codec, what, maxBytes, {
      sha1,
      maxChunkTableBytes: this.limits.maxChunkTableBytes,
    });
  }
}
