/**
 * Surgery on uncompressed WIM files for hostile-input tests: edit the metadata resource in place and fix its
 * SHA-1 in the lookup table, so the damage reaches the parser instead of stopping at the checksum.
 */
import { createHash } from 'node:crypto';
import { BLOB_ENTRY_SIZE } from '../../../../../src-main/core/packages/wim/lookup-table.ts';
import {
  RESOURCE_FLAG,
  parseResourceHeader,
  parseWimHeader,
} from '../../../../../src-main/core/packages/wim/header.ts';

export interface WimLayout {
  blobTableOffset: number;
  blobTableSize: number;
  /** Offset in the file of the metadata entry of image 1 in the lookup table. */
  metadataEntryOffset: number;
  metadataOffset: number;
  metadataSize: number;
}

export function layout(wim: Uint8Array): WimLayout {
  const header = parseWimHeader(wim.subarray(0, 208), wim.length);
  const { offset, sizeInWim } = header.blobTable;
  for (let at = offset; at + BLOB_ENTRY_SIZE <= offset + sizeInWim; at += BLOB_ENTRY_SIZE) {
    const res = parseResourceHeader(wim, at, 'entry');
    if (res.flags & RESOURCE_FLAG.metadata) {
      if (res.flags & RESOURCE_FLAG.compressed) throw new Error('patch helpers need an uncompressed WIM');
      return {
        blobTableOffset: offset,
        blobTableSize: sizeInWim,
        metadataEntryOffset: at,
        metadataOffset: res.offset,
        metadataSize: res.originalSize,
      };
    }
  }
  throw new Error('no metadata entry');
}

/** Applies `edit` to a copy of the metadata resource and re-signs it. */
export function patchMetadata(wim: Uint8Array, edit: (metadata: Buffer) => void): Buffer {
  const out = Buffer.from(wim);
  const l = layout(out);
  const metadata = out.subarray(l.metadataOffset, l.metadataOffset + l.metadataSize);
  edit(metadata);
  createHash('sha1')
    .update(metadata)
    .digest()
    .copy(out, l.metadataEntryOffset + 30);
  return out;
}

/** Offset of the directory entry whose long name is `name`. */
export function dentryOffset(metadata: Uint8Array, name: string): number {
  const needle = Buffer.from(name, 'utf16le');
  const at = Buffer.from(metadata.buffer, metadata.byteOffset, metadata.length).indexOf(needle);
  if (at < 102) throw new Error(`no entry named ${name}`);
  return at - 102;
}

export function writeU64(b: Buffer, at: number, value: number): void {
  b.writeUInt32LE(value % 0x1_0000_0000, at);
  b.writeUInt32LE(Math.floor(value / 0x1_0000_0000), at + 4);
}
