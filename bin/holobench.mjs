#!/usr/bin/env node
// HoloBench command line. It runs the prebuilt bundle in out/cli (`npm run build`; made on install too) while
// that bundle is at least as new as every source it was built from, and the TypeScript sources otherwise (Node
// strips the types; slower to start). HOLOBENCH_CLI_SOURCES=1 always runs the sources.
import { readFileSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`holobench: Node.js 22.18 or newer is needed (this is ${process.versions.node}).\n`);
  process.exit(2);
}

function bundleIsFresh() {
  if (process.env.HOLOBENCH_CLI_SOURCES === '1') return false;
  try {
    const root = new URL('../', import.meta.url);
    const { builtAt, files } = JSON.parse(readFileSync(new URL('out/cli/sources.json', root), 'utf8'));
    return files.every((file) => statSync(new URL(file, root)).mtimeMs <= builtAt);
  } catch {
    return false; // no bundle, or a source it names is gone: the sources are the truth
  }
}

// Everything the station writes (ledger, diagnostics zips with hardware hashes, exports) is for this user only.
process.umask(0o077);
// V8 keeps the code it compiled for the modules below on disk (the OS's temp folder, or NODE_COMPILE_CACHE), so
// later runs skip compiling them: about a third of `serve`'s start-up. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache?.();
const { main } = bundleIsFresh() ? await import('../out/cli/main.js') : await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
