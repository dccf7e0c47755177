import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { objectInfoFor } from '../../src-main/core/mtp/datasets.ts';
import { MtpStorage } from '../../src-main/core/mtp/mtp-storage.ts';
import { SimStorageTree, createSimMtpPipe } from '../../src-main/sim/mtp/index.ts';
import { patternPeriod } from '../../src-main/sim/mtp/blobs.ts';
import { SimUsbLink } from '../../src-main/sim/mtp/sim-link.ts';
import type { Metric } from './metric.ts';
import { umtprdRates } from './mtp-umtprd.ts';

/**
 * MTP throughput and memory through the simulator's zero-latency link, with the link's own rate measured in the
 * same run. What each number covers:
 * - raw_pipe: the same bytes through the same link in the same 1 MiB transfers, memory to memory, no MTP.
 * - protocol_*: the MTP session over that link, memory to memory: what MTP itself costs on top of the link.
 * - pull/push: the whole station path: local file, SHA-256, temp file + rename, simulated storage.
 * - sha256: SHA-256 alone on one core (this thread), over the same amount of bytes: the cost a verified transfer
 *   cannot avoid. Verified push and pull are given as ratios to it (the station hashes in a worker, overlapped).
 * - umtprd_*: push and pull through uMTP-Responder over ffs-loopback sockets (a real device-side implementation).
 * All six are measured interleaved, slice by slice, and each rate is total bytes over total time: load on a shared
 * machine then falls on all of them alike instead of on one side of a ratio. The first, memory-warming 1 GiB pull
 * gives the memory figures.
 */
const MiB = 1024 * 1024;
const MOVE = 1024 * MiB;
const ROUND = 128 * MiB;
const ROUNDS = 4;
const ROOT = 0xffffffff;
const DOCS = 'Internal Storage/Documents';

const mbps = (bytes: number, ms: number) => Math.round(bytes / 1e6 / (ms / 1000));
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Milliseconds `run` takes. */
async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function rawOut(bytes: number): Promise<number> {
  const chunk = patternPeriod(11).subarray(0, MiB);
  const link = new SimUsbLink();
  const device = (async () => {
    for (let n = 0; n < bytes;) n += (await link.receiveOut()).length;
  })();
  return elapsed(async () => {
    for (let n = 0; n < bytes; n += MiB) await link.host.writeOut(chunk, 5000);
    await device;
  });
}

async function rawIn(bytes: number): Promise<number> {
  const chunk = patternPeriod(11).subarray(0, MiB);
  const link = new SimUsbLink();
  return elapsed(async () => {
    const feeder = (async () => {
      for (let n = 0; n < bytes; n += MiB) await link.sendIn(chunk, n + MiB >= bytes);
    })();
    for (let n = 0; n < bytes;) n += (await link.host.readIn(MiB, 5000)).length;
    await feeder;
  });
}

function writePatternFile(path: string, size: number): void {
  const period = patternPeriod(5);
  const fd = openSync(path, 'w');
  for (let n = 0; n < size; n += MiB) writeSync(fd, period, 0, Math.min(MiB, size - n));
  closeSync(fd);
}

/**
 * Samples RSS and heap while `run` moves data; reports the peak growth over the level before it, also as it stood
 * a quarter of the way: flat memory means both are about the same, not four times apart.
 */
async function memoryWhile(
  run: (onBytes: (bytes: number) => void) => Promise<unknown>,
): Promise<{ rssMb: number; heapMb: number; rssQuarterMb: number }> {
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  let quarter = -1;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 10);
  try {
    await run((bytes) => {
      if (quarter < 0 && bytes >= MOVE / 4) quarter = rss;
    });
  } finally {
    clearInterval(timer);
  }
  const mb = (n: number) => Math.round(Math.max(0, n) / 1e6);
  return { rssMb: mb(rss - base.rss), heapMb: mb(heap - base.heapUsed), rssQuarterMb: mb(quarter - base.rss) };
}

/** SHA-256 alone, one core, memory to memory: MB/s. */
function sha256Rate(bytes: number): number {
  const chunk = patternPeriod(9).subarray(0, MiB);
  const t = performance.now();
  const h = createHash('sha256');
  for (let n = 0; n < bytes; n += MiB) h.update(chunk);
  h.digest();
  return mbps(bytes, performance.now() - t);
}

/** Milliseconds per slice, by what moved it. */
interface Round {
  rawIn: number;
  rawOut: number;
  protocolPull: number;
  protocolPush: number;
  pull: number;
  push: number;
}

export async function runMtpBench(): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'holobench-mtp-bench-'));
  // The station's path: pushed objects are kept in files, so the simulator's memory stays out of the figures.
  const tree = new SimStorageTree({ spillDir: dir, capacityBytes: 1e13 });
  tree.addPatternFile('Videos/move.bin', MOVE, 3);
  tree.addPatternFile('Videos/round.bin', ROUND, 4);
  const storage = await MtpStorage.open(createSimMtpPipe(tree), { timeoutMs: 10_000, events: false });
  // MTP alone: objects in memory on the simulated side, a counting sink and a memory source on ours.
  const memTree = new SimStorageTree({ capacityBytes: 1e13 });
  const memHandle = memTree.addPatternFile('Videos/round.bin', ROUND, 4);
  const memStorage = await MtpStorage.open(createSimMtpPipe(memTree), { timeoutMs: 10_000, events: false });
  const period = patternPeriod(6);
  const local = join(dir, 'pulled.bin');
  const source = join(dir, 'source.bin');
  try {
    const memory = await memoryWhile((onBytes) =>
      storage.pull('Internal Storage/Videos/move.bin', local, { onProgress: (p) => onBytes(p.bytes) }),
    );
    rmSync(local);
    writePatternFile(source, ROUND);

    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const r: Round = {
        rawIn: await rawIn(ROUND),
        rawOut: await rawOut(ROUND),
        protocolPull: await elapsed(() =>
          memStorage.session.transaction((o) => o.getObject(memHandle, { write() {} })),
        ),
        protocolPush: await elapsed(() =>
          memStorage.session.transaction(async (o) => {
            const info = objectInfoFor({
              storageId: memTree.storageId,
              parent: ROOT,
              filename: `p${i}.bin`,
              size: ROUND,
            });
            const { handle } = await o.sendObjectInfo(memTree.storageId, ROOT, info);
            await o.sendObject(() => ({ size: ROUND, fill: (t) => t.set(period.subarray(0, t.length)) }));
            await o.deleteObject(handle);
          }),
        ),
        pull: await elapsed(() => storage.pull('Internal Storage/Videos/round.bin', local)),
        push: await elapsed(() => storage.push(source, DOCS, { verify: false })),
      };
      rmSync(local);
      rounds.push(r);
    }
    const shaBefore = sha256Rate(ROUND);
    const verified = mbps(ROUND, await elapsed(() => storage.push(source, DOCS)));
    const sha256 = Math.round((shaBefore + sha256Rate(ROUND)) / 2);
    const umtprd = await umtprdRates(source, ROUND);

    const m = (key: keyof Round) =>
      mbps(
        ROUND * rounds.length,
        rounds.reduce((ms, r) => ms + r[key], 0),
      );
    const ratio = (a: keyof Round, b: keyof Round) => round2(m(a) / m(b));
    const half = (v: number) => ({ goal: '>= 0.5', pass: v >= 0.5 });
    const rawRate = Math.round((m('rawIn') + m('rawOut')) / 2);
    const [pull, push, protocolPull, protocolPush] = [m('pull'), m('push'), m('protocolPull'), m('protocolPush')];
    const ratios = {
      pull: ratio('pull', 'rawIn'),
      push: ratio('push', 'rawOut'),
      protocolPull: ratio('protocolPull', 'rawIn'),
      protocolPush: ratio('protocolPush', 'rawOut'),
    };
    const raw = 'mtp.raw_pipe_mb_s';
    const toSha = (v: number) => round2(v / sha256);
    const umtprdMetrics: Metric[] =
      'skipped' in umtprd
        ? [{ name: 'mtp.umtprd_push_mb_s', value: 0, unit: 'MB/s', note: `skipped: ${umtprd.skipped}` }]
        : [
            {
              name: 'mtp.umtprd_push_mb_s',
              value: umtprd.pushMbS,
              unit: 'MB/s',
              comparedTo: 'sha256_mb_s',
              note: `uMTP-Responder over ffs-loopback, no read-back (${toSha(umtprd.pushMbS)} of sha256)`,
            },
            {
              name: 'mtp.umtprd_push_verified_mb_s',
              value: umtprd.pushVerifiedMbS,
              unit: 'MB/s',
              comparedTo: 'sha256_mb_s',
              note: `uMTP-Responder, read-back check included (${toSha(umtprd.pushVerifiedMbS)} of sha256)`,
            },
            {
              name: 'mtp.umtprd_pull_mb_s',
              value: umtprd.pullMbS,
              unit: 'MB/s',
              comparedTo: 'sha256_mb_s',
              note: `uMTP-Responder -> local file, with SHA-256 (${toSha(umtprd.pullMbS)} of sha256)`,
            },
          ];
    return [
      {
        name: 'sha256_mb_s',
        value: sha256,
        unit: 'MB/s',
        note: 'SHA-256 alone on one core, memory to memory, measured before and after the verified push',
      },
      {
        name: 'mtp.push_verified_vs_sha256',
        value: toSha(verified),
        unit: 'ratio',
        comparedTo: 'sha256_mb_s',
        goal: '>= 0.4',
        pass: toSha(verified) >= 0.4,
        note: `verified push ${verified} MB/s: send, read back, hash both (hashing in a worker, overlapped)`,
      },
      {
        name: 'mtp.pull_vs_sha256',
        value: toSha(pull),
        unit: 'ratio',
        comparedTo: 'sha256_mb_s',
        goal: '>= 0.7',
        pass: toSha(pull) >= 0.7,
        note: `pull ${pull} MB/s to a local file, with SHA-256`,
      },
      ...umtprdMetrics,
      {
        name: raw,
        value: rawRate,
        unit: 'MB/s',
        note: `link alone, memory to memory: in ${m('rawIn')}, out ${m('rawOut')}`,
      },
      {
        name: 'mtp.pull_mb_s',
        value: pull,
        unit: 'MB/s',
        comparedTo: raw,
        goal: '>= 400',
        pass: pull >= 400,
        note: 'object -> local file, with SHA-256',
      },
      {
        name: 'mtp.push_mb_s',
        value: push,
        unit: 'MB/s',
        comparedTo: raw,
        goal: '>= 400',
        pass: push >= 400,
        note: 'local file -> device, with SHA-256, no read-back',
      },
      {
        name: 'mtp.push_verified_mb_s',
        value: verified,
        unit: 'MB/s',
        comparedTo: 'mtp.push_mb_s',
        note: 'file size / time, read-back check included',
      },
      {
        name: 'mtp.pull_vs_raw',
        value: ratios.pull,
        unit: 'ratio',
        comparedTo: raw,
        ...half(ratios.pull),
        note: 'bounded by SHA-256 and file writes on one core',
      },
      {
        name: 'mtp.push_vs_raw',
        value: ratios.push,
        unit: 'ratio',
        comparedTo: raw,
        ...half(ratios.push),
        note: 'bounded by SHA-256 and file reads on one core',
      },
      {
        name: 'mtp.protocol_pull_mb_s',
        value: protocolPull,
        unit: 'MB/s',
        comparedTo: raw,
        note: 'GetObject to memory: MTP alone on the link',
      },
      {
        name: 'mtp.protocol_push_mb_s',
        value: protocolPush,
        unit: 'MB/s',
        comparedTo: raw,
        note: 'SendObject from memory: MTP alone on the link',
      },
      {
        name: 'mtp.protocol_pull_vs_raw',
        value: ratios.protocolPull,
        unit: 'ratio',
        comparedTo: raw,
        ...half(ratios.protocolPull),
      },
      {
        name: 'mtp.protocol_push_vs_raw',
        value: ratios.protocolPush,
        unit: 'ratio',
        comparedTo: raw,
        ...half(ratios.protocolPush),
      },
      {
        name: 'mtp.rss_growth_mb_1gb',
        value: memory.rssMb,
        unit: 'MB',
        goal: '< 256 (flat: no object buffered)',
        pass: memory.rssMb < 256,
        note: `peak RSS growth while pulling 1 GiB to a file (${memory.rssQuarterMb} MB after the first 256 MiB)`,
      },
      { name: 'mtp.heap_growth_mb_1gb', value: memory.heapMb, unit: 'MB', goal: '< 64', pass: memory.heapMb < 64 },
    ];
  } finally {
    await storage.close();
    await memStorage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
