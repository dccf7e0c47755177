/**
 * Hostile input files against the real `holobench autopilot csv`: special files, huge files, zips that claim
 * more than they hold, and spreadsheet formulas. Each answers with exit 2 and one clear line, within its bound.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedHardwareHash } from '../../src-main/sim/autopilot/diagnostics-zip.ts';
import { runBounded } from './support/bounded.ts';

const dir = mkdtempSync(join(tmpdir(), 'holobench-attack-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => join(dir, name);

const fifo = file('pipe.csv');
execFileSync('mkfifo', [fifo]);
writeFileSync(file('huge.csv'), '');
truncateSync(file('huge.csv'), 3 * 1024 ** 3); // sparse: 3 GiB that take no disk
const hash = simulatedHardwareHash('attack');
writeFileSync(
  file('formula.csv'),
  `Device Serial Number,Windows Product ID,Hardware Hash\r\n=1+2,,${hash}\r\nSN-OK-1,,${hash}\r\n`,
);
writeFileSync(
  file('formula-tag.csv'),
  `Device Serial Number,Windows Product ID,Hardware Hash,Group Tag\r\nSN-TAG-1,,${hash},@SUM(A1)\r\n`,
);
// A zip whose DeviceHash CSV is 64 MiB of spaces: deflates to little, must not be inflated without bound.
writeFileSync(file('bomb.zip'), zipSync({ 'DeviceHash_X.csv': new Uint8Array(64 << 20).fill(0x20) }, { level: 9 }));

const csv = (input: string) =>
  runBounded(['autopilot', 'csv', '--in', input, '--out', file(`out-${Math.random()}.csv`)], { seconds: 20 });

describe('autopilot csv --in under attack: exit 2, one line, bounded time and memory', () => {
  it.each([
    ['/dev/zero', '/dev/zero', /not a regular file/],
    ['a named pipe nobody writes to', fifo, /not a regular file/],
    ['a 3 GiB file', file('huge.csv'), /larger than 1 MiB/],
    ['a serial that is a spreadsheet formula', file('formula.csv'), /device =1\+2.*formula/s],
    ['a group tag that is a spreadsheet formula', file('formula-tag.csv'), /device SN-TAG-1.*formula/s],
    ['a zip that inflates to 64 MiB', file('bomb.zip'), /./],
  ])('%s', async (_, input, said) => {
    const run = await csv(input);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.peakMiB ?? 0).toBeLessThan(512);
  });
});
