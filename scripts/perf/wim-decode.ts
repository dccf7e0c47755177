/**
 * Micro-bench for the WIM chunk decoders, one change at a time: the compressed chunks of a real 50 MB member
 * (the `npm run bench -- ppkg` member, captured by wimlib-imagex as XPRESS and LZX) are read into memory once, then
 * decoded again and again on this thread; CPU time (process.cpuUsage) per pass, median of the runs. SHA-1 and
 * SHA-256 of the decoded bytes are timed the same way, and `wimlib-imagex extract --to-stdout` of the same member
 * (user + system CPU) in the same run, so the figures compare on a shared, noisy machine.
 *
 *   node scripts/perf/wim-decode.ts [xpress|lzx ...] [--runs N] [--baseline DIR]
 *
 * --baseline names another copy of src-main/core/packages/wim (e.g. `git archive main src-main/core/packages/wim |
 * tar -x -C /tmp/base`, then DIR=/tmp/base/src-main/core/packages/wim): its decoders run alternately with these in
 * the same process, and the ratio of the medians is printed, which is what to compare a change by.
 *
 * Fixtures are cached under $TMPDIR/holobench-wim-decode (about 100 MB); delete the folder to rebuild them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { textLikeBytes } from '../bench/ppkg.ts';
import type { ChunkDecoder, WindowJob } from '../../src-main/core/packages/wim/decode-window.ts';
import { LzxDecoder, XpressDecoder } from '../../src-main/core/packages/wim/wasm-decoders.ts';
import { WimArchive } from '../../src-main/core/packages/wim/reader.ts';

const WIMLIB = process.env.WIMLIB_IMAGEX ?? 'wimlib-imagex';
const MEMBER_BYTES = 50_000_000;
const WINDOW_BYTES = 1 << 20;
const dir = join(tmpdir(), 'holobench-wim-decode');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const baselineAt = args.indexOf('--baseline');
const baselineDir = baselineAt >= 0 ? resolve(args[baselineAt + 1]!) : null;
const codecs = args.filter((a) => a === 'xpress' || a === 'lzx');
if (codecs.length === 0) codecs.push('xpress', 'lzx');

function fixture(compression: string): string {
  const member = join(dir, 'member', 'member.txt');
  if (!existsSync(member)) {
    mkdirSync(join(dir, 'member'), { recursive: true });
    writeFileSync(member, textLikeBytes(MEMBER_BYTES, 99));
  }
  const archive = join(dir, `member-${compression}.wim`);
  if (!existsSync(archive))
    execFileSync(WIMLIB, ['capture', join(dir, 'member'), archive, 'member', `--compress=${compression}`]);
  return archive;
}

/** The member's windows of compressed chunks, as resource-reader hands them to decodeWindow. */
async function windowsOf(archive: string): Promise<{ jobs: WindowJob[]; chunkSize: number }> {
  const wim = await WimArchive.openFile(archive, { decodeThreads: 0 });
  try {
    const blob = [...wim.blobTable.blobs.values()].find((b) => b.resource.originalSize === MEMBER_BYTES)!;
    const { offset, sizeInWim, originalSize } = blob.resource;
    const raw = readFileSync(archive).subarray(offset, offset + sizeInWim);
    const chunkSize = wim.header.chunkSize;
    const numChunks = Math.ceil(originalSize / chunkSize);
    const tableBytes = (numChunks - 1) * 4;
    const starts = new Float64Array(numChunks + 1);
    for (let i = 1; i < numChunks; i++) starts[i] = raw.readUInt32LE((i - 1) * 4);
    starts[numChunks] = sizeInWim - tableBytes;
    const data = raw.subarray(tableBytes);
    const perWindow = WINDOW_BYTES / chunkSize;
    const jobs: WindowJob[] = [];
    for (let first = 0; first < numChunks; first += perWindow) {
      const last = Math.min(numChunks, first + perWindow);
      const base = starts[first]!;
      jobs.push({
        input: Buffer.from(data.subarray(base, starts[last])), // a Buffer, as readExactly gives the reader
        starts: Int32Array.from(starts.subarray(first, last + 1), (s) => s - base),
        chunkSize,
        outLength: Math.min(originalSize, last * chunkSize) - first * chunkSize,
      });
    }
    return { jobs, chunkSize };
  } finally {
    await wim.close();
  }
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU milliseconds of `wimlib-imagex extract --to-stdout > /dev/null`, as bash's `times` reports for children. */
function wimlibMs(archive: string): number {
  const out = execFileSync('bash', [
    '-c',
    `"${WIMLIB}" extract "${archive}" 1 /member.txt --to-stdout > /dev/null; times`,
  ]).toString();
  const line = out.trim().split('\n').at(-1)!;
  const [user, sys] = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return user! + sys!;
}

const expected = createHash('sha256').update(textLikeBytes(MEMBER_BYTES, 99)).digest('hex');

type Decode = (job: WindowJob, decoder: ChunkDecoder) => Uint8Array;
const decodeWindow: Decode = (job, decoder) => decoder.decodeWindow(job);
interface Variant {
  name: string;
  decodeWindow: Decode;
  make: (compression: string, chunkSize: number) => ChunkDecoder;
}
const variants: Variant[] = [
  {
    name: 'current',
    decodeWindow,
    make: (c, size) => (c === 'xpress' ? new XpressDecoder() : new LzxDecoder(size)),
  },
];
if (baselineDir) {
  const load = async (file: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(join(baselineDir, file)).href)) as Record<string, unknown>;
  // A baseline from before the WebAssembly decoders has them in xpress.ts and lzx.ts and a decodeWindow function.
  const oldWindow = (await load('decode-window.ts')).decodeWindow as Decode | undefined;
  const classes = oldWindow
    ? { ...(await load('xpress.ts')), ...(await load('lzx.ts')) }
    : await load('wasm-decoders.ts');
  const base = {
    window: oldWindow ?? decodeWindow,
    Xpress: classes.XpressDecoder as new () => ChunkDecoder,
    Lzx: classes.LzxDecoder as new (size: number) => ChunkDecoder,
  };
  variants.push({
    name: 'baseline',
    decodeWindow: base.window,
    make: (c, size) => (c === 'xpress' ? new base.Xpress() : new base.Lzx(size)),
  });
}

for (const compression of codecs) {
  const archive = fixture(compression.toUpperCase());
  const { jobs, chunkSize } = await windowsOf(archive);
  const decoders = variants.map((v) => v.make(compression, chunkSize));
  const decode: number[][] = variants.map(() => []);
  const sha1: number[] = [];
  const sha256: number[] = [];
  const wimlib: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (let v = 0; v < variants.length; v++) {
      const outputs: Uint8Array[] = [];
      const { decodeWindow: decodeOne } = variants[v]!;
      decode[v]!.push(cpuMs(() => jobs.forEach((job) => outputs.push(decodeOne(job, decoders[v]!)))));
      let check = '';
      const sha256Ms = cpuMs(() => {
        check = outputs.reduce((h, o) => h.update(o), createHash('sha256')).digest('hex');
      });
      if (check !== expected) throw new Error(`${compression}: ${variants[v]!.name} decoded bytes differ`);
      if (v === 0) {
        sha256.push(sha256Ms);
        sha1.push(cpuMs(() => outputs.reduce((h, o) => h.update(o), createHash('sha1')).digest()));
      }
    }
    wimlib.push(wimlibMs(archive));
  }
  const d = median(decode[0]!);
  const w = median(wimlib);
  console.log(
    JSON.stringify({
      compression,
      decodeMs: Math.round(d),
      ...(variants.length > 1
        ? { baselineMs: Math.round(median(decode[1]!)), vsBaseline: round2(d / median(decode[1]!)) }
        : {}),
      sha1Ms: Math.round(median(sha1)),
      sha256Ms: Math.round(median(sha256)),
      wimlibExtractMs: Math.round(w),
      decodeVsWimlib: round2(d / w),
      decodeRuns: decode[0]!.map(Math.round),
      wimlibRuns: wimlib.map(Math.round),
    }),
  );
}
