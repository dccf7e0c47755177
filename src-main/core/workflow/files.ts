import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Writes a whole file or nothing: the text goes to a temporary file next to the target, which is renamed over it
 * only once written. A report or export is never left half-written under its real name.
 */
export function writeFileAtomic(path: string, text: string): { path: string; name: string; bytes: number } {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, text, { flush: true });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return { path, name: basename(path), bytes: statSync(path).size };
}
