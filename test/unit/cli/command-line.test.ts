import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closest } from '../../../src-main/cli/args.ts';
import { buildAutopilotDiagnosticsZip } from '../../../src-main/sim/autopilot/diagnostics-zip.ts';
import { runCli } from '../../support/cli.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('the command line says what is wrong, all at once, and guesses what was meant', () => {
  it.each([
    [['devics'], /unknown command "devics" \(did you mean "devices"\?\)/],
    [['plan', '--jsn'], /unknown option --jsn \(did you mean --json\?\)/],
    [['plan'], /--model, --identity, --users, --stage are required/],
    [['plan', '--model', 'hololens2', '--users', 'multi'], /--identity, --stage are required/],
    [['files', 'push', '/no/such/file.ppkg', 'Internal Storage/Documents', '--no-usb'], /no such file on this PC/],
  ])('%j exits 2 with one line', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(line);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a flag that takes many values takes them the way a shell glob gives them: --in a.zip b.zip', async () => {
    const d = tempDir();
    dirs.push(d);
    const zips = ['310020500101', '310020500102'].map((serial) => {
      const path = join(d.path, `${serial}.zip`);
      writeFileSync(path, buildAutopilotDiagnosticsZip({ serialNumber: serial, productId: '', now: new Date() }));
      return path;
    });
    const out = join(d.path, 'o.csv');
    const r = await runCli(['autopilot', 'csv', '--out', out, '--in', ...zips]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote 2 devices for Intune');
  });

  it.each([
    ['jsno', ['json', 'data-dir'], 'json'],
    ['devcie', ['device', 'json'], 'device'],
    ['x', ['json', 'device'], null],
    ['profle', ['profile', 'package', 'manifest'], 'profile'],
  ])('closest(%s) -> %s', (word, candidates, want) => {
    expect(closest(word, candidates)).toBe(want);
  });
});
