/**
 * `npm run bench` suite for the command line's start: warehouse scripts call `holobench` once per device and step.
 * Each figure is a median of 5 next to a bare `node -e 0` measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metric } from './metric.ts';
import { percentile } from './util.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/holobench.mjs');
const RUNS = 5;
const ERROR_ARGS = ['error', '80180014', '--json'];
const PLAN_ARGS = ['plan', '--model', 'hololens2', '--identity', 'entra', '--users', 'multi', '--stage', 'production'];

function wallMs(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(args: string[], env?: NodeJS.ProcessEnv): number {
  wallMs(args, env); // warm the page cache; not counted
  return percentile(
    Array.from({ length: RUNS }, () => wallMs(args, env)),
    50,
  );
}

function peakRssMb(args: string[]): number {
  const out = join(tmpdir(), `holobench-rss-${process.pid}`);
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    wallMs(['--import', join(ROOT, 'scripts/perf/report-rss.mjs'), ...args], { HOLOBENCH_RSS_OUT: out });
    values.push(Number(readFileSync(out, 'utf8')) / (1 << 20));
  }
  rmSync(out, { force: true });
  return Math.round(percentile(values, 50) * 10) / 10;
}

export async function runCliBench(): Promise<Metric[]> {
  if (!existsSync(join(ROOT, 'out/cli/main.js'))) {
    return [{ name: 'cli.start_ms', value: Number.NaN, unit: 'ms', note: 'out/cli is not built: run npm run build' }];
  }
  const bare = median(['-e', '0']);
  const start = median([BIN, ...ERROR_ARGS]);
  const plan = median([BIN, ...PLAN_ARGS]);
  const sources = median([BIN, ...ERROR_ARGS], { HOLOBENCH_CLI_SOURCES: '1' });
  const rss = peakRssMb([BIN, ...ERROR_ARGS]);
  const ratio = Math.round((start / bare) * 100) / 100;
  return Promise.resolve([
    { name: 'cli.bare_node_ms', value: Math.round(bare), unit: 'ms', note: 'node -e 0, median of 5' },
    {
      name: 'cli.start_ms',
      value: Math.round(start),
      unit: 'ms',
      comparedTo: 'cli.bare_node_ms',
      goal: '< 250 ms and <= 4x bare node',
      pass: start < 250 && ratio <= 4,
      note: `holobench ${ERROR_ARGS.join(' ')}, median of 5 (${ratio}x bare node)`,
    },
    {
      name: 'cli.start_vs_bare_node',
      value: ratio,
      unit: 'x',
      comparedTo: 'cli.bare_node_ms',
      goal: '<= 4',
      pass: ratio <= 4,
    },
    {
      name: 'cli.plan_ms',
      value: Math.round(plan),
      unit: 'ms',
      comparedTo: 'cli.bare_node_ms',
      note: 'plan, median of 5',
    },
    {
      name: 'cli.start_from_sources_ms',
      value: Math.round(sources),
      unit: 'ms',
      comparedTo: 'cli.start_ms',
      note: 'the same command from the TypeScript sources (HOLOBENCH_CLI_SOURCES=1): what the bundle saves',
    },
    {
      name: 'cli.start_rss_mb',
      value: rss,
      unit: 'MB',
      goal: '< 80 MB',
      pass: rss < 80,
      note: `peak RSS of holobench ${ERROR_ARGS.join(' ')}, median of 5`,
    },
  ]);
}
