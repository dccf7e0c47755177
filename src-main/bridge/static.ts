import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Vite names every file under assets/ after a hash of its content, so a name never changes meaning: the browser may
 * keep it for good (a reload, or a screen opened again, fetches nothing). Everything else (index.html, which names
 * the current assets, and the public files) is fetched afresh each time.
 */
function cacheControl(rel: string): string {
  return /^assets[/\\][^/\\]+-[\w-]{8}\.(js|css|svg|png|woff2)$/.test(rel)
    ? 'public, max-age=31536000, immutable'
    : 'no-store';
}

/** Serves the built renderer read-only, never a path outside its folder, with the same strict CSP as the app. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const rel = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (!file.startsWith(normalize(root) + sep)) {
    res.writeHead(403).end();
    return;
  }
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'cache-control': cacheControl(rel),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
