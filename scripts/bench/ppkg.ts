/**
 * `npm run bench` suite for the .ppkg reader: inspect and extract a 64 MiB XPRESS archive, next to
 * `wimlib-imagex apply` of the same archive in the same run. Only ratios measured here mean anything.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inspectPackage } from '../../src-main/core/packages/inspect.ts';
import { WimArchive } from '../../src-main/core/packages/wim/reader.ts';
import { DecodePool } from '../../src-main/core/packages/wim/decode-pool.ts';
import { extractImage } from '../../src-main/core/packages/wim/extract.ts';
import type { Metric } from './metric.ts';

const run = promisify(execFile);
const WIMLIB = process.env.WIMLIB_IMAGEX ?? 'wimlib-imagex';
const TOTAL_BYTES = 64 << 20;
const FILES = 8;
const ROUNDS = 3;

/** xorshift32: the same data on every run, so numbers compare across runs. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/**
 * Text-like bytes: words from a skewed vocabulary with punctuation and line breaks. Compresses about 2:1 with
 * XPRESS with mostly short matches, a harder case than real package XML, so the decoder's per-symbol cost shows.
 */
export function textLikeBytes(length: number, seed: number): Buffer {
  const next = prng(seed);
  const letters = Buffer.from('etaoinshrdlucmfwypvbgkjqxz');
  // 4096 words of 2-10 letters packed in one buffer; start/length per word.
  const words = Buffer.allocUnsafe(4096 * 10);
  const starts = new Uint32Array(4096);
  const lengths = new Uint8Array(4096);
  let used = 0;
  for (let w = 0; w < 4096; w++) {
    starts[w] = used;
    lengths[w] = 2 + (next() % 9);
    for (let i = 0; i < lengths[w]!; i++) words[used++] = letters[Math.min(next() % 26, next() % 26)]!;
  }
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  let column = 0;
  while (at < length) {
    const r = next();
    // Skew towards common words: the smaller of two draws.
    const w = Math.min(r & 4095, (r >>> 12) & 4095);
    const n = Math.min(lengths[w]!, length - at);
    for (let i = 0, from = starts[w]!; i < n; i++) out[at++] = words[from + i]!;
    column += n + 1;
    if (at >= length) break;
    const sep = r >>> 28;
    out[at++] = column > 72 ? 0x0a : sep === 0 ? 0x2c : sep === 1 ? 0x2e : 0x20;
    if (column > 72) column = 0;
  }
  return out;
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runPpkgBench(): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'holobench-ppkg-bench-'));
  try {
    const src = join(dir, 'src');
    await mkdir(src);
    for (let i = 0; i < FILES; i++)
      await writeFile(join(src, `part-${i}.txt`), textLikeBytes(TOTAL_BYTES / FILES, i + 1));
    const archive = join(dir, 'bench.ppkg');
    try {
      await run(WIMLIB, ['capture', src, archive, 'bench', '--compress=XPRESS']);
    } catch {
      return [{ name: 'ppkg.vs_wimlib', value: 0, unit: 'ratio', note: `${WIMLIB} is not installed; suite skipped` }];
    }

    const inspectMs: number[] = [];
    const oursMs: number[] = [];
    const oneThreadMs: number[] = [];
    const wimlibMs: number[] = [];
    const extract = async (to: string, decodeThreads?: number): Promise<void> => {
      const wim = await WimArchive.openFile(archive, { decodeThreads });
      try {
        await extractImage(wim, await wim.readImage(1), to);
      } finally {
        await wim.close();
      }
    };
    for (let round = 0; round < ROUNDS; round++) {
      inspectMs.push(await timed(() => inspectPackage(archive)));
      const ours = join(dir, `ours-${round}`);
      oursMs.push(await timed(() => extract(ours)));
      const oneThread = join(dir, `one-thread-${round}`);
      oneThreadMs.push(await timed(() => extract(oneThread, 0)));
      const theirs = join(dir, `wimlib-${round}`);
      wimlibMs.push(await timed(() => run(WIMLIB, ['apply', archive, '1', theirs])));
      for (const d of [ours, oneThread, theirs]) await rm(d, { recursive: true });
    }

    const mb = TOTAL_BYTES / 1e6;
    const ratio = median(oursMs) / median(wimlibMs);
    return [
      {
        name: 'ppkg.inspect_ms',
        value: round1(median(inspectMs)),
        unit: 'ms',
        note: '64 MiB XPRESS, hashes every member',
      },
      {
        name: 'ppkg.extract_mb_s',
        value: round1(mb / (median(oursMs) / 1000)),
        unit: 'MB/s',
        comparedTo: 'wimlib-imagex apply',
        note: `wimlib-imagex apply: ${round1(mb / (median(wimlibMs) / 1000))} MB/s`,
      },
      {
        name: 'ppkg.vs_wimlib',
        value: Math.round(ratio * 100) / 100,
        unit: 'ratio',
        comparedTo: 'wimlib-imagex apply',
        goal: '<= 1.0',
        pass: ratio <= 1.0,
        note: `our extract time / wimlib extract time, same archive, same run; ${decodeThreads()} decode worker(s)`,
      },
      {
        name: 'ppkg.vs_wimlib_one_thread',
        value: Math.round((median(oneThreadMs) / median(wimlibMs)) * 100) / 100,
        unit: 'ratio',
        comparedTo: 'wimlib-imagex apply',
        goal: '<= 1.3',
        pass: median(oneThreadMs) / median(wimlibMs) <= 1.3,
        note: 'the same, with all decoding on the calling thread (decodeThreads: 0)',
      },
      ...(await inspectCommandVsWimlib(dir)),
    ];
  } finally {
    await DecodePool.closeShared();
    await rm(dir, { recursive: true, force: true });
  }
}

const BIN = join(import.meta.dirname, '../../bin/holobench.mjs');
const MEMBER_BYTES = 50_000_000;

/**
 * `holobench ppkg inspect` of a package holding one 50 MB member, as a whole command (start-up included), next to
 * `wimlib-imagex extract --to-stdout | sha256sum` of the same member: what a technician waits for either way.
 */
async function inspectCommandVsWimlib(dir: string): Promise<Metric[]> {
  const src = join(dir, 'member');
  await mkdir(src);
  await writeFile(join(src, 'member.txt'), textLikeBytes(MEMBER_BYTES, 99));
  const metrics: Metric[] = [];
  for (const compression of ['XPRESS', 'LZX'] as const) {
    const archive = join(dir, `member-${compression}.ppkg`);
    await run(WIMLIB, ['capture', src, archive, 'member', `--compress=${compression}`]);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(
        await timed(() => run(process.execPath, [BIN, 'ppkg', 'inspect', archive, '--json'], { maxBuffer: 1 << 24 })),
      );
      theirs.push(
        await timed(() => run('sh', ['-c', `"${WIMLIB}" extract "${archive}" 1 /member.txt --to-stdout | sha256sum`])),
      );
    }
    const ratio = median(ours) / median(theirs);
    metrics.push({
      name: `ppkg.inspect_command_vs_wimlib_${compression.toLowerCase()}`,
      value: Math.round(ratio * 100) / 100,
      unit: 'ratio',
      comparedTo: 'wimlib-imagex extract --to-stdout | sha256sum',
      goal: '<= 1.5',
      pass: ratio <= 1.5,
      note: `holobench ppkg inspect (${Math.round(median(ours))} ms) of a 50 MB ${compression} member, whole command`,
    });
  }
  return metrics;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const decodeThreads = (): number => Math.min(4, availableParallelism());

if (import.meta.main) {
  for (const metric of await runPpkgBench()) console.log(JSON.stringify(metric));
}
