/**
 * Every attack case runs the real `holobench` executable in a child process under a wall-clock bound and an
 * address-space bound (`ulimit -v`), and reports how long it took and its peak resident memory (GNU time). A
 * case that hangs, aborts or balloons fails on its bound instead of taking the suite down with it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BIN } from '../../support/cli.ts';

export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set size of the CLI process, in MiB (null where GNU time is missing). */
  peakMiB: number | null;
  timedOut: boolean;
}

export interface Bounds {
  seconds: number;
  /** `ulimit -v` in KiB; the issue's reproduction used 4,000,000. */
  addressSpaceKiB?: number;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
const PEAK_MARK = 'holobench-peak-rss-kib=';

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function runBounded(args: string[], bounds: Bounds): Promise<BoundedRun> {
  const timer = existsSync(GNU_TIME) ? `${GNU_TIME} -f '${PEAK_MARK}%M' ` : '';
  const limit = bounds.addressSpaceKiB ? `ulimit -v ${bounds.addressSpaceKiB}; ` : '';
  const script = `${limit}exec ${timer}${quote(process.execPath)} ${[BIN, ...args].map(quote).join(' ')}`;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      env: { ...process.env, HOLOBENCH_SIM_FAST: '1', ...bounds.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const kill = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, bounds.seconds * 1000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(kill);
      const peak = new RegExp(`${PEAK_MARK}(\\d+)`).exec(stderr);
      resolve({
        code,
        signal,
        stdout,
        stderr: stderr.replace(new RegExp(`(Command exited with non-zero status \\d+\\n)?${PEAK_MARK}\\d+\\n?`), ''),
        ms: Date.now() - started,
        peakMiB: peak ? Number(peak[1]) / 1024 : null,
        timedOut,
      });
    });
  });
}
