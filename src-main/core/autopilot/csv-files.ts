import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import type { IntuneCsvFile } from './intune-csv.ts';
import { intuneCsvFileNames } from './intune-csv.ts';
import { say } from '../language.ts';

/**
 * Writes the Intune CSV parts so that a reader never sees a half-written one: every part goes to a temporary file
 * next to its target and is flushed to disk; only when all parts are safely written are they renamed into place.
 * If any write fails, the temporary files are removed and nothing is reported as written.
 */

export interface WrittenCsv {
  path: string;
  rows: number;
  bytes: number;
}

export async function writeIntuneCsvFiles(out: string, files: readonly IntuneCsvFile[]): Promise<WrittenCsv[]> {
  const names = intuneCsvFileNames(out, files.length);
  const staged: { temp: string; target: string; rows: number; bytes: number }[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const target = names[i] ?? out;
      const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      // Only ASCII reaches here (the builder refuses anything else); 'latin1' keeps one byte per character.
      const bytes = Buffer.from(file.content, 'latin1');
      const handle = await open(temp, 'wx', 0o644);
      staged.push({ temp, target, rows: file.rows, bytes: bytes.length });
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (cause) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw new StationError(
      'intune-csv-write-failed',
      say('station-work:csv.write.title'),
      say('station-work:csv.write.failed', { path: out, code: (cause as NodeJS.ErrnoException).code ?? 'EIO' }),
      { cause },
    );
  }
  const written: WrittenCsv[] = [];
  for (const [i, s] of staged.entries()) {
    try {
      await rename(s.temp, s.target);
    } catch (cause) {
      await Promise.all(staged.slice(i).map((r) => rm(r.temp, { force: true })));
      const done = written.map((w) => w.path).join(', ');
      throw new StationError(
        'intune-csv-write-failed',
        say('station-work:csv.write.title'),
        say(done ? 'station-work:csv.write.moveFailed' : 'station-work:csv.write.moveFailedNone', {
          path: s.target,
          done,
        }),
        { cause },
      );
    }
    written.push({ path: s.target, rows: s.rows, bytes: s.bytes });
  }
  await syncDirectory(dirname(out));
  return written;
}

// Makes the renames themselves durable; some platforms (Windows) cannot open a directory, which is fine to skip.
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
