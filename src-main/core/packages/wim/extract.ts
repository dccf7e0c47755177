import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { WimError } from './errors.ts';
import type { ImageMetadata, WimEntry } from './metadata.ts';
import type { WimArchive } from './reader.ts';

/**
 * Writes one stream to `destination`, through a temporary file renamed into place only once the SHA-1 matched:
 * a damaged package never leaves a plausible-looking file behind. One write is in flight while the next window
 * decodes.
 */
export async function extractBlobToFile(
  archive: WimArchive,
  sha1: string | null,
  destination: string,
  signal?: AbortSignal,
): Promise<number> {
  const partial = `${destination}.partial`;
  const handle = await open(partial, 'w');
  let written = 0;
  try {
    let inFlight: Promise<unknown> | null = null;
    for await (const window of archive.streamBlob(sha1, signal)) {
      if (inFlight) await inFlight;
      inFlight = handle.write(window, 0, window.length, written);
      written += window.length;
    }
    if (inFlight) await inFlight;
    await handle.close();
    await rename(partial, destination);
    return written;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

/** A stream's verified contents as a Node stream (errors with `ppkg.bad-hash` at the end when damaged). */
export function blobReadable(archive: WimArchive, sha1: string | null, signal?: AbortSignal): Readable {
  return Readable.from(archive.streamBlob(sha1, signal), { objectMode: false });
}

export interface ExtractSummary {
  files: number;
  directories: number;
  bytes: number;
  /** Reparse points (links) and alternate data streams are not recreated off Windows; they are listed here. */
  skipped: string[];
}

/** Extracts a whole image under `destDir`, like `wimlib-imagex apply` does for plain files and folders. */
export async function extractImage(
  archive: WimArchive,
  image: ImageMetadata,
  destDir: string,
  options: { signal?: AbortSignal; onFile?: (entry: WimEntry, bytes: number) => void } = {},
): Promise<ExtractSummary> {
  const root = resolve(destDir);
  const summary: ExtractSummary = { files: 0, directories: 0, bytes: 0, skipped: [] };
  const firstCopy = new Map<string, string>();
  await mkdir(root, { recursive: true });
  for (const entry of image.entries) {
    if (entry.path === '') continue;
    const target = safeTarget(root, entry.path);
    if (entry.reparseTag !== null || entry.encrypted) {
      summary.skipped.push(entry.path);
      continue;
    }
    if (entry.isDirectory) {
      await mkdir(target, { recursive: true });
      summary.directories++;
      continue;
    }
    if (entry.namedStreams.length > 0)
      summary.skipped.push(...entry.namedStreams.map((s) => `${entry.path}:${s.name}`));
    const known = entry.dataSha1 === null ? undefined : firstCopy.get(entry.dataSha1);
    let bytes: number;
    if (known !== undefined) {
      // Same contents as a file already written (a hard link or duplicate): copy instead of decoding again.
      await copyFile(known, target);
      bytes = archive.sizeOf(entry.dataSha1);
    } else {
      bytes = await extractBlobToFile(archive, entry.dataSha1, target, options.signal);
      if (entry.dataSha1 !== null) firstCopy.set(entry.dataSha1, target);
    }
    summary.files++;
    summary.bytes += bytes;
    options.onFile?.(entry, bytes);
  }
  return summary;
}

/** Resolves an archive path under `root`, refusing anything that would land outside it. */
function safeTarget(root: string, path: string): string {
  const target = resolve(join(root, ...path.split('/')));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== target) {
    throw new WimError('ppkg.corrupt', `member path "${path}" points outside the extraction folder`);
  }
  return target;
}
