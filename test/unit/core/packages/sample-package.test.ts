import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPackage } from '../../../../src-main/core/packages/inspect.ts';
import { makeSamplePackage } from '../../../../scripts/make-sample-ppkg.mjs';
import { wimlibAvailable } from './support/wimlib.ts';

const SAMPLE = join(import.meta.dirname, '../../../../resources/samples/HoloBench-Sample.ppkg');

describe('the sample package in resources/samples', () => {
  it('reads as a clean package: both settings, no finding', async () => {
    const r = await inspectPackage(SAMPLE, {});
    expect(r.findings).toEqual([]);
    expect(r.members.map((m) => m.path).sort()).toEqual(['README.txt', 'customizations.xml']);
    expect(r.settings.map((s) => s.label)).toEqual(
      expect.arrayContaining(['Package name', 'Skip eye calibration', 'Skip gesture training']),
    );
  });

  it.skipIf(!wimlibAvailable())('is exactly what scripts/make-sample-ppkg.mjs makes (reproducible)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'holobench-sample-'));
    try {
      const again = makeSamplePackage(join(dir, 'again.ppkg'));
      expect(readFileSync(again).equals(readFileSync(SAMPLE))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
