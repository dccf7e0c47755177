import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite, Metric } from './metric.ts';
import { runDetectionBench } from './detection.ts';

/**
 * `npm run bench`: one JSON document of named metrics. Each suite measures its subject next to a baseline in the
 * same run, because these machines are shared and noisy: compare ratios, never absolute times across runs.
 */
const OPTIONAL_SUITES: [file: string, exportName: string][] = [
  ['mtp.ts', 'runMtpBench'],
  ['ppkg.ts', 'runPpkgBench'],
  ['batch.ts', 'runBatchBench'],
];

async function main(): Promise<void> {
  const started = Date.now();
  const suites: [string, BenchSuite][] = [['detection', runDetectionBench]];
  for (const [file, name] of OPTIONAL_SUITES) {
    const path = join(import.meta.dirname, file);
    if (!existsSync(path)) continue;
    const mod = (await import(pathToFileURL(path).href)) as Record<string, BenchSuite>;
    if (typeof mod[name] === 'function') suites.push([file.replace(/\.ts$/, ''), mod[name]]);
  }
  const metrics: Metric[] = [];
  const errors: { suite: string; error: string }[] = [];
  const only = process.argv.slice(2);
  for (const [suite, run] of suites) {
    if (only.length > 0 && !only.includes(suite)) continue;
    const t = Date.now();
    try {
      metrics.push(...(await run()));
    } catch (error) {
      errors.push({ suite, error: error instanceof Error ? error.message : String(error) });
    }
    process.stderr.write(`bench: ${suite} took ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const doc = {
    node: process.versions.node,
    cpus: cpus().length,
    seconds: (Date.now() - started) / 1000,
    metrics,
    errors,
  };
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}

await main();
