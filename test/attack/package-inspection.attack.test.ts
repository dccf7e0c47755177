/**
 * Hostile packages against the real `holobench ppkg inspect`: each case must answer (JSON, exit 0 or 1) within its
 * time bound and without aborting under the address-space limit the security review used.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOB_ENTRY_SIZE } from '../../src-main/core/packages/wim/lookup-table.ts';
import { parseResourceHeader, parseWimHeader, RESOURCE_FLAG } from '../../src-main/core/packages/wim/header.ts';
import { capture, tempDir, wimlibAvailable } from '../unit/core/packages/support/wimlib.ts';
import { runBounded, type BoundedRun } from './support/bounded.ts';

const skip = !wimlibAvailable();
const BIG = 32 << 20;
/** The bound: any package under 10 MB inspects in under 5 s (on top of starting the CLI, measured). */
const INSPECT_SECONDS = 5;
let startup = 0;
const bound = (factor = 1): number => factor * INSPECT_SECONDS + startup;
const ADDRESS_SPACE_KIB = 4_000_000;

interface Inspection {
  size: number;
  members: { path: string; sha256: string | null }[];
  findings: { severity: string; code: string }[];
}

function answered(run: BoundedRun): Inspection {
  expect(run.timedOut, `still running after ${INSPECT_SECONDS} s plus ${startup} s to start`).toBe(false);
  expect(run.stderr).not.toMatch(/Fatal process out of memory|\n\s+at /);
  expect([0, 1], run.stderr).toContain(run.code);
  return JSON.parse(run.stdout) as Inspection;
}

/** Points every stream's lookup entry except the biggest at the biggest one's stored bytes (same offset). */
function shareOneStoredStream(wim: Buffer): Buffer {
  const out = Buffer.from(wim);
  const { offset, sizeInWim } = parseWimHeader(out.subarray(0, 208), out.length).blobTable;
  const entries: number[] = [];
  for (let at = offset; at + BLOB_ENTRY_SIZE <= offset + sizeInWim; at += BLOB_ENTRY_SIZE) {
    if (!(parseResourceHeader(out, at, 'entry').flags & RESOURCE_FLAG.metadata)) entries.push(at);
  }
  const biggest = entries.reduce((a, b) =>
    parseResourceHeader(out, b, 'b').originalSize > parseResourceHeader(out, a, 'a').originalSize ? b : a,
  );
  for (const at of entries) if (at !== biggest) out.copy(out, at, biggest, biggest + 24);
  return out;
}

describe.skipIf(skip)('package inspection under attack: bounded time, no abort', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    dir = await tempDir('attack-ppkg');
    // 12,000 XML-named hard links to one 32 MiB stream: one stored stream, 12,000 directory entries.
    const links = join(dir.path, 'links');
    await mkdir(join(links, 'l'), { recursive: true });
    await writeFile(join(links, 'a.xml'), Buffer.alloc(BIG));
    for (let i = 0; i < 12_000; i++) await link(join(links, 'a.xml'), join(links, 'l', `l${i}.xml`));
    files.links = join(dir.path, 'links.ppkg');
    capture(links, files.links, 'LZX');

    // 300 small streams whose lookup entries all point at the stored bytes of one 32 MiB stream.
    const shared = join(dir.path, 'shared');
    await mkdir(shared);
    await writeFile(join(shared, 'big.bin'), Buffer.alloc(BIG));
    for (let i = 0; i < 300; i++) await writeFile(join(shared, `s${i}.xml`), `<a>${i}</a>`);
    const sharedWim = join(dir.path, 'shared.wim');
    capture(shared, sharedWim, 'LZX');
    files.shared = join(dir.path, 'shared.ppkg');
    await writeFile(files.shared, shareOneStoredStream(await readFile(sharedWim)));

    // Distinct streams that together unpack to 10 x 32 MiB from about 3 MB: over the decompression budget.
    const bomb = join(dir.path, 'bomb');
    await mkdir(bomb);
    for (let i = 0; i < 10; i++) {
      const f = join(bomb, `f${i}.bin`);
      await writeFile(f, createHash('sha256').update(String(i)).digest());
      await truncate(f, BIG);
    }
    files.bomb = join(dir.path, 'bomb.ppkg');
    capture(bomb, files.bomb, 'XPRESS');

    // One member of 32 MiB: enough to start decode workers.
    const big = join(dir.path, 'big');
    await mkdir(big);
    await writeFile(join(big, 'big.bin'), Buffer.alloc(BIG, 7));
    files.big = join(dir.path, 'big.ppkg');
    capture(big, files.big, 'LZX');

    // The same run's cost of starting the CLI and inspecting a tiny package: the bound is on top of it.
    const tiny = join(dir.path, 'tiny');
    await mkdir(tiny);
    await writeFile(join(tiny, 'a.xml'), '<a/>');
    capture(tiny, join(dir.path, 'tiny.ppkg'), 'XPRESS');
    const baseline = await runBounded(['ppkg', 'inspect', join(dir.path, 'tiny.ppkg'), '--json'], { seconds: 30 });
    startup = baseline.ms / 1000;
  }, 120_000);
  afterAll(() => dir?.remove());

  it('12,000 links to one XML-named stream: decompressed once, every member hashed', async () => {
    const run = await runBounded(['ppkg', 'inspect', files.links!, '--json'], { seconds: bound() });
    const result = answered(run);
    expect(result.size).toBeLessThan(10e6);
    expect(result.members).toHaveLength(12_001);
    expect(new Set(result.members.map((m) => m.sha256))).toEqual(
      new Set([createHash('sha256').update(Buffer.alloc(BIG)).digest('hex')]),
    );
    expect(run.peakMiB ?? 0).toBeLessThan(1024);
  });

  it('300 streams sharing one stored stream: damaged, not decompressed 300 times', async () => {
    const result = answered(await runBounded(['ppkg', 'inspect', files.shared!, '--json'], { seconds: bound() }));
    expect(result.findings.map((f) => f.code)).toContain('ppkg.corrupt');
  });

  it('a package that unpacks 100 times its size: ppkg.too-much-data, stopped at the budget', async () => {
    const result = answered(await runBounded(['ppkg', 'inspect', files.bomb!, '--json'], { seconds: bound() }));
    expect(result.size).toBeLessThan(10e6);
    expect(result.findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.too-much-data' });
    expect(result.members.filter((m) => m.sha256 === null).length).toBeGreaterThan(0);
  });

  it(`under ulimit -v ${ADDRESS_SPACE_KIB}, a member big enough for decode workers answers, never aborts`, async () => {
    const run = await runBounded(['ppkg', 'inspect', files.big!, '--json'], {
      seconds: bound(2),
      addressSpaceKiB: ADDRESS_SPACE_KIB,
    });
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).not.toBe(133);
    expect(answered(run).members).toHaveLength(1);
  });

  it('with HOLOBENCH_DECODE_THREADS=0 and a tight limit, decoding stays on one thread and answers', async () => {
    const run = await runBounded(['ppkg', 'inspect', files.big!, '--json'], {
      seconds: bound(2),
      addressSpaceKiB: ADDRESS_SPACE_KIB,
      env: { HOLOBENCH_DECODE_THREADS: '0' },
    });
    expect(answered(run).members).toHaveLength(1);
  });
});
