import { afterEach, describe, expect, it } from 'vitest';
import { csvCell, readCsv, writeCsv } from '../../../../src-main/core/csv.ts';
import { exportLedger } from '../../../../src-main/core/workflow/ledger-export.ts';
import { parseManifest } from '../../../../src-main/core/workflow/manifest.ts';
import { builtInProfile, parseProfile } from '../../../../src-main/core/workflow/profiles.ts';
import { batchReportCsv, batchReportHtml, escapeHtml } from '../../../../src-main/core/workflow/report.ts';
import { FakeDevices, facts, tempDir, testEngine, workflowLedger } from './helpers.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

describe('CSV writing', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [null, ''],
    [42, '42'],
  ])('quotes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes CRLF rows that read back the same', () => {
    const text = writeCsv(
      ['a', 'b'],
      [
        ['x,y', 'He said "no"\nthen left'],
        ['', 'z'],
      ],
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x,y', 'He said "no"\nthen left'],
      ['', 'z'],
    ]);
  });
});

async function finishedBatch() {
  const dir = tempDir();
  const ledger = workflowLedger(dir.path);
  cleanup.push(() => {
    ledger.close();
    dir.remove();
  });
  const devices = new FakeDevices([facts('=cmd|A1'), facts('B2'), facts('C3', { model: 'hololens1' })]);
  const engine = testEngine({ ledger, devices });
  const manifest = parseManifest('serial,device name\nB2,HL-2\n');
  const profile = parseProfile({
    name: 'report-test',
    steps: [{ kind: 'identify' }, { kind: 'gate', model: 'hololens2' }, { kind: 'rename' }, { kind: 'done' }],
  });
  const batch = await engine.startBatch({ profile, manifest, tech: '<b>Ana</b> & "Bo"' });
  return { ledger, summary: await batch.finished };
}

describe('batch report', () => {
  it('writes one CSV row per device with a formula-safe serial', async () => {
    const { summary } = await finishedBatch();
    const rows = readCsv(batchReportCsv(summary)).map((r) => r.fields);
    expect(rows[0]).toEqual([
      'Serial',
      'Device name',
      'Asset tag',
      'Port',
      'Package SHA-256',
      'Enrollment path',
      'Result',
      'Problem',
      'Started',
      'Finished',
      'Technician',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([
      ["'=cmd|A1", '', 'done'],
      ['B2', 'HL-2', 'done'],
      ['C3', '', 'skipped'],
    ]);
    // The wrong model is not a failure of the batch: the profile does not apply to it.
    expect(rows[3]![7]).toMatch(
      /^Not applicable: skipped: Device C3: It is a HoloLens \(1st gen\), not a HoloLens 2\. Profile "report-test" does not apply/,
    );
    expect(rows[1]![10]).toBe('<b>Ana</b> & "Bo"');
  });

  it('prints a self-contained HTML page with every value escaped', async () => {
    const { summary } = await finishedBatch();
    const html = batchReportHtml(summary, new Date('2025-01-02T03:04:05Z'));
    expect(html).toContain('&#60;b&#62;Ana&#60;/b&#62; &#38; &#34;Bo&#34;');
    expect(html).not.toContain('<b>Ana');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('<span>3 devices</span><span>2 done</span><span>0 failed</span><span>1 skipped</span>');
    expect(escapeHtml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
  });

  it('prints in the station language, while the CSV keeps its English column names for scripts', async () => {
    const { summary } = await finishedBatch();
    setStationLanguage('de');
    try {
      const html = batchReportHtml(summary, new Date('2025-01-02T03:04:05Z'));
      expect(html).toContain('<html lang="de">');
      expect(html).toContain('<th>Seriennummer</th>');
      expect(html).toContain('<span>3 Geräte</span><span>2 fertig</span>');
      expect(batchReportCsv(summary).split('\r\n')[0]).toMatch(/^Serial,Device name,/);
    } finally {
      setStationLanguage('auto');
    }
  });
});

describe('ledger export', () => {
  it('exports devices, events, batches and step runs as JSON', async () => {
    const { ledger } = await finishedBatch();
    const [file] = exportLedger(ledger, 'json').files;
    const doc = JSON.parse(file!.text) as Record<string, Record<string, unknown>[]>;
    expect(file!.name).toBe('ledger.json');
    expect(doc.batches).toHaveLength(1);
    expect(doc.batches![0]!.profile).toMatchObject({ name: 'report-test' });
    expect(doc.batchDevices).toHaveLength(3);
    expect(doc.stepRuns!.length).toBeGreaterThanOrEqual(8);
    expect(doc.stepRuns![0]).toMatchObject({ serial: '=cmd|A1', kind: 'identify', state: 'done' });
    expect(doc.devices).toEqual([]);
  });

  it('exports one CSV per table, formula-safe', async () => {
    const { ledger } = await finishedBatch();
    const { files } = exportLedger(ledger, 'csv');
    expect(files.map((f) => f.name)).toEqual([
      'devices.csv',
      'device-events.csv',
      'batches.csv',
      'batch-devices.csv',
      'step-runs.csv',
      // Everything else the ledger records: the README promises "everything".
      'labels.csv',
      'enrollment-runs.csv',
      'enrollment-run-steps.csv',
      'recovery-runs.csv',
      'recovery-run-steps.csv',
      'packages.csv',
      'package-applications.csv',
      'autopilot-harvests.csv',
      'autopilot-uploads.csv',
    ]);
    const steps = readCsv(files[4]!.text).map((r) => r.fields);
    expect(steps[0]).toContain('result_json');
    expect(steps[1]).toContain("'=cmd|A1");
  });

  it('exports an old ledger without workflow tables', () => {
    const dir = tempDir();
    cleanup.push(() => dir.remove());
    const ledger = workflowLedger(dir.path);
    cleanup.push(() => ledger.close());
    ledger.db.exec('DROP TABLE step_runs; DROP TABLE batch_devices; DROP TABLE batches;');
    const doc = JSON.parse(exportLedger(ledger, 'json').files[0]!.text) as Record<string, unknown>;
    expect(doc.stepRuns).toEqual([]);
    expect(builtInProfile('inventory')).not.toBeNull();
  });
});
