#!/usr/bin/env node
// The whole test suite: build, typecheck, lint, format check, electronegativity, then every vitest project
// (unit, contract, attack, renderer, e2e in Chromium), then the mutation check. Pipeline steps are reported on lines
// of their own; the closing line "N passed, N failed" that CI reads counts tests only (a failed step adds no fake
// test to it, but makes the run fail and says so on the line before).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  process.stdout.write(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok;
}

const only = process.argv.slice(2);
mkdirSync(join(root, 'test-results'), { recursive: true });
step('build', bin('electron-vite'), ['build', '--logLevel', 'warn']);
step('build cli', bin('vite'), ['build', '--config', 'vite.cli.config.ts']);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
if (step('typecheck', process.execPath, [tsc, '-p', '.']))
  step('typecheck renderer', process.execPath, [tsc, '-p', 'src-renderer']);
step('lint', bin('eslint'), ['--max-warnings=0', '.']);
step('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
// Electron security lint of the shell and the renderer; accepted findings are explained in security/.
step('electronegativity', process.execPath, [join(root, 'scripts/electronegativity.mjs')]);

const report = join(root, 'test-results', 'vitest.json');
// A report left by an earlier run must never be counted as this run's.
rmSync(report, { force: true });
step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...only]);
if (only.length === 0) step('mutation check', process.execPath, [join(root, 'scripts/mutation-check.ts')]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = json.numFailedTests ?? 0;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
}
const steps = results.filter((r) => r.name !== 'tests');
const stepsFailed = steps.filter((r) => !r.ok);
const suiteFailed = !results.find((r) => r.name === 'tests')?.ok;
// The runner itself failed (a file that does not load) without a failed test to show for it.
const runnerFailed = suiteFailed && failed === 0;

process.stdout.write('\n');
for (const r of results) process.stdout.write(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds.toFixed(1)} s)\n`);
if (skipped > 0) process.stdout.write(`${skipped} skipped (each says why above)\n`);
if (runnerFailed) process.stdout.write('FAILED the test runner stopped before reporting its tests\n');
process.stdout.write(
  `steps: ${steps.length - stepsFailed.length} ok, ${stepsFailed.length} failed${stepsFailed.length ? ` (${stepsFailed.map((r) => r.name).join(', ')})` : ''}\n`,
);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && !suiteFailed && stepsFailed.length === 0 ? 0 : 1);
