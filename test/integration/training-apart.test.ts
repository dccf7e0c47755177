import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autopilotHandlers } from '../../src-main/core/api/autopilot-api.ts';
import { batchHandlers } from '../../src-main/core/api/batch-api.ts';
import { readCsv } from '../../src-main/core/csv.ts';
import { Station } from '../../src-main/core/station.ts';
import { runCli } from '../support/cli.ts';
import { RESOURCES, tempDir } from '../support/station.ts';

/**
 * Training apart from real work: every way work leaves the station (ledger export, batch reports, the Intune CSV,
 * from the command line and from the app) leaves out what was done to simulated devices, unless asked; asked, it
 * comes, each row marked. One ledger holds both: a batch ran on two simulated HoloLens 2, then one of them is
 * turned into a real device in the ledger (as if it had come over USB), with runs of every kind for both.
 */

const TRAINING = 'SIMHL20001';
const REAL = 'SIMHL20002';

const data = tempDir('holobench-training-');
const out = tempDir('holobench-training-out-');
let station: Station;

function seedRealAndTraining(dir: string): void {
  const db = new DatabaseSync(join(dir, 'ledger.sqlite'));
  try {
    db.exec(`UPDATE devices SET source = 'usb' WHERE serial = '${REAL}'`);
    db.exec(`UPDATE autopilot_harvests SET simulated = 0 WHERE serial = '${REAL}'`);
    const at = '2026-12-01T10:00:00.000Z';
    for (const serial of [TRAINING, REAL]) {
      const key = String(db.prepare('SELECT key FROM devices WHERE serial = ?').get(serial)!.key);
      db.prepare(
        `INSERT INTO package_applications (package_sha256, package_name, method, device_key, serial, model, started_at, result)
         VALUES ('ab', 'p.ppkg', 'oobe-mtp', ?, ?, 'hololens2', ?, 'applied')`,
      ).run(key, serial, at);
      const run = db
        .prepare(
          `INSERT INTO enrollment_runs (device_key, serial, path, planned_enrolled_via, unenroll, facts_json, steps_json, started_at)
           VALUES (?, ?, 'autopilot', 'autopilot', 'reset-or-reflash', '{}', '[]', ?)`,
        )
        .run(key, serial, at);
      db.prepare(`INSERT INTO enrollment_run_steps (run_id, step_id, done, at) VALUES (?, 'one', 1, ?)`).run(
        run.lastInsertRowid,
        at,
      );
      const rec = db
        .prepare(
          `INSERT INTO recovery_runs (device_key, serial, model, procedure_id, steps_json, started_at)
           VALUES (?, ?, 'hololens2', 'hl2-restart', '[]', ?)`,
        )
        .run(key, serial, at);
      db.prepare(
        `INSERT INTO recovery_run_steps (run_id, step_id, confirmed_by, at) VALUES (?, 'one', 'technician', ?)`,
      ).run(rec.lastInsertRowid, at);
      // An older station queued training uploads too: they must not travel in an export either.
      const harvest = db.prepare('SELECT id FROM autopilot_harvests WHERE serial = ?').get(serial)!;
      db.prepare(
        `INSERT INTO autopilot_uploads (harvest_id, serial, state, enqueued_at, updated_at) VALUES (?, ?, 'queued', ?, ?)`,
      ).run(Number(harvest.id), serial, at, at);
    }
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const r = await runCli(
    ['batch', 'run', '--profile', 'autopilot-harvest', '--simulate', 'hl2,hl2', '--sim-tech', 'auto', '--json'].concat([
      '--no-usb',
      '--data-dir',
      data.path,
    ]),
  );
  expect(r.code, r.stderr).toBe(0);
  seedRealAndTraining(data.path);
  station = await Station.open({ dataDir: data.path, resourcesDir: RESOURCES, usb: false });
}, 60_000);

afterAll(async () => {
  await station.close();
  data.remove();
  out.remove();
});

let n = 0;
const fresh = (name: string) => join(out.path, `${++n}-${name}`);
const flag = (include: boolean) => (include ? ['--include-training'] : []);
const cli = async (args: string[]) => {
  const r = await runCli([...args, '--data-dir', data.path]);
  expect(r.code, r.stderr).toBe(0);
  return r;
};
const filesIn = (folder: string) =>
  readdirSync(folder).map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') }));

/** Every row of every table that names the training device says `training`; every row of the real one does not. */
function jsonMarks(text: string): void {
  const doc = JSON.parse(text) as Record<string, unknown>;
  for (const rows of Object.values(doc).filter(Array.isArray) as Record<string, unknown>[][]) {
    for (const row of rows) {
      const s = JSON.stringify(row);
      if (s.includes(TRAINING)) expect(row.training, s).toBe(true);
      if (s.includes(REAL)) expect(row.training, s).toBe(false);
    }
  }
}

function csvMarks(files: { name: string; text: string }[], column: string, yes: string): void {
  for (const f of files.filter((x) => x.name.endsWith('.csv'))) {
    const [header, ...rows] = readCsv(f.text).map((r) => r.fields);
    const at = header!.indexOf(column);
    for (const row of rows.filter((r) => r.join(',').includes(TRAINING))) {
      expect(at, `${f.name} has a ${column} column`).toBeGreaterThanOrEqual(0);
      expect(row[at], `${f.name}: ${row.join(',')}`).toBe(yes);
    }
  }
}

function htmlMarks(files: { text: string }[]): void {
  for (const row of files[0]!.text.split('<tr').filter((r) => r.includes(TRAINING)))
    expect(row).toContain('<td>yes</td>');
}

interface ExportPath {
  path: string;
  /** The files the export wrote (or printed), read back. */
  run: (include: boolean) => Promise<{ name: string; text: string }[]>;
  /** How a training row is marked when asked for; null where the format has no room (Intune's exact CSV). */
  marks: ((files: { name: string; text: string }[]) => void) | null;
}

const PATHS: ExportPath[] = [
  {
    path: 'holobench ledger export --json',
    run: async (inc) => [
      { name: 'stdout.json', text: (await cli(['ledger', 'export', '--json', ...flag(inc)])).stdout },
    ],
    marks: (files) => jsonMarks(files[0]!.text),
  },
  {
    path: 'holobench ledger export --json --out',
    run: async (inc) => {
      const dir = fresh('ledger-json');
      await cli(['ledger', 'export', '--json', '--out', dir, ...flag(inc)]);
      return filesIn(dir);
    },
    marks: (files) => jsonMarks(files[0]!.text),
  },
  {
    path: 'holobench ledger export --csv --out',
    run: async (inc) => {
      const dir = fresh('ledger-csv');
      await cli(['ledger', 'export', '--csv', '--out', dir, ...flag(inc)]);
      return filesIn(dir);
    },
    marks: (files) => csvMarks(files, 'training', '1'),
  },
  {
    path: 'holobench batch report --csv',
    run: async (inc) => [
      { name: 'r.csv', text: (await cli(['batch', 'report', 'latest', '--csv', ...flag(inc)])).stdout },
    ],
    marks: (files) => csvMarks(files, 'Training (simulated device)', 'yes'),
  },
  {
    path: 'holobench batch report --html',
    run: async (inc) => [
      { name: 'r.html', text: (await cli(['batch', 'report', 'latest', '--html', ...flag(inc)])).stdout },
    ],
    marks: htmlMarks,
  },
  {
    path: 'holobench autopilot csv',
    run: async (inc) => {
      const file = fresh('intune.csv');
      await cli(['autopilot', 'csv', '--out', file, ...flag(inc)]);
      return [{ name: 'intune.csv', text: readFileSync(file, 'latin1') }];
    },
    marks: null,
  },
  {
    path: 'app: batchReport (CSV)',
    run: async (includeTraining) => {
      const saved = await batchHandlers(station).batchReport({ format: 'csv', includeTraining });
      expect(saved.trainingLeftOut).toBe(includeTraining ? 0 : 1);
      return [{ name: saved.name, text: readFileSync(saved.path, 'utf8') }];
    },
    marks: (files) => csvMarks(files, 'Training (simulated device)', 'yes'),
  },
  {
    path: 'app: batchReport (printable)',
    run: async (includeTraining) => {
      const saved = await batchHandlers(station).batchReport({ format: 'html', includeTraining });
      return [{ name: saved.name, text: readFileSync(saved.path, 'utf8') }];
    },
    marks: htmlMarks,
  },
  {
    path: 'app: ledgerExport (CSV)',
    run: async (includeTraining) => {
      const r = await batchHandlers(station).ledgerExport({ format: 'csv', includeTraining });
      expect(r.trainingLeftOut > 0).toBe(!includeTraining);
      return r.files.map((f) => ({ name: f.name, text: readFileSync(f.path, 'utf8') }));
    },
    marks: (files) => csvMarks(files, 'training', '1'),
  },
  {
    path: 'app: autopilotExportCsv',
    run: async (includeTraining) => {
      const r = await autopilotHandlers(station).autopilotExportCsv({ includeTraining });
      return r.files.map((f) => ({ name: f.name, text: readFileSync(f.path, 'latin1') }));
    },
    marks: null,
  },
];

describe('training apart from real work in every export', () => {
  it.each(PATHS)('$path leaves training out by default', async ({ run }) => {
    const text = (await run(false)).map((f) => f.text).join('\n');
    expect(text).toContain(REAL);
    expect(text).not.toContain(TRAINING);
  });

  it.each(PATHS)('$path takes training in when asked, marked', async ({ run, marks }) => {
    const files = await run(true);
    const text = files.map((f) => f.text).join('\n');
    expect(text).toContain(REAL);
    expect(text).toContain(TRAINING);
    marks?.(files);
  });

  it('the command line says what it left out', async () => {
    expect((await cli(['ledger', 'export', '--json'])).stderr).toMatch(
      /^Left out \d+ training rows from simulated devices \(--include-training adds them\)\.$/m,
    );
    expect((await cli(['batch', 'report', 'latest', '--csv'])).stderr).toContain(
      'Left out 1 training device from simulated devices (--include-training adds them).',
    );
  });

  it('autopilot upload refuses the training hash and sends nothing for it, even named by serial', async () => {
    process.env.HB_TEST_TOKEN = 'not-a-real-token';
    const r = await runCli(
      [
        'autopilot',
        'upload',
        '--serial',
        TRAINING,
        '--token-env',
        'HB_TEST_TOKEN',
        '--graph-base',
        'http://127.0.0.1:9',
      ].concat(['--data-dir', data.path]),
    );
    expect(r.stderr).toContain(`skipped ${TRAINING}: Training harvest from a simulated device`);
    const db = new DatabaseSync(join(data.path, 'ledger.sqlite'));
    try {
      const rows = db.prepare('SELECT state, message FROM autopilot_uploads WHERE serial = ?').all(TRAINING);
      expect(rows.every((u) => u.state !== 'submitted' && u.state !== 'complete')).toBe(true);
    } finally {
      db.close();
    }
  });
});
