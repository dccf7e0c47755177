/**
 * wimlib-imagex (Debian package wimtools) as an independent oracle: tests build archives with it from folders
 * they create, and compare our listing and extracted bytes with what it reports and writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const WIMLIB = process.env.WIMLIB_IMAGEX ?? 'wimlib-imagex';

export function wimlibAvailable(): boolean {
  return spawnSync(WIMLIB, ['--version'], { stdio: 'ignore' }).status === 0;
}

export type Compression = 'none' | 'XPRESS' | 'LZX' | 'LZMS';

export function capture(srcDir: string, wimFile: string, compress: Compression, extra: string[] = []): void {
  execFileSync(WIMLIB, ['capture', srcDir, wimFile, 'test', `--compress=${compress}`, ...extra], { stdio: 'pipe' });
}

/** Paths as `wimlib-imagex dir` lists them, relative and without the root. */
export function oracleListing(wimFile: string): string[] {
  const out = execFileSync(WIMLIB, ['dir', wimFile, '1'], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.startsWith('/') && line !== '/')
    .map((line) => line.slice(1));
}

export function oracleApply(wimFile: string, destDir: string): void {
  execFileSync(WIMLIB, ['apply', wimFile, '1', destDir], { stdio: 'pipe' });
}

export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `holobench-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    if (path.endsWith('/')) await mkdir(full, { recursive: true });
    else await writeFile(full, content);
  }
}

/** Every regular file under `root` with its SHA-256, keyed by `/`-separated relative path. */
export async function fileHashes(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), path);
      else if (entry.isFile()) result.set(path, sha256(await readFile(join(dir, entry.name))));
    }
  };
  await walk(root, '');
  return result;
}

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Deterministic bytes (xorshift32), so failures reproduce. */
export function seededBytes(length: number, seed: number): Buffer {
  let s = seed >>> 0 || 1;
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}
