import { randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  fstatSync,
  mkdirSync,
  openSync,
  closeSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface TransferRoutesOptions {
  /** Where files uploaded from a browser land (one fresh folder per upload). */
  uploadDir: string;
  /** Folders a browser may download from (files pulled from devices, reports). */
  downloadRoots: string[];
  maxUploadBytes?: number;
}

/**
 * Browser mode has no file paths: a package or a file to push is uploaded to the station PC first, and a file
 * pulled from a device is downloaded from it. Both are guarded like the bridge (token, host, origin) by the caller.
 */
export async function handleTransferRoute(
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  opts: TransferRoutesOptions,
): Promise<boolean> {
  if (url.pathname === '/upload' && req.method === 'POST') {
    await upload(url, req, res, opts);
    return true;
  }
  if (url.pathname === '/download' && req.method === 'GET') {
    download(url, res, opts);
    return true;
  }
  return false;
}

export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  const base = basename(printable.replace(/\\/g, '/'))
    .replace(/[<>:"|?*]/g, '_')
    .trim();
  return base && base !== '.' && base !== '..' ? base.slice(0, 200) : 'upload.bin';
}

async function upload(url: URL, req: IncomingMessage, res: ServerResponse, opts: TransferRoutesOptions): Promise<void> {
  const name = safeFileName(url.searchParams.get('name') ?? 'upload.bin');
  const max = opts.maxUploadBytes ?? 8 * 1024 ** 3;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'File too large' }));
    return;
  }
  const folder = join(opts.uploadDir, randomUUID());
  mkdirSync(folder, { recursive: true });
  const final = join(folder, name);
  const partial = `${final}.part`;
  let received = 0;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > max) req.destroy(new Error('too large'));
  });
  try {
    await pipeline(req, createWriteStream(partial, { flags: 'wx' }));
    renameSync(partial, final);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: final, bytes: received }));
  } catch {
    rmSync(folder, { recursive: true, force: true });
    if (!res.headersSent) {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'The upload did not complete' }));
    }
  }
}

/**
 * The real path (symlinks resolved) of a file inside one of the roots (also resolved), or null. A link inside a
 * root that points elsewhere is outside.
 */
export function fileInsideRoots(path: string, roots: string[]): string | null {
  let real: string;
  try {
    real = realpathSync(resolve(path));
  } catch {
    return null;
  }
  const inside = roots.some((root) => {
    try {
      return real.startsWith(realpathSync(resolve(root)) + sep);
    } catch {
      return false;
    }
  });
  return inside ? real : null;
}

function download(url: URL, res: ServerResponse, opts: TransferRoutesOptions): void {
  const real = fileInsideRoots(url.searchParams.get('path') ?? '', opts.downloadRoots);
  // Opened once and checked through the handle: what is sent is the regular file that was checked.
  let fd = -1;
  let size = -1;
  try {
    if (real !== null) {
      fd = openSync(real, 'r');
      const st = fstatSync(fd);
      if (st.isFile()) size = st.size;
    }
  } catch {
    size = -1;
  }
  if (size < 0) {
    if (fd >= 0) closeSync(fd);
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': size,
    'content-disposition': `attachment; filename="${safeFileName(basename(real!)).replace(/"/g, '')}"`,
    'x-content-type-options': 'nosniff',
  });
  createReadStream('', { fd, start: 0, end: Math.max(0, size - 1) }).pipe(res);
}
