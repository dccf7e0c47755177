import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnreadableInput, readRegularFile, readRegularFileSync } from '../../../../src-main/core/files/bounded-read.ts';
import { readInputFile } from '../../../../src-main/core/workflow/profile-library.ts';
import { loadProfile } from '../../../../src-main/core/workflow/profiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'holobench-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, 'pipe');
execFileSync('mkfifo', [fifo]);
mkdirSync(join(dir, 'folder'));
writeFileSync(join(dir, 'small.json'), '{"a":1}');
writeFileSync(join(dir, 'big.bin'), '');
truncateSync(join(dir, 'big.bin'), 3 << 20);

const MAX = 1 << 20;
const reason = async (read: () => unknown): Promise<string> => {
  try {
    await read();
    return 'read';
  } catch (error) {
    if (error instanceof UnreadableInput) return error.reason;
    throw error;
  }
};

describe('a path read is a regular file, read with a cap', () => {
  it.each([
    ['/dev/zero (stat says size 0, reads forever)', '/dev/zero', 'not-a-file'],
    ['a named pipe without a writer', fifo, 'not-a-file'],
    ['a folder', join(dir, 'folder'), 'not-a-file'],
    ['a missing path', join(dir, 'nothing'), 'missing'],
    ['a file over the cap', join(dir, 'big.bin'), 'too-large'],
    ['a small regular file', join(dir, 'small.json'), 'read'],
  ])('%s: %s', async (_, path, expected) => {
    const started = Date.now();
    expect(await reason(() => readRegularFile(path, MAX))).toBe(expected);
    expect(await reason(() => readRegularFileSync(path, MAX))).toBe(expected);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a manifest or profile at /dev/zero or a pipe is one clear error, at once', () => {
    for (const path of ['/dev/zero', fifo]) {
      expect(() => readInputFile(path, 'manifest')).toThrow(/not a regular file/);
      expect(() => loadProfile(path)).toThrow(/neither a built-in profile/);
    }
  });
});

describe('what a capped read gives back, the same sync and async', () => {
  // Patterned bytes, so a chunk dropped, doubled or out of order shows in the comparison.
  const patterned = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + (i >> 10)) % 251));
  const cases: { name: string; size: number; cap: number; expected: 'same bytes' | 'too-large' }[] = [
    { name: 'an empty file', size: 0, cap: 16, expected: 'same bytes' },
    { name: 'a file exactly at the cap', size: 4096, cap: 4096, expected: 'same bytes' },
    { name: 'a file one byte over the cap', size: 4097, cap: 4096, expected: 'too-large' },
    { name: 'a file read in several chunks (over 1 MiB)', size: (5 << 20) / 2, cap: 3 << 20, expected: 'same bytes' },
    { name: 'a file over the cap found in a later chunk', size: (5 << 20) / 2, cap: 2 << 20, expected: 'too-large' },
  ];
  it.each(cases)('$name: $expected', async ({ name, size, cap, expected }) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.bin`);
    const bytes = patterned(size);
    writeFileSync(path, bytes);
    for (const read of [() => readRegularFile(path, cap), () => Promise.resolve(readRegularFileSync(path, cap))]) {
      if (expected === 'too-large') expect(await reason(read)).toBe('too-large');
      else expect((await read()).equals(bytes)).toBe(true);
    }
  });
});
