import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryModule, compileDecoders } from '../../../../scripts/build-wasm.ts';

const committed = join(import.meta.dirname, '../../../../src-main/core/packages/wim/decoders-binary.ts');

describe('the WebAssembly decoders', () => {
  it('the committed binary is what the AssemblyScript source compiles to now (run `npm run build:wasm`)', () => {
    expect(binaryModule(compileDecoders())).toBe(readFileSync(committed, 'utf8'));
  }, 60_000);
});
