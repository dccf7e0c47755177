import { align8, fileTime, hex, isZero, u16, u32, u64, utf16le } from './bytes.ts';
import { WimError, corrupt } from './errors.ts';

/** File attributes we act on (Windows FILE_ATTRIBUTE_*). */
export const ATTRIBUTE = { directory: 0x10, reparsePoint: 0x400, encrypted: 0x4000 } as const;

export interface NamedStream {
  name: string;
  /** SHA-1 (hex) of the stream, or null for an empty stream. */
  sha1: string | null;
}

/** One file or directory of an image, in the order the archive stores them (parents before children). */
export interface WimEntry {
  /** Relative to the image root with `/` separators; "" for the root itself. */
  path: string;
  name: string;
  attributes: number;
  isDirectory: boolean;
  /** NTFS reparse tag (symlinks, junctions) or null for ordinary files. */
  reparseTag: number | null;
  encrypted: boolean;
  /** SHA-1 (hex) of the file contents, or null when empty (and for directories). */
  dataSha1: string | null;
  namedStreams: NamedStream[];
  creationTime: Date | null;
  lastWriteTime: Date | null;
}

export interface IgnoredEntry {
  parent: string;
  reason: string;
}

export interface ImageMetadata {
  entries: WimEntry[];
  /** Entries skipped the way wimlib skips them (unnamed, ".", "..", embedded NUL, separators, duplicates). */
  ignored: IgnoredEntry[];
}

export interface MetadataLimits {
  maxEntries: number;
  maxDepth: number;
  maxPathChars: number;
  maxTotalPathChars: number;
}

const DENTRY_SIZE = 102;
const MAX_IGNORED_REPORTED = 100;
const STREAM_ENTRY_SIZE = 38;

interface RawDentry {
  entry: WimEntry;
  subdirOffset: number;
  next: number;
}

/** Parses an uncompressed metadata resource: security data, then the directory entry tree. */
export function parseMetadata(buf: Uint8Array, limits: MetadataLimits): ImageMetadata {
  const rootOffset = securityDataLength(buf);
  const root = readDentry(buf, rootOffset);
  if (!root) return { entries: [], ignored: [] };
  if (!root.entry.isDirectory) throw corrupt('the image root is not a directory');
  root.entry.name = '';
  root.entry.path = '';

  const entries: WimEntry[] = [root.entry];
  const ignored: IgnoredEntry[] = [];
  const visited = new Set<number>();
  let totalPathChars = 0;
  // Lists may overlap in a hostile file; counting every read keeps the total work linear in maxEntries.
  let reads = 0;
  // Explicit stack instead of recursion: depth comes from the file, so it must not reach the JS call stack.
  const stack: { dir: WimEntry; listOffset: number; depth: number }[] = [];
  if (root.subdirOffset !== 0) stack.push({ dir: root.entry, listOffset: root.subdirOffset, depth: 1 });

  while (stack.length > 0) {
    const { dir, listOffset, depth } = stack.pop()!;
    if (depth > limits.maxDepth) throw new WimError('ppkg.too-large', `folders nest deeper than ${limits.maxDepth}`);
    if (visited.has(listOffset)) throw corrupt(`directory list at ${listOffset} is used twice (a loop)`);
    visited.add(listOffset);
    const names = new Set<string>();
    const subdirs: typeof stack = [];
    for (let at = listOffset; ;) {
      if (++reads > 2 * limits.maxEntries) throw corrupt('directory lists overlap or repeat');
      const child = readDentry(buf, at);
      if (!child) break;
      at = child.next;
      const { entry } = child;
      const problem = nameProblem(entry.name) ?? (names.has(entry.name) ? 'duplicate name' : null);
      if (problem) {
        if (ignored.length < MAX_IGNORED_REPORTED) ignored.push({ parent: dir.path, reason: problem });
        continue;
      }
      names.add(entry.name);
      entry.path = dir.path === '' ? entry.name : `${dir.path}/${entry.name}`;
      if (entry.path.length > limits.maxPathChars) throw corrupt(`a path is longer than ${limits.maxPathChars}`);
      totalPathChars += entry.path.length;
      if (totalPathChars > limits.maxTotalPathChars || entries.length >= limits.maxEntries) {
        throw new WimError('ppkg.too-large', `more than ${limits.maxEntries} entries or too many path characters`);
      }
      entries.push(entry);
      // Children of a non-directory are ignored, as wimlib does.
      if (entry.isDirectory && child.subdirOffset !== 0) {
        subdirs.push({ dir: entry, listOffset: child.subdirOffset, depth: depth + 1 });
      }
    }
    // Reverse so directories come off the stack in stored order: a pre-order listing like wimlib's.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return { entries: preOrder(entries), ignored };
}

/** Entries were collected breadth-first per list; sort parents before children, siblings in stored order. */
function preOrder(entries: WimEntry[]): WimEntry[] {
  const children = new Map<string, WimEntry[]>();
  for (const e of entries.slice(1)) {
    const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '';
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(e);
  }
  const ordered: WimEntry[] = [];
  const todo: WimEntry[] = entries.length > 0 ? [entries[0]!] : [];
  while (todo.length > 0) {
    const e = todo.pop()!;
    ordered.push(e);
    const kids = children.get(e.path);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
  }
  return ordered;
}

function securityDataLength(buf: Uint8Array): number {
  if (buf.length < 8) throw corrupt('metadata is shorter than its security data header');
  let total = align8(u32(buf, 0));
  if (total === 0) total = 8; // a zero length means "no descriptors" (8 bytes)
  const count = u32(buf, 4);
  if (total > buf.length) throw corrupt('security data is longer than the metadata');
  if (count * 8 > total - 8) throw corrupt('security descriptor count does not fit the security data');
  return total;
}

function nameProblem(name: string): string | null {
  if (name === '') return 'unnamed entry';
  if (name === '.' || name === '..') return `entry named "${name}"`;
  if (name.includes('\0')) return 'name with a NUL character';
  if (name.includes('/') || name.includes('\\')) return 'name with a path separator';
  return null;
}

/** Reads the dentry at `at` and its extra stream entries; null for an end-of-directory marker. */
function readDentry(buf: Uint8Array, at: number): RawDentry | null {
  if (at + 8 > buf.length) throw corrupt(`directory entry at ${at} is past the end of the metadata`);
  const length = align8(u64(buf, at, 'directory entry length'));
  if (length <= 8) return null;
  if (length < DENTRY_SIZE) throw corrupt(`directory entry at ${at} is only ${length} bytes`);
  if (at + length > buf.length) throw corrupt(`directory entry at ${at} runs past the end of the metadata`);

  const attributes = u32(buf, at + 8);
  const subdirOffset = u64(buf, at + 16, 'subdirectory offset');
  const reparse = (attributes & ATTRIBUTE.reparsePoint) !== 0;
  const numExtraStreams = u16(buf, at + 96);
  const shortNameBytes = u16(buf, at + 98);
  const nameBytes = u16(buf, at + 100);
  if ((shortNameBytes | nameBytes) & 1) throw corrupt(`directory entry at ${at} has an odd-length name`);
  const needed = DENTRY_SIZE + (nameBytes ? nameBytes + 2 : 0) + (shortNameBytes ? shortNameBytes + 2 : 0);
  if (length < needed) throw corrupt(`directory entry at ${at} is too short for its names`);

  const hashes: { name: string; sha1: string | null }[] = [{ name: '', sha1: sha1At(buf, at + 64) }];
  let p = at + length;
  for (let i = 0; i < numExtraStreams; i++) {
    if (p + STREAM_ENTRY_SIZE > buf.length) throw corrupt(`stream entry at ${p} runs past the end of the metadata`);
    const streamLength = align8(u64(buf, p, 'stream entry length'));
    if (streamLength < STREAM_ENTRY_SIZE || streamLength > buf.length - p) throw corrupt(`bad stream entry at ${p}`);
    const streamNameBytes = u16(buf, p + 36);
    if (streamNameBytes & 1 || STREAM_ENTRY_SIZE + streamNameBytes > streamLength)
      throw corrupt(`bad stream name at ${p}`);
    hashes.push({ name: utf16le(buf, p + STREAM_ENTRY_SIZE, streamNameBytes), sha1: sha1At(buf, p + 16) });
    p += streamLength;
  }

  const entry: WimEntry = {
    path: '',
    name: utf16le(buf, at + DENTRY_SIZE, nameBytes),
    attributes,
    isDirectory: (attributes & ATTRIBUTE.directory) !== 0,
    reparseTag: reparse ? u32(buf, at + 88) : null,
    encrypted: (attributes & ATTRIBUTE.encrypted) !== 0,
    dataSha1: null,
    namedStreams: [],
    creationTime: fileTime(buf, at + 40),
    lastWriteTime: fileTime(buf, at + 56),
  };
  assignStreams(entry, hashes, reparse);
  return { entry, subdirOffset, next: p };
}

function sha1At(buf: Uint8Array, at: number): string | null {
  return isZero(buf, at, 20) ? null : hex(buf, at, 20);
}

/**
 * Which hash is the file contents. The format does not say; the rules follow WIMGAPI as wimlib documents them
 * (dentry.c, assign_stream_types_unencrypted): named entries are alternate data streams; of the unnamed ones
 * (the main hash first, ignored when zero) a reparse point's first is its reparse data, the next is the data.
 */
function assignStreams(entry: WimEntry, hashes: { name: string; sha1: string | null }[], reparse: boolean): void {
  let reparseTaken = !reparse;
  let dataTaken = false;
  hashes.forEach((h, i) => {
    if (h.name !== '') {
      entry.namedStreams.push({ name: h.name, sha1: h.sha1 });
      return;
    }
    if (i === 0 && h.sha1 === null) return;
    if (!reparseTaken) reparseTaken = true;
    else if (!dataTaken) {
      dataTaken = true;
      entry.dataSha1 = h.sha1;
    }
  });
}
