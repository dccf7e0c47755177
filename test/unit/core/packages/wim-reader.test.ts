import { link, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecodePool } from '../../../../src-main/core/packages/wim/decode-pool.ts';
import { extractBlobToFile, extractImage } from '../../../../src-main/core/packages/wim/extract.ts';
import { WimArchive } from '../../../../src-main/core/packages/wim/reader.ts';
import {
  capture,
  fileHashes,
  oracleApply,
  oracleListing,
  seededBytes,
  sha256,
  tempDir,
  wimlibAvailable,
  writeTree,
  type Compression,
} from './support/wimlib.ts';
import { textLike } from './support/content.ts';

const skip = !wimlibAvailable();

/** Everything a reader can get wrong: chunk edges, stored chunks, long runs, deep and non-ASCII paths, links. */
async function buildSourceTree(root: string): Promise<void> {
  const deep = Array.from({ length: 40 }, (_, i) => `d${i}`).join('/');
  const files: Record<string, string | Uint8Array> = {
    'empty.txt': '',
    'one.bin': Uint8Array.of(0xe8),
    'exact-chunk.bin': seededBytes(32768, 1),
    'chunk-plus-one.bin': seededBytes(32769, 2),
    'random-5mb.bin': seededBytes(5_000_000, 3),
    'text-5mb.txt': textLike(5_000_000, 4),
    'zeros-1mb.bin': new Uint8Array(1 << 20),
    'period-3.bin': Buffer.alloc(200_000, 'abc'),
    'calls.bin': Buffer.concat(Array.from({ length: 4000 }, (_, i) => Uint8Array.of(0xe8, i & 255, 0, 0, 0, 0x90))),
    [`${deep}/leaf.txt`]: 'at the bottom',
    'Zürich ü 文件.xml': '<?xml version="1.0"?><a>ü</a>',
    'emoji 😀/naïve café.txt': 'crème brûlée',
    'empty-dir/': '',
    'links/a.bin': seededBytes(70_000, 5),
  };
  for (let i = 0; i < 150; i++) files[`many/file-${i}.txt`] = `small file ${i}\n`.repeat(i);
  await writeTree(root, files);
  await link(join(root, 'links/a.bin'), join(root, 'links/b.bin'));
}

const cases: { name: string; compress: Compression; extra: string[] }[] = [
  { name: 'no compression', compress: 'none', extra: [] },
  { name: 'XPRESS (32 KiB chunks, the WCD default)', compress: 'XPRESS', extra: [] },
  { name: 'XPRESS with 4 KiB chunks', compress: 'XPRESS', extra: ['--chunk-size=4096'] },
  { name: 'XPRESS with 64 KiB chunks', compress: 'XPRESS', extra: ['--chunk-size=65536'] },
  { name: 'LZX (32 KiB chunks)', compress: 'LZX', extra: [] },
  { name: 'LZX with 64 KiB chunks (24-bit block sizes)', compress: 'LZX', extra: ['--chunk-size=65536'] },
];

describe.skipIf(skip)('WIM reader against wimlib-imagex', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let src: string;
  let sourceHashes: Map<string, string>;

  beforeAll(async () => {
    dir = await tempDir('wim-reader');
    src = join(dir.path, 'src');
    await mkdir(src);
    await buildSourceTree(src);
    sourceHashes = await fileHashes(src);
  });
  afterAll(async () => {
    await DecodePool.closeShared();
    await dir?.remove();
  });

  it.each(cases)(
    '$name: listing, sizes and extracted bytes equal the oracle and the source',
    async ({ compress, extra }) => {
      const tag = `${compress}${extra.join('')}`.replace(/[^A-Za-z0-9]/g, '');
      const wimFile = join(dir.path, `${tag}.wim`);
      capture(src, wimFile, compress, extra);

      const archive = await WimArchive.openFile(wimFile);
      try {
        expect(archive.header.compression).toBe(compress === 'none' ? 'none' : compress.toLowerCase());
        const image = await archive.readImage(1);
        const ours = image.entries.filter((e) => e.path !== '').map((e) => e.path);
        expect([...ours].sort()).toEqual(oracleListing(wimFile).sort());
        expect(image.ignored).toEqual([]);

        for (const entry of image.entries.filter((e) => !e.isDirectory)) {
          const chunks: Uint8Array[] = [];
          for await (const w of archive.streamBlob(entry.dataSha1)) chunks.push(w);
          const bytes = Buffer.concat(chunks);
          expect(bytes.length, entry.path).toBe(archive.sizeOf(entry.dataSha1));
          expect(sha256(bytes), entry.path).toBe(sourceHashes.get(entry.path));
        }

        const mine = join(dir.path, `${tag}-ours`);
        const theirs = join(dir.path, `${tag}-wimlib`);
        const summary = await extractImage(archive, image, mine);
        oracleApply(wimFile, theirs);
        expect(summary.files).toBe(sourceHashes.size);
        expect(await fileHashes(mine)).toEqual(await fileHashes(theirs));
        expect(await fileHashes(mine)).toEqual(sourceHashes);
      } finally {
        await archive.close();
      }
    },
  );

  it('decoding on the calling thread gives the same bytes as the worker pool', async () => {
    const wimFile = join(dir.path, 'threads.wim');
    capture(src, wimFile, 'XPRESS');
    for (const decodeThreads of [0, 2]) {
      const archive = await WimArchive.openFile(wimFile, { decodeThreads });
      const image = await archive.readImage(1);
      const out = join(dir.path, `threads-${decodeThreads}`);
      await extractImage(archive, image, out);
      await archive.close();
      expect(await fileHashes(out)).toEqual(sourceHashes);
    }
  });

  it('when the pool stops mid-stream, windows already handed to it are read again and decoded here', async () => {
    const wimFile = join(dir.path, 'pool-stops.wim');
    capture(src, wimFile, 'XPRESS');
    const archive = await WimArchive.openFile(wimFile, { decodeThreads: 2 });
    try {
      const image = await archive.readImage(1);
      const entry = image.entries.find((e) => e.path === 'text-5mb.txt')!;
      const windows: Uint8Array[] = [];
      for await (const window of archive.streamBlob(entry.dataSha1)) {
        // The first window came from a worker; the ones in flight (inputs transferred) are refused from here on.
        if (windows.length === 0) await DecodePool.closeShared();
        windows.push(window);
      }
      expect(windows.length).toBeGreaterThan(2);
      expect(sha256(Buffer.concat(windows))).toBe(sourceHashes.get('text-5mb.txt'));
    } finally {
      await archive.close();
    }
  });

  it('the worker pool decodes a window exactly like the calling thread', async () => {
    const pool = DecodePool.acquire(2);
    expect(pool).not.toBeNull();
    // One stored chunk (compressed size == original): the pool must copy it through unchanged.
    const input = seededBytes(32768, 9);
    const output = await pool!.decode('xpress', {
      input: Uint8Array.from(input), // transferred to the worker
      starts: Int32Array.of(0, 32768),
      chunkSize: 32768,
      outLength: 32768,
    });
    expect(Buffer.compare(Buffer.from(output), input)).toBe(0);
  });

  it('a member extracted to a file is written only once its SHA-1 matched', async () => {
    const wimFile = join(dir.path, 'single.wim');
    capture(src, wimFile, 'LZX');
    const archive = await WimArchive.openFile(wimFile);
    const image = await archive.readImage(1);
    const entry = image.entries.find((e) => e.path === 'text-5mb.txt')!;
    const target = join(dir.path, 'text.out');
    expect(await extractBlobToFile(archive, entry.dataSha1, target)).toBe(5_000_000);
    await archive.close();
    expect((await fileHashes(dir.path)).get('text.out')).toBe(sourceHashes.get('text-5mb.txt'));
  });

  it('hard links share one stream and are both extracted', async () => {
    const wimFile = join(dir.path, 'links.wim');
    capture(src, wimFile, 'XPRESS');
    const archive = await WimArchive.openFile(wimFile);
    const image = await archive.readImage(1);
    await archive.close();
    const a = image.entries.find((e) => e.path === 'links/a.bin')!;
    const b = image.entries.find((e) => e.path === 'links/b.bin')!;
    expect(a.dataSha1).not.toBeNull();
    expect(a.dataSha1).toBe(b.dataSha1);
  });
});
