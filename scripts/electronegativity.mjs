#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security linter) over the Electron shell and the renderer, in `npm test`.
// Every finding must be listed, with the reason it is acceptable, in security/electronegativity-accepted.json;
// a new finding, or a listed one that no longer appears, fails the step.
//
// Run offline: the tool fetches translations and Electron release notes with `got` at start, and on Node 24 a
// timed-out request crashes it (p-cancelable "onCancel handler attached after the promise settled"). `got` is
// answered "offline" here, so the bundled English texts are used; the one check that needs the network
// (AvailableSecurityFixesGlobalCheck: Electron releases with security fixes) is excluded and said so below.
import Module, { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got' && parent?.filename?.includes('electronegativity')) {
    return () => Promise.reject(new Error('offline: HoloBench runs electronegativity without network'));
  }
  return originalLoad.call(this, request, parent, isMain);
};
const run = require('@doyensec/electronegativity/dist/runner.js');

const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const INPUTS = ['src-main/index.ts', 'src-main/window.ts', 'src-main/preload', 'src-main/ipc', 'src-renderer'];
const accepted = JSON.parse(readFileSync(join(root, 'security/electronegativity-accepted.json'), 'utf8')).accepted;
const key = (check, file) => `${check} ${file}`;
const allowed = new Map(accepted.map((a) => [key(a.check, a.file), a]));

// One scan over a copy of all inputs together: the global checks (CSP, navigation limits, permission handler)
// must see the shell and the page at once, or each part is reported as missing what the other part has.
const scanDir = mkdtempSync(join(tmpdir(), 'holobench-electronegativity-'));
for (const input of INPUTS) {
  cpSync(join(root, input), join(scanDir, input), { recursive: true, filter: (src) => !src.includes('node_modules') });
}
const found = [];
try {
  const result = await run(
    {
      input: scanDir,
      customScan: [],
      excludeFromScan: NETWORK_CHECKS,
      isRelative: false,
      isVerbose: false,
      electronVersionOverride: '45.0.0',
      parserPlugins: [],
    },
    false,
  );
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : relative(scanDir, issue.file);
    found.push({ check: issue.id, file, line: issue.location?.line, text: issue.description });
  }
  for (const e of result.errors.filter((x) => !x.tolerable)) {
    process.stderr.write(`electronegativity could not read ${relative(scanDir, e.file)}: ${e.message}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}

const unexplained = found.filter((f) => !allowed.has(key(f.check, f.file)));
const seen = new Set(found.map((f) => key(f.check, f.file)));
const stale = accepted.filter((a) => !seen.has(key(a.check, a.file)));
for (const f of unexplained) process.stderr.write(`NEW   ${f.check} ${f.file}:${f.line ?? '?'} ${f.text ?? ''}\n`);
for (const a of stale) process.stderr.write(`STALE ${a.check} ${a.file}: listed as accepted but no longer found\n`);
process.stdout.write(
  `electronegativity: ${found.length} findings in ${INPUTS.join(', ')}; ${found.length - unexplained.length} explained, ${unexplained.length} new, ${stale.length} stale (network check ${NETWORK_CHECKS.join(', ')} not run)\n`,
);
if (unexplained.length > 0 || stale.length > 0) process.exitCode = 1;
