import { takeToken } from '../stores/route.ts';
import { preloadApi } from './ipc-transport.ts';

/**
 * The station works on files by their path on this PC. In the app the preload tells the path of a chosen file;
 * in a browser (`holobench serve`) the file is uploaded to the station first and its new path is used.
 */
export async function stationPathFor(file: File): Promise<string> {
  const api = preloadApi();
  if (api?.pathForFile) {
    const path = api.pathForFile(file);
    if (path) return path;
  }
  const token = bridgeToken();
  if (!token) throw new Error('This screen cannot read files: open it from the HoloBench app or from holobench serve.');
  const res = await fetch(`/upload?token=${encodeURIComponent(token)}&name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { path?: string; error?: string };
  if (!res.ok || !body.path) throw new Error(body.error ?? `The upload failed (HTTP ${res.status}).`);
  return body.path;
}

/** A link that downloads a file from the station PC (browser mode only; the app shows the path instead). */
export function downloadHref(path: string): string | null {
  const token = bridgeToken();
  if (!token || preloadApi()) return null;
  return `/download?token=${encodeURIComponent(token)}&path=${encodeURIComponent(path)}`;
}

function bridgeToken(): string | null {
  if (typeof window === 'undefined') return null;
  // The token leaves the address once the page has loaded (route.ts keeps it for this tab).
  return takeToken(window.location, window.sessionStorage);
}
