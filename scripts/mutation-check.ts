// The mutation check (a step of `npm test`): breaks each seam of the one road from a device to the station in turn
// and asserts that the tests for it fail. A seam whose break the suite does not notice is a seam no test covers.
// Each break runs only the test files that should catch it, so the whole check stays well under a minute.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Seam {
  name: string;
  file: string;
  find: string;
  replace: string;
  tests: string[];
}

const READINGS = 'src-main/core/devices/device-readings.ts';
const READING_TESTS = [
  'test/unit/core/workflow/registry-devices.test.ts',
  'test/unit/core/enrollment-runs/runs.test.ts',
];

const SEAMS: Seam[] = [
  {
    name: 'the MTP pipe opener (NodeUsbSource.openMtpPipe) always rejects',
    file: 'src-main/core/devices/usb-source.ts',
    find: 'return openUsbMtpPipe(device, { takeOver: this.takeOver() });',
    replace: "return Promise.reject(new Error('mutation: no MTP pipe'));",
    tests: ['test/unit/core/devices/connections.test.ts'],
  },
  {
    name: 'the battery reading is dropped',
    file: READINGS,
    find: 'batteryPercent: battery !== null && battery >= 0 && battery <= 100 ? battery : null,',
    replace: 'batteryPercent: null,',
    tests: READING_TESTS,
  },
  {
    name: 'the OS build reading is dropped',
    file: READINGS,
    find: 'build: osBuildFromDeviceVersion(view.mtpInfo?.deviceVersion),',
    replace: 'build: null,',
    tests: READING_TESTS,
  },
  {
    name: 'the build normaliser passes the MTP device version through raw',
    file: 'src-main/core/knowledge/builds.ts',
    find: 'const parsed = version ? parseBuild(version) : null;',
    replace: 'if (version) return version;\n  const parsed = null as ReturnType<typeof parseBuild>;',
    tests: READING_TESTS,
  },
  {
    name: 'the lock state is inverted (hidden storage read as unlocked)',
    file: READINGS,
    find: "if (v.storageState === 'no-storage-yet') return true;",
    replace: "if (v.storageState === 'no-storage-yet') return false;",
    tests: READING_TESTS,
  },
  {
    name: 'recovery confirmation never sees a step done on the bus',
    file: 'src-main/core/recovery/procedures.ts',
    find: "if (expectation.kind === 'device-gone') return !seen.present;",
    replace: 'return false;',
    tests: ['test/unit/core/recovery/follow.test.ts'],
  },
];

const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const config = join(root, 'scripts/mutation/vitest.config.ts');

function runTests(tests: string[], env: Record<string, string>): number | null {
  const r = spawnSync(process.execPath, [vitest, 'run', '--config', config, '--reporter=dot', ...tests], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return r.status;
}

const started = Date.now();
const allTests = [...new Set(SEAMS.flatMap((s) => s.tests))];
// The tests must pass unbroken first, or a failure under a break would prove nothing.
if (runTests(allTests, {}) !== 0) {
  process.stdout.write('mutation check: the seam tests fail even without a break; fix them first\n');
  process.exit(1);
}
let survived = 0;
const dir = mkdtempSync(join(tmpdir(), 'holobench-mutation-'));
try {
  for (const [i, seam] of SEAMS.entries()) {
    const mark = join(dir, `applied-${i}`);
    const status = runTests(seam.tests, {
      HOLOBENCH_MUTATION: JSON.stringify({ file: seam.file, find: seam.find, replace: seam.replace }),
      HOLOBENCH_MUTATION_MARK: mark,
    });
    let verdict: string;
    if (!existsSync(mark)) {
      survived++;
      verdict = 'NOT APPLIED (the source no longer matches this break; update the seam)';
    } else if (status === 0) {
      survived++;
      verdict = 'SURVIVED (no test failed)';
    } else verdict = 'caught';
    process.stdout.write(`mutation: ${seam.name}: ${verdict}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `mutation check: ${SEAMS.length - survived} of ${SEAMS.length} seam breaks caught (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
process.exit(survived === 0 ? 0 : 1);
