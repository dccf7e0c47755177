import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureFile } from '../../../src-main/core/mtp/capture.ts';
import { runCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/captures/sim-hl2-files-ls-documents.json');
const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('--capture and --replay: MTP sessions on file become tests', () => {
  it('the shipped capture plays back: the same command gets the same answer with no device at all', async () => {
    const r = await runCli([
      'files',
      'ls',
      'Internal Storage/Documents',
      '--json',
      '--replay',
      FIXTURE,
      '--data-dir',
      dir(),
    ]);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as { name: string; size: number }[];
    expect(listed.map((e) => [e.name, e.size])).toEqual([['Bench notes.txt', 28]]);
  });

  it('a station that strays from the capture fails loudly, naming where', async () => {
    const r = await runCli(['files', 'ls', 'Internal Storage/Pictures', '--replay', FIXTURE, '--data-dir', dir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/replay: at entry \d+ of the capture the station sent/);
  });

  it('capturing records every container both ways with timing and the device descriptor', async () => {
    const file = join(dir(), 'session.json');
    const r = await runCli([
      'files',
      'ls',
      'Internal Storage',
      '--simulate',
      'hl2',
      '--no-usb',
      '--data-dir',
      dir(),
      '--capture',
      file,
    ]);
    expect(r.code).toBe(0);
    const capture = CaptureFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(capture.descriptor.product).toBe('HoloLens 2');
    const dirsSeen = new Set(capture.entries.map((e) => e.dir));
    expect([...dirsSeen].sort()).toEqual(['in', 'out']);
    // The first container out is OpenSession's GetDeviceInfo (0x1001) command: 12 bytes, type 1.
    expect(capture.entries[0]).toMatchObject({ dir: 'out', data: '0c0000000100011000000000' });
    expect(capture.entries.every((e, i, all) => i === 0 || e.t >= all[i - 1]!.t)).toBe(true);
    // And replaying what was just captured gives the same listing.
    const again = await runCli(['files', 'ls', 'Internal Storage', '--replay', file, '--data-dir', dir()]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(r.stdout);
  });

  it('a file that is not a capture is bad input (exit 2)', async () => {
    const bad = join(dir(), 'bad.json');
    const r = await runCli(['files', 'ls', '', '--replay', bad, '--data-dir', dir()]);
    expect(r.code).toBe(2);
  });
});
