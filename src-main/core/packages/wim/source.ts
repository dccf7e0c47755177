import { open } from 'node:fs/promises';
import { WimError } from './errors.ts';

/**
 * Where archive bytes come from. Big archives are only ever read with positioned reads of bounded size; the
 * in-memory source exists so the fuzz tests can run thousands of cases without touching the disk.
 */
export interface ByteSource {
  readonly size: number;
  /** Fills `target` from `position`; returns how many bytes were read (fewer only at end of data). */
  read(target: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}

export async function openFileSource(path: string): Promise<ByteSource> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(target, position) {
        let done = 0;
        // Short reads are legal; zero means the file shrank under us, which ends the loop.
        while (done < target.length) {
          const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return done;
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(target, position) {
      const available = Math.max(0, Math.min(target.length, bytes.length - position));
      target.set(bytes.subarray(position, position + available));
      return Promise.resolve(available);
    },
    close: () => Promise.resolve(),
  };
}

/** Reads exactly `length` bytes at `position`, or fails with a truncation finding naming `what`. */
export async function readExactly(
  source: ByteSource,
  position: number,
  length: number,
  what: string,
): Promise<Uint8Array> {
  if (position < 0 || length < 0 || position + length > source.size) {
    throw new WimError('ppkg.truncated', `${what} (${length} bytes at ${position}) ends past the end of the file`);
  }
  const target = Buffer.allocUnsafe(length);
  const got = await source.read(target, position);
  if (got !== length) throw new WimError('ppkg.truncated', `${what}: only ${got} of ${length} bytes could be read`);
  return target;
}
