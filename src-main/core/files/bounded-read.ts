import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reading a file a technician (or a bridge client) pointed at. A path can name a device (/dev/zero), a named pipe
 * or a folder: those report size 0 to stat and then read forever, or block the open itself. So the file is opened
 * without blocking, checked through the open handle to be a regular file, and read only up to `maxBytes` (one
 * byte more tells "too large" without trusting the size stat gave).
 */

export type UnreadableReason = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export class UnreadableInput extends Error {
  readonly reason: UnreadableReason;
  constructor(reason: UnreadableReason, path: string, cause?: unknown) {
    super(`${path}: ${reason}`, cause === undefined ? undefined : { cause });
    this.name = 'UnreadableInput';
    this.reason = reason;
  }
}

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. Regular files ignore it.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function openFailure(path: string, error: unknown): UnreadableInput {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UnreadableInput('missing', path, error);
  if (code === 'EISDIR' || code === 'ENXIO') return new UnreadableInput('not-a-file', path, error);
  return new UnreadableInput('unreadable', path, error);
}

export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new UnreadableInput('not-a-file', path);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1 << 20));
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new UnreadableInput('too-large', path);
      parts.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(parts, total);
  } catch (error) {
    if (error instanceof UnreadableInput) throw error;
    throw new UnreadableInput('unreadable', path, error);
  } finally {
    await handle.close();
  }
}

export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UnreadableInput('not-a-file', path);
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1 << 20));
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new UnreadableInput('too-large', path);
      parts.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(parts, total);
  } catch (error) {
    if (error instanceof UnreadableInput) throw error;
    throw new UnreadableInput('unreadable', path, error);
  } finally {
    closeSync(fd);
  }
}
