import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../..');

/** Every source file `entry` imports, directly or not (static and dynamic imports of relative paths). */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(join(ROOT, entry));
  return [...seen].map((f) => relative(ROOT, f)).sort();
}

describe('the decode worker', () => {
  it('loads the decoders and nothing of the station: no errors, language, catalogs or i18next (each worker pays for them)', () => {
    const graph = importGraph('src-main/core/packages/wim/decode-worker.ts');
    expect(graph).toEqual([
      'src-main/core/packages/wim/decode-window.ts',
      'src-main/core/packages/wim/decode-worker.ts',
      'src-main/core/packages/wim/decoders-binary.ts',
      'src-main/core/packages/wim/wasm-decoders.ts',
    ]);
    const bare = graph.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/from\s*'([^.'][^']*)'/g)]);
    expect(bare.map((m) => m[1])).toEqual(['node:worker_threads']);
  });
});
