import { existsSync } from 'node:fs';
import { join, parse } from 'node:path';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file or folder name that is safe on every OS the station runs on: no separators, no characters Windows
 * refuses, no control characters, no trailing dots or spaces, not a reserved device name.
 */
export function safeLocalName(name: string, fallback = 'file'): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? '_' : c))
    .join('')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 200);
  if (!cleaned || cleaned === '.' || cleaned === '..') return fallback;
  return WINDOWS_RESERVED.test(parse(cleaned).name) ? `_${cleaned}` : cleaned;
}

/**
 * A path in `dir` for `name` that names no existing file and no path already promised to a copy in progress:
 * "photo.jpg", then "photo (2).jpg", "photo (3).jpg"... A pulled file never replaces anything on this PC.
 * The caller releases the path from `reserved` once its copy ended.
 */
export function reserveFreePath(dir: string, name: string, reserved: Set<string>): string {
  const safe = safeLocalName(name);
  const { name: stem, ext } = parse(safe);
  for (let n = 1; n < 10_000; n++) {
    const candidate = join(dir, n === 1 ? safe : `${stem} (${n})${ext}`);
    if (!reserved.has(candidate) && !existsSync(candidate)) {
      reserved.add(candidate);
      return candidate;
    }
  }
  throw new Error(`no free name for ${safe} in ${dir}`);
}
