import { open, type FileHandle } from 'node:fs/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

/**
 * A deliberately small ZIP reader: it lists the central directory and inflates one chosen entry with a hard cap on
 * its size, reading only the bytes it needs. AutopilotDiagnostics.zip also carries megabytes of ETL logs that the
 * station keeps but never needs to unpack, and a damaged or hostile zip must not exhaust memory.
 */

export interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** A central directory over 8 MiB would mean tens of thousands of files: not a diagnostics zip. */
const MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;

export function zipError(code: string, message: string, cause?: unknown): StationError {
  return new StationError(code, say('hash-files:zip.title'), message, { cause });
}

/** What is wrong with a damaged zip; each is a sentence in the zip catalog (zip:damage.<id>). */
type Damage =
  | 'endMissing'
  | 'listTooLarge'
  | 'listPastEnd'
  | 'listBroken'
  | 'zip64Missing'
  | 'zip64Broken'
  | 'zip64Short'
  | 'headerMissing'
  | 'entryShort'
  | 'noInflate'
  | 'checksum';

const corrupt = (damage: Damage, name?: string): StationError =>
  zipError(
    'autopilot-zip-corrupt',
    say('hash-files:zip.corrupt', { reason: say(`hash-files:zip.damage.${damage}`, { name }) }),
  );

export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
    close: () => Promise.resolve(),
  };
}

export async function fileSource(path: string): Promise<ZipSource> {
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    throw zipError('autopilot-zip-unreadable', say('hash-files:zip.open', { path }), cause);
  }
  try {
    size = (await handle.stat()).size;
  } catch (cause) {
    await handle.close();
    throw zipError('autopilot-zip-unreadable', say('hash-files:zip.read', { path }), cause);
  }
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Lists the entries of the zip's central directory. */
export async function listZipEntries(src: ZipSource): Promise<ZipEntry[]> {
  if (src.size < 22) throw notZip();
  const tailStart = Math.max(0, src.size - (22 + MAX_COMMENT));
  const tail = await src.read(tailStart, src.size - tailStart);
  const tv = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const head = await src.read(0, 4);
    if (head.length === 4 && view(head).getUint32(0, true) === LOCAL_SIG) corruptThrow('endMissing');
    throw notZip();
  }
  let count = tv.getUint16(eocd + 10, true);
  let cdSize = tv.getUint32(eocd + 12, true);
  let cdOffset = tv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = await readZip64End(src, tailStart + eocd));
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY) corruptThrow('listTooLarge');
  if (cdOffset + cdSize > src.size) corruptThrow('listPastEnd');
  const cd = await src.read(cdOffset, cdSize);
  const v = view(cd);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL_SIG) corruptThrow('listBroken');
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > cd.length) corruptThrow('listBroken');
    const entry: ZipEntry = {
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc32: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      uncompressedSize: v.getUint32(p + 24, true),
      localHeaderOffset: v.getUint32(p + 42, true),
      name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
    };
    applyZip64Extra(entry, cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function readZip64End(
  src: ZipSource,
  eocdAt: number,
): Promise<{ count: number; cdSize: number; cdOffset: number }> {
  if (eocdAt < 20) corruptThrow('zip64Missing');
  const loc = view(await src.read(eocdAt - 20, 20));
  if (loc.byteLength < 20 || loc.getUint32(0, true) !== ZIP64_LOCATOR_SIG) corruptThrow('zip64Missing');
  const at = Number(loc.getBigUint64(8, true));
  const rec = view(await src.read(at, 56));
  if (rec.byteLength < 56 || rec.getUint32(0, true) !== ZIP64_EOCD_SIG) corruptThrow('zip64Broken');
  return {
    count: Number(rec.getBigUint64(32, true)),
    cdSize: Number(rec.getBigUint64(40, true)),
    cdOffset: Number(rec.getBigUint64(48, true)),
  };
}

// ZIP64 extra field (id 1): the 64-bit values appear only for the 32-bit fields that are saturated, in this order.
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  const v = view(extra);
  for (let p = 0; p + 4 <= extra.length;) {
    const id = v.getUint16(p, true);
    const len = v.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len || q + 8 > extra.length) corruptThrow('zip64Short');
        const value = Number(v.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/**
 * Reads one entry, refusing before any inflation if its declared size exceeds `maxBytes`, and stopping inflation at
 * `maxBytes` whatever the header claims (a zip bomb lies in its header). The CRC is checked.
 */
export async function readZipEntry(src: ZipSource, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.flags & 0x1) {
    throw zipError('autopilot-zip-unsupported', say('hash-files:zip.encrypted', { name: entry.name }));
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw zipError(
      'autopilot-zip-unsupported',
      say('hash-files:zip.method', { name: entry.name, method: entry.method }),
    );
  }
  if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
    throw tooLarge(entry.name, maxBytes);
  }
  const header = await src.read(entry.localHeaderOffset, 30);
  const hv = view(header);
  if (header.length < 30 || hv.getUint32(0, true) !== LOCAL_SIG) corruptThrow('headerMissing', entry.name);
  const dataStart = entry.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
  const raw = await src.read(dataStart, entry.compressedSize);
  if (raw.length < entry.compressedSize) corruptThrow('entryShort', entry.name);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else {
    try {
      data = inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch (cause) {
      if (cause instanceof RangeError || (cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(entry.name, maxBytes);
      }
      throw corrupt('noInflate', entry.name);
    }
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    corruptThrow('checksum', entry.name);
  }
  return data;
}

function tooLarge(name: string, maxBytes: number): StationError {
  return zipError('autopilot-zip-too-large', say('hash-files:zip.tooLarge', { name, size: maxBytes }));
}

function notZip(): StationError {
  return zipError('autopilot-zip-not-zip', say('hash-files:zip.notZip'));
}

function corruptThrow(damage: Damage, name?: string): never {
  throw corrupt(damage, name);
}
