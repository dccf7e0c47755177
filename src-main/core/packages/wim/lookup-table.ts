import { hex, u16, u32 } from './bytes.ts';
import { WimError, corrupt } from './errors.ts';
import { RESOURCE_FLAG, checkInFile, parseResourceHeader, type ResourceHeader } from './header.ts';

/** One stored stream ("blob"): where its bytes are and the SHA-1 of its uncompressed contents. */
export interface BlobEntry {
  resource: ResourceHeader;
  partNumber: number;
  refCount: number;
  sha1: string;
}

export interface BlobTable {
  /** File contents by SHA-1 (hex). */
  blobs: ReadonlyMap<string, BlobEntry>;
  /** Metadata resources (one per image), in image order. */
  metadata: readonly BlobEntry[];
}

/** Lookup table entry on disk: resource header (24) + part number (2) + reference count (4) + SHA-1 (20). */
export const BLOB_ENTRY_SIZE = 50;

export function parseBlobTable(table: Uint8Array, fileSize: number): BlobTable {
  const blobs = new Map<string, BlobEntry>();
  const metadata: BlobEntry[] = [];
  const count = Math.floor(table.length / BLOB_ENTRY_SIZE);
  for (let i = 0; i < count; i++) {
    const at = i * BLOB_ENTRY_SIZE;
    const entry: BlobEntry = {
      resource: parseResourceHeader(table, at, `lookup table entry ${i}`),
      partNumber: u16(table, at + 24),
      refCount: u32(table, at + 26),
      sha1: hex(table, at + 30, 20),
    };
    const { resource } = entry;
    if (resource.flags & RESOURCE_FLAG.solid) throw new WimError('ppkg.solid', `lookup table entry ${i} is solid`);
    if (entry.partNumber !== 1)
      throw new WimError('ppkg.split', `lookup table entry ${i} is in part ${entry.partNumber}`);
    checkInFile(resource, fileSize, `stream ${entry.sha1}`);
    if (!(resource.flags & RESOURCE_FLAG.compressed) && resource.sizeInWim !== resource.originalSize) {
      throw corrupt(
        `uncompressed stream ${entry.sha1} has stored size ${resource.sizeInWim} != ${resource.originalSize}`,
      );
    }
    if (resource.flags & RESOURCE_FLAG.metadata) metadata.push(entry);
    // Like wimlib, the first entry for a hash wins; later duplicates add nothing.
    else if (!blobs.has(entry.sha1)) blobs.set(entry.sha1, entry);
  }
  return { blobs, metadata };
}
