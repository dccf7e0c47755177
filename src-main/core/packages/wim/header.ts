import { hex, u16, u32, u56, u64 } from './bytes.ts';
import { WimError, corrupt } from './errors.ts';

/** On-disk sizes and values from the WIM format (Microsoft's WIM whitepaper; wimlib's include/wimlib/header.h). */
export const WIM_HEADER_SIZE = 208;
export const WIM_VERSION_DEFAULT = 0x10d00;
/** Version of WIMs with solid ("packed streams") resources, as in .esd files. */
export const WIM_VERSION_SOLID = 0x0e00;
const MAGIC = [0x4d, 0x53, 0x57, 0x49, 0x4d, 0, 0, 0]; // "MSWIM\0\0\0"

export const HEADER_FLAG = {
  compression: 0x2,
  readOnly: 0x4,
  spanned: 0x8,
  writeInProgress: 0x40,
  rpFix: 0x80,
  xpress: 0x20000,
  lzx: 0x40000,
  lzms: 0x80000,
} as const;

export const RESOURCE_FLAG = { free: 0x1, metadata: 0x2, compressed: 0x4, spanned: 0x8, solid: 0x10 } as const;

export type WimCompression = 'none' | 'xpress' | 'lzx' | 'lzms' | 'unknown';

/** Where one resource lives in the file and how big it is before and after compression. */
export interface ResourceHeader {
  sizeInWim: number;
  flags: number;
  offset: number;
  originalSize: number;
}

export interface WimHeader {
  version: number;
  flags: number;
  compression: WimCompression;
  /** Uncompressed bytes per chunk of a compressed resource (0 when the archive is uncompressed). */
  chunkSize: number;
  guid: string;
  partNumber: number;
  totalParts: number;
  imageCount: number;
  blobTable: ResourceHeader;
  xmlData: ResourceHeader;
  bootMetadata: ResourceHeader;
  bootIndex: number;
  integrityTable: ResourceHeader;
}

export function parseResourceHeader(b: Uint8Array, at: number, what: string): ResourceHeader {
  return {
    sizeInWim: u56(b, at, `${what} size`),
    flags: b[at + 7] ?? 0,
    offset: u64(b, at + 8, `${what} offset`),
    originalSize: u64(b, at + 16, `${what} original size`),
  };
}

export function hasWimMagic(b: Uint8Array): boolean {
  return b.length >= MAGIC.length && MAGIC.every((byte, i) => b[i] === byte);
}

function compressionOf(flags: number): WimCompression {
  if (!(flags & HEADER_FLAG.compression)) return 'none';
  const types = flags & (HEADER_FLAG.xpress | HEADER_FLAG.lzx | HEADER_FLAG.lzms);
  if (types === HEADER_FLAG.xpress) return 'xpress';
  if (types === HEADER_FLAG.lzx) return 'lzx';
  if (types === HEADER_FLAG.lzms) return 'lzms';
  return 'unknown';
}

/** Parses the 208-byte header. Only says what the header claims; `checkSupported` decides whether we can read it. */
export function parseWimHeader(b: Uint8Array, fileSize: number): WimHeader {
  if (!hasWimMagic(b)) throw new WimError('ppkg.not-wim', 'the file does not start with "MSWIM"');
  if (b.length < WIM_HEADER_SIZE || fileSize < WIM_HEADER_SIZE) {
    throw new WimError('ppkg.truncated', `the file is ${fileSize} bytes, shorter than a WIM header`);
  }
  const headerSize = u32(b, 8);
  if (headerSize !== WIM_HEADER_SIZE) throw corrupt(`header size is ${headerSize}, expected ${WIM_HEADER_SIZE}`);
  const flags = u32(b, 16);
  const compression = compressionOf(flags);
  let chunkSize = u32(b, 20);
  // Early WIMGAPI versions left the chunk size at zero and meant the default.
  if (compression !== 'none' && chunkSize === 0) chunkSize = 32768;
  return {
    version: u32(b, 12),
    flags,
    compression,
    chunkSize: compression === 'none' ? 0 : chunkSize,
    guid: hex(b, 24, 16),
    partNumber: u16(b, 40),
    totalParts: u16(b, 42),
    imageCount: u32(b, 44),
    blobTable: parseResourceHeader(b, 48, 'lookup table'),
    xmlData: parseResourceHeader(b, 72, 'XML data'),
    bootMetadata: parseResourceHeader(b, 96, 'boot metadata'),
    bootIndex: u32(b, 120),
    integrityTable: parseResourceHeader(b, 124, 'integrity table'),
  };
}

const isPowerOfTwo = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;

/** Chunk sizes each decoder accepts, as WIMGAPI and wimlib do (XPRESS offsets reach 64 KiB; LZX windows 2 MiB). */
const CHUNK_LIMITS: Partial<Record<WimCompression, [number, number]>> = {
  xpress: [1 << 12, 1 << 16],
  lzx: [1 << 15, 1 << 21],
};

/** Refuses archives we cannot read faithfully, each with the finding a technician can act on. */
export function checkSupported(h: WimHeader): void {
  if (h.compression === 'lzms') {
    throw new WimError('ppkg.compression-unsupported', 'compression LZMS is not supported', {
      words: { key: 'wim.message.lzms' },
    });
  }
  if (h.version === WIM_VERSION_SOLID) {
    const kind = h.compression === 'none' || h.compression === 'unknown' ? '' : h.compression.toUpperCase();
    throw new WimError('ppkg.solid', `WIM version ${h.version} (solid resources)`, {
      words: kind ? { key: 'wim.message.solidKind', params: { kind } } : { key: 'wim.message.solidAny' },
    });
  }
  if (h.version !== WIM_VERSION_DEFAULT) throw corrupt(`unknown WIM version 0x${h.version.toString(16)}`);
  if (h.compression === 'unknown') {
    throw new WimError('ppkg.compression-unsupported', `unknown compression flags 0x${h.flags.toString(16)}`);
  }
  if (h.flags & HEADER_FLAG.spanned || h.totalParts !== 1 || h.partNumber !== 1) {
    throw new WimError('ppkg.split', `part ${h.partNumber} of ${h.totalParts}`);
  }
  const limits = CHUNK_LIMITS[h.compression];
  if (limits && (!isPowerOfTwo(h.chunkSize) || h.chunkSize < limits[0] || h.chunkSize > limits[1])) {
    throw new WimError('ppkg.compression-unsupported', `${h.compression} chunk size ${h.chunkSize} is not supported`);
  }
}

/** A resource must lie inside the file; checked with plain numbers, all below 2^53 by construction. */
export function checkInFile(r: ResourceHeader, fileSize: number, what: string): void {
  if (r.offset + r.sizeInWim > fileSize) {
    throw new WimError(
      'ppkg.truncated',
      `${what} (${r.sizeInWim} bytes at ${r.offset}) ends past the end of the ${fileSize}-byte file`,
    );
  }
}
