import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite, Metric } from './metric.ts';

/**
 * `npm run bench`: one JSON document of named metrics. Each suite measures its subject next to a baseline in the
 * same run, because these machines are shared and noisy: compare ratios, never absolute times across runs.
 * Each suite runs in a process of its own, so memory figures (RSS) are the suite's and nobody else's.
 */
const SUITES: Record<string, [file: string, exportName: string]> = {
  cli: ['cli.ts', 'runCliBench'],
  detection: ['detection.ts', 'runDetectionBench'],
  mtp: ['mtp.ts', 'runMtpBench'],
  ppkg: ['ppkg.ts', 'runPpkgBench'],
  batch: ['batch.ts', 'runBatchBench'],
  ui: ['ui.ts', 'runUiBench'],
  warehouse: ['warehouse.ts', 'runWarehouseBench'],
  intune: ['intune.ts', 'runIntuneBench'],
};

async function runOne(name: string): Promise<void> {
  const entry = SUITES[name];
  if (!entry) throw new Error(`unknown bench suite "${name}" (suites: ${Object.keys(SUITES).join(', ')})`);
  const mod = (await import(pathToFileURL(join(import.meta.dirname, entry[0])).href)) as Record<string, BenchSuite>;
  const run = mod[entry[1]];
  if (typeof run !== 'function') throw new Error(`${entry[0]} has no ${entry[1]}`);
  process.stdout.write(JSON.stringify(await run()));
}

function runAll(only: string[]): void {
  const started = Date.now();
  const metrics: Metric[] = [];
  const errors: { suite: string; error: string }[] = [];
  for (const name of Object.keys(SUITES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    if (!existsSync(join(import.meta.dirname, SUITES[name]![0]))) continue;
    const t = Date.now();
    const child = spawnSync(process.execPath, [import.meta.filename, '--suite', name], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      if (child.status !== 0) throw new Error(`exited with ${child.status ?? child.signal}`);
      metrics.push(...(JSON.parse(child.stdout) as Metric[]));
    } catch (error) {
      errors.push({ suite: name, error: error instanceof Error ? error.message : String(error) });
    }
    process.stderr.write(`bench: ${name} took ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const failedGoals = metrics.filter((m) => m.pass === false).map((m) => m.name);
  const doc = {
    node: process.versions.node,
    cpus: cpus().length,
    seconds: (Date.now() - started) / 1000,
    metrics,
    failedGoals,
    errors,
  };
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
if (args[0] === '--suite' && args[1]) await runOne(args[1]);
else runAll(args);
