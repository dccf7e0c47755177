import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WimError } from '../../../../src-main/core/packages/wim/errors.ts';
import { blobReadable } from '../../../../src-main/core/packages/wim/extract.ts';
import { RESOURCE_FLAG, parseWimHeader } from '../../../../src-main/core/packages/wim/header.ts';
import { BLOB_ENTRY_SIZE } from '../../../../src-main/core/packages/wim/lookup-table.ts';
import { WimArchive, type WimLimits } from '../../../../src-main/core/packages/wim/reader.ts';
import { memorySource } from '../../../../src-main/core/packages/wim/source.ts';
import { textLike } from './support/content.ts';
import { dentryOffset, patchMetadata, writeU64 } from './support/patch.ts';
import { capture, seededBytes, seededRandom, sha256, tempDir, wimlibAvailable, writeTree } from './support/wimlib.ts';

const skip = !wimlibAvailable();

type Outcome = { ok: true; digest: string; ignored: number } | { ok: false; code: string };

/** Reads everything a package inspection reads; anything but a WimError escaping is a bug. */
async function readEverything(bytes: Uint8Array, limits: Partial<WimLimits> = {}): Promise<Outcome> {
  const archive = await WimArchive.open(memorySource(bytes), { limits, decodeThreads: 0 }).catch((e: unknown) => e);
  if (!(archive instanceof WimArchive)) return failure(archive);
  try {
    await archive.readXmlInfo();
    const image = await archive.readImage(1);
    const parts: string[] = [];
    for (const entry of image.entries) {
      if (entry.isDirectory) continue;
      const chunks: Uint8Array[] = [];
      for await (const w of archive.streamBlob(entry.dataSha1)) chunks.push(w);
      parts.push(`${entry.path}=${sha256(Buffer.concat(chunks))}`);
    }
    return { ok: true, digest: parts.sort().join('\n'), ignored: image.ignored.length };
  } catch (error) {
    return failure(error);
  } finally {
    await archive.close();
  }
}

function failure(error: unknown): Outcome {
  if (error instanceof WimError) return { ok: false, code: error.code };
  throw error;
}

const compressions = ['none', 'XPRESS', 'LZX'] as const;
const archives = new Map<string, Buffer>();
const originals = new Map<string, Outcome>();

describe.skipIf(skip)('hostile archives get typed errors, never crashes, hangs or huge allocations', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    dir = await tempDir('wim-hostile');
    const src = join(dir.path, 'src');
    await writeTree(src, {
      'customizations.xml': '<?xml version="1.0"?><WindowsCustomizations><Settings/></WindowsCustomizations>',
      'text.txt': textLike(40_000, 1),
      'random.bin': seededBytes(9000, 2),
      ab: 'two-letter name',
      'sub/dir/leaf.txt': 'leaf',
      'sub/empty.txt': '',
    });
    for (const c of compressions) {
      const file = join(dir.path, `${c}.wim`);
      capture(src, file, c);
      const bytes = await readFile(file);
      archives.set(c, bytes);
      originals.set(c, await readEverything(bytes));
    }
  });
  afterAll(() => dir?.remove());

  it('reads the untouched archives', () => {
    for (const c of compressions) expect(originals.get(c)).toMatchObject({ ok: true, ignored: 0 });
  });

  it.each(compressions)(
    'truncated %s archives: ppkg.truncated (or not-wim before the magic), at every cut',
    async (c) => {
      const bytes = archives.get(c)!;
      const cuts = new Set<number>([0, 1, 7, 8, 9, 100, 207, 208, 209]);
      for (let i = 1; i < 300; i++) cuts.add(Math.floor((bytes.length * i) / 300));
      for (let i = 1; i <= 64; i++) cuts.add(bytes.length - i);
      for (const cut of cuts) {
        const outcome = await readEverything(bytes.subarray(0, cut));
        expect(outcome, `cut at ${cut}`).toEqual({ ok: false, code: cut < 8 ? 'ppkg.not-wim' : 'ppkg.truncated' });
      }
    },
  );

  it.each(compressions)('bit-flipped %s archives: a typed error, or the exact original contents', async (c) => {
    const bytes = archives.get(c)!;
    const original = originals.get(c)!;
    const random = seededRandom(c.length * 7919);
    const started = Date.now();
    for (let i = 0; i < 3000; i++) {
      const mutated = Buffer.from(bytes);
      const at = Math.floor(random() * mutated.length);
      mutated[at]! ^= 1 << Math.floor(random() * 8);
      const outcome = await readEverything(mutated);
      // Every stream is SHA-1 checked: a flip either is reported or did not touch file contents.
      if (outcome.ok) expect(outcome.digest, `flip at ${at}`).toBe((original as { digest: string }).digest);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it.each(compressions)('fuzzed %s archives (random byte runs): typed errors only', async (c) => {
    const bytes = archives.get(c)!;
    const random = seededRandom(c.length * 104729);
    for (let i = 0; i < 2000; i++) {
      const mutated = Buffer.from(bytes);
      const runs = 1 + Math.floor(random() * 4);
      for (let r = 0; r < runs; r++) {
        const at = Math.floor(random() * mutated.length);
        const len = 1 + Math.floor(random() * 16);
        for (let k = 0; k < len && at + k < mutated.length; k++) mutated[at + k] = Math.floor(random() * 256);
      }
      await readEverything(mutated);
    }
  });

  it('header fields with extreme values: typed errors only (fast-check)', async () => {
    const bytes = archives.get('XPRESS')!;
    const extreme = fc.oneof(
      fc.constantFrom(0, 1, 8, 208, 0x7fff_ffff, 0xffff_ffff),
      fc.integer({ min: 0, max: 0xffff_ffff }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 8, max: 203 }), extreme, async (at, value) => {
        const mutated = Buffer.from(bytes);
        mutated.writeUInt32LE(value >>> 0, at - (at % 4));
        await readEverything(mutated);
      }),
      { seed: 20240611, numRuns: 1500 },
    );
  });

  const hostile: { rule: string; build: () => Buffer; limits?: Partial<WimLimits>; code: string }[] = [
    {
      rule: 'a directory whose children list is its own parent list is a loop: ppkg.corrupt',
      build: () =>
        patchMetadata(archives.get('none')!, (m) => {
          const sub = dentryOffset(m, 'sub');
          const parentList = dentryOffset(m, 'ab') < sub ? dentryOffset(m, 'ab') : sub;
          writeU64(m, sub + 16, parentList);
        }),
      code: 'ppkg.corrupt',
    },
    {
      rule: 'folders deeper than the limit: ppkg.too-large',
      build: () => archives.get('none')!,
      limits: { maxDepth: 1 },
      code: 'ppkg.too-large',
    },
    {
      rule: 'more entries than the limit: ppkg.too-large',
      build: () => archives.get('none')!,
      limits: { maxEntries: 3 },
      code: 'ppkg.too-large',
    },
    {
      rule: 'metadata larger than its cap is refused before it is read: ppkg.too-large',
      build: () => archives.get('XPRESS')!,
      limits: { maxMetadataBytes: 64 },
      code: 'ppkg.too-large',
    },
    {
      rule: 'a metadata resource claiming 1 TiB: ppkg.too-large, nothing allocated',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        const { blobTable } = parseWimHeader(out.subarray(0, 208), out.length);
        for (let at = blobTable.offset; at < blobTable.offset + blobTable.sizeInWim; at += BLOB_ENTRY_SIZE) {
          if (out[at + 7]! & RESOURCE_FLAG.metadata) writeU64(out, at + 16, 2 ** 40);
        }
        return out;
      },
      code: 'ppkg.too-large',
    },
    {
      rule: 'a directory entry shorter than its fixed fields: ppkg.corrupt',
      build: () => patchMetadata(archives.get('none')!, (m) => writeU64(m, dentryOffset(m, 'ab'), 40)),
      code: 'ppkg.corrupt',
    },
    {
      rule: 'a directory entry running past the metadata: ppkg.corrupt',
      build: () => patchMetadata(archives.get('none')!, (m) => writeU64(m, dentryOffset(m, 'ab'), 2 ** 40)),
      code: 'ppkg.corrupt',
    },
    {
      rule: 'an odd-length name: ppkg.corrupt',
      build: () => patchMetadata(archives.get('none')!, (m) => m.writeUInt16LE(3, dentryOffset(m, 'ab') + 100)),
      code: 'ppkg.corrupt',
    },
    {
      rule: 'a chunk size the format does not allow: ppkg.compression-unsupported',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt32LE(12345, 20);
        return out;
      },
      code: 'ppkg.compression-unsupported',
    },
    {
      rule: 'part 1 of 2 of a split archive: ppkg.split',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt16LE(2, 42);
        return out;
      },
      code: 'ppkg.split',
    },
    {
      rule: 'an unknown WIM version: ppkg.corrupt',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt32LE(0x10b00, 12);
        return out;
      },
      code: 'ppkg.corrupt',
    },
    {
      rule: 'compression flag without a compression type: ppkg.compression-unsupported',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt32LE(0x2, 16);
        return out;
      },
      code: 'ppkg.compression-unsupported',
    },
    {
      rule: 'a lookup table past the end of the file: ppkg.truncated',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        writeU64(out, 56, out.length);
        return out;
      },
      code: 'ppkg.truncated',
    },
  ];

  /** The lookup table entry of the 40 000-byte text member (two XPRESS chunks: a one-entry chunk table). */
  function textBlob(out: Buffer): { entry: number; offset: number } {
    const { blobTable } = parseWimHeader(out.subarray(0, 208), out.length);
    for (let at = blobTable.offset; at < blobTable.offset + blobTable.sizeInWim; at += BLOB_ENTRY_SIZE) {
      if (out.readUInt32LE(at + 16) === 40_000) return { entry: at, offset: out.readUInt32LE(at + 8) };
    }
    throw new Error('text member not found');
  }

  hostile.push(
    {
      rule: 'a chunk claiming zero stored bytes: ppkg.corrupt',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt32LE(0, textBlob(out).offset);
        return out;
      },
      code: 'ppkg.corrupt',
    },
    {
      rule: 'a chunk claiming more stored bytes than it decodes to: ppkg.corrupt',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        out.writeUInt32LE(40_000, textBlob(out).offset);
        return out;
      },
      code: 'ppkg.corrupt',
    },
    {
      rule: 'a compressed member claiming 1 PiB: refused from its chunk table size, nothing allocated',
      build: () => {
        const out = Buffer.from(archives.get('XPRESS')!);
        writeU64(out, textBlob(out).entry + 16, 2 ** 50);
        return out;
      },
      code: 'ppkg.corrupt',
    },
  );

  it.each(hostile)('$rule', async ({ build, limits, code }) => {
    expect(await readEverything(build(), limits)).toEqual({ ok: false, code });
  });

  it('a damaged member read as a Node stream ends with a ppkg.bad-hash error, not a short file', async () => {
    const damaged = Buffer.from(archives.get('none')!);
    const at = damaged.indexOf('two-letter name');
    damaged[at]! ^= 1;
    const archive = await WimArchive.open(memorySource(damaged), { decodeThreads: 0 });
    const entry = (await archive.readImage(1)).entries.find((e) => e.path === 'ab')!;
    const error = await new Promise<unknown>((resolve) => {
      const stream = blobReadable(archive, entry.dataSha1);
      stream.on('data', () => undefined);
      stream.on('error', resolve);
      stream.on('end', () => resolve(null));
    });
    await archive.close();
    expect(error).toBeInstanceOf(WimError);
    expect((error as WimError).code).toBe('ppkg.bad-hash');
  });

  it.each([
    ['".."', '..'],
    ['a name with a slash', 'a/'],
    ['a name with a NUL', 'a\0'],
  ])('an entry named %s is skipped, as wimlib does, and counted', async (_, name) => {
    const patched = patchMetadata(archives.get('none')!, (m) =>
      Buffer.from(name, 'utf16le').copy(m, dentryOffset(m, 'ab') + 102),
    );
    const outcome = await readEverything(patched);
    expect(outcome).toMatchObject({ ok: true, ignored: 1 });
    expect((outcome as { digest: string }).digest).not.toContain('ab=');
  });
});
