import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveDataDir } from '../../../src-main/cli/commands/serve.ts';

describe('holobench serve: training keeps its own data folder', () => {
  it.each([
    [{ training: true }, join('/data', 'training')],
    [{ training: true, 'data-dir': '/elsewhere' }, '/elsewhere'],
    [{}, '/data'],
    [{ 'data-dir': '/elsewhere' }, '/elsewhere'],
  ])('%o -> %s', (flags, want) => {
    expect(serveDataDir(flags, '/data')).toBe(want);
  });
});
