import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAutopilotCsv } from '../../../../src-main/core/autopilot/csv-read.ts';
import { writeIntuneCsvFiles } from '../../../../src-main/core/autopilot/csv-files.ts';
import {
  applyBatchDefaults,
  buildIntuneCsv,
  INTUNE_CSV_HEADER,
  intuneCsvFileNames,
  type IntuneCsvResult,
} from '../../../../src-main/core/autopilot/intune-csv.ts';
import type { AutopilotDeviceRecord } from '../../../../src-main/core/autopilot/values.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { simulatedHardwareHash } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';

const device = (n: number, extra: Partial<AutopilotDeviceRecord> = {}): AutopilotDeviceRecord => ({
  serialNumber: `3100205${String(n).padStart(5, '0')}`,
  productId: '',
  hardwareHash: simulatedHardwareHash(`dev-${n}`),
  ...extra,
});
const devices = (count: number): AutopilotDeviceRecord[] => Array.from({ length: count }, (_, i) => device(i + 1));

function buildError(input: AutopilotDeviceRecord[]): StationError {
  try {
    buildIntuneCsv(input);
  } catch (error) {
    if (error instanceof StationError) return error;
    throw error;
  }
  throw new Error('expected buildIntuneCsv to refuse');
}

/** Every format rule Intune's importer holds a file to. */
function expectIntuneFormat(result: IntuneCsvResult): void {
  for (const file of result.files) {
    expect(file.content.startsWith(`${INTUNE_CSV_HEADER}\r\n`)).toBe(true);
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(file.content).not.toMatch(/[^\r]\n/); // every line end is CRLF
    expect(file.content).not.toMatch(/[^\x20-\x7e\r\n]/); // ASCII only
    expect(file.content).not.toContain('"');
    expect(file.content.charCodeAt(0)).not.toBe(0xfeff); // no BOM
    const lines = file.content.split('\r\n').slice(0, -1);
    expect(lines.length - 1).toBe(file.rows);
    expect(file.rows).toBeLessThanOrEqual(500);
    for (const line of lines) expect(line.split(',')).toHaveLength(5);
  }
}

describe('Intune CSV: device counts', () => {
  it('zero devices is an error, not an empty file', () => {
    const error = buildError([]);
    expect(error.code).toBe('intune-csv-empty');
    expect(error.message).toMatch(/Harvest hashes first/);
  });

  it.each([
    [1, [1]],
    [2, [2]],
    [500, [500]],
    [501, [500, 1]],
    [1000, [500, 500]],
    [1234, [500, 500, 234]],
  ])('%i devices -> files of %j rows', (count, rows) => {
    const result = buildIntuneCsv(devices(count));
    expect(result.files.map((f) => f.rows)).toEqual(rows);
    expect(result.files.map((f) => f.part)).toEqual(rows.map((_, i) => i + 1));
    expect(result.devices).toBe(count);
    expectIntuneFormat(result);
  });

  it('writes one device exactly', () => {
    const d = device(1, {
      productId: '00330-80000-00000-AA123',
      groupTag: 'Bench-A',
      assignedUser: 'tech@contoso.com',
    });
    expect(buildIntuneCsv([d]).files[0]?.content).toBe(
      `${INTUNE_CSV_HEADER}\r\n${d.serialNumber},00330-80000-00000-AA123,${d.hardwareHash},Bench-A,tech@contoso.com\r\n`,
    );
  });

  it('leaves optional columns empty but present', () => {
    const d = device(1);
    expect(buildIntuneCsv([d]).files[0]?.content.split('\r\n')[1]).toBe(`${d.serialNumber},,${d.hardwareHash},,`);
  });

  it('honours a smaller file size', () => {
    expect(buildIntuneCsv(devices(5), { maxRowsPerFile: 2 }).files.map((f) => f.rows)).toEqual([2, 2, 1]);
    expect(buildIntuneCsv(devices(600), { maxRowsPerFile: 9999 }).files.map((f) => f.rows)).toEqual([500, 100]);
  });

  it('reads back through the CSV parser unchanged', () => {
    const input = devices(3).map((d, i) => ({ ...d, groupTag: `T${i}` }));
    const parsed = parseAutopilotCsv(buildIntuneCsv(input).files[0]!.content);
    expect(parsed.devices.map((d) => [d.serialNumber, d.hardwareHash, d.groupTag])).toEqual(
      input.map((d) => [d.serialNumber, d.hardwareHash, d.groupTag]),
    );
  });
});

describe('Intune CSV: each value is validated and the device named', () => {
  it.each([
    ['a group tag with a comma', { groupTag: 'Bench,A' }, /group tag.*comma/],
    ['a group tag with a quote', { groupTag: 'Bench "A"' }, /group tag.*double quote/],
    ['a non-ASCII group tag', { groupTag: 'Bänk' }, /group tag.*ASCII/],
    ['a too long group tag', { groupTag: 'x'.repeat(200) }, /group tag is longer/],
    ['a user that is not a UPN', { assignedUser: 'tech' }, /assigned user "tech" is not a user principal name/],
    ['a hash that is not Base64', { hardwareHash: 'not*base64' }, /hardware hash is not valid Base64/],
    ['an empty hash', { hardwareHash: '' }, /hardware hash is empty/],
    ['a serial with a comma', { serialNumber: '31,00' }, /serial number has a comma/],
    ['a bad product ID', { productId: 'ABC' }, /Windows Product ID "ABC"/],
  ])('%s', (_name, change, message) => {
    const bad = device(2, change);
    const error = buildError([device(1), bad]);
    expect(error.code).toBe('intune-csv-invalid');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`device ${bad.serialNumber}:`);
    expect(error.message).not.toContain(device(1).serialNumber);
  });

  it('names a device without a serial by its position', () => {
    expect(buildError([device(1), device(2, { serialNumber: '  ' })]).message).toMatch(
      /device #2.*serial number is empty/,
    );
  });

  it('in German: the count, the devices and the cap in German; serials and values as they are', () => {
    setStationLanguage('de');
    try {
      const one = buildError([device(1), device(2, { serialNumber: '  ' })]);
      expect(one.title).toBe('Einige Geräte können nicht in eine Intune-CSV-Datei');
      expect(one.message).toMatch(/^1 Gerät hat Werte, die Intune ablehnen würde\./);
      expect(one.message).toContain('- Gerät Nr. 2 (keine verwendbare Seriennummer): ');
      const many = buildError(Array.from({ length: 25 }, (_, i) => device(i, { assignedUser: 'nobody' }))).message;
      expect(many).toMatch(/^25 Geräte haben Werte/);
      expect(many).toContain(`- Gerät ${device(0).serialNumber}: `);
      expect(many).toMatch(/…und 5 weitere\.$/);
      expect(buildError([]).title).toBe('Keine Geräte zum Exportieren');
    } finally {
      setStationLanguage('en');
    }
  });

  it('lists every problem at once, capped for readability', () => {
    const bad = Array.from({ length: 25 }, (_, i) => device(i, { assignedUser: 'nobody' }));
    const message = buildError(bad).message;
    expect(message).toMatch(/^25 devices have/);
    expect(message.match(/^- device/gm)).toHaveLength(20);
    expect(message).toMatch(/and 5 more/);
  });

  it('trims spaces and whitespace inside hashes (spreadsheet damage) instead of failing', () => {
    const d = device(1);
    const half = d.hardwareHash.length / 2;
    const messy = {
      ...d,
      serialNumber: ` ${d.serialNumber} `,
      hardwareHash: `${d.hardwareHash.slice(0, half)}\r\n ${d.hardwareHash.slice(half)}`,
    };
    expect(buildIntuneCsv([messy]).files[0]?.content.split('\r\n')[1]).toBe(`${d.serialNumber},,${d.hardwareHash},,`);
  });
});

describe('Intune CSV: duplicate serials', () => {
  it('merges identical ones silently', () => {
    const result = buildIntuneCsv([device(1), device(2), device(1)]);
    expect(result.devices).toBe(2);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the later harvest and warns when they differ', () => {
    const older = device(1);
    const newer = {
      ...older,
      serialNumber: older.serialNumber.toLowerCase(),
      hardwareHash: simulatedHardwareHash('reflashed'),
    };
    const result = buildIntuneCsv([older, device(2), newer]);
    expect(result.devices).toBe(2);
    expect(result.files[0]?.content).toContain(newer.hardwareHash);
    expect(result.files[0]?.content).not.toContain(older.hardwareHash);
    expect(result.warnings).toEqual([
      {
        serialNumber: newer.serialNumber,
        code: 'duplicate-serial-merged',
        message: expect.stringMatching(/appears 2 times .*keeps the latest harvest/) as unknown,
      },
    ]);
  });
});

describe('batch defaults', () => {
  it('fill in devices without their own value', () => {
    const out = applyBatchDefaults([device(1), device(2, { groupTag: 'Own' })], {
      groupTag: 'Batch',
      assignedUser: 'a@b.co',
    });
    expect(out.map((d) => [d.groupTag, d.assignedUser])).toEqual([
      ['Batch', 'a@b.co'],
      ['Own', 'a@b.co'],
    ]);
  });
});

describe('file names and atomic writes', () => {
  it.each([
    ['out/devices.csv', 1, ['out/devices.csv']],
    ['out/devices.csv', 3, ['out/devices-1.csv', 'out/devices-2.csv', 'out/devices-3.csv']],
    ['out/devices', 2, ['out/devices-1.csv', 'out/devices-2.csv']],
    ['out/devices.CSV', 2, ['out/devices-1.CSV', 'out/devices-2.CSV']],
  ])('%s x %i', (out, count, names) => {
    expect(intuneCsvFileNames(out, count)).toEqual(names);
  });

  it('writes every part and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-csv-'));
    const result = buildIntuneCsv(devices(501));
    const written = await writeIntuneCsvFiles(join(dir, 'bench.csv'), result.files);
    expect(written.map((w) => [w.path, w.rows])).toEqual([
      [join(dir, 'bench-1.csv'), 500],
      [join(dir, 'bench-2.csv'), 1],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['bench-1.csv', 'bench-2.csv']);
    expect(readFileSync(join(dir, 'bench-2.csv'), 'latin1')).toBe(result.files[1]?.content);
  });

  it('replaces an older export of the same name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-csv-'));
    writeFileSync(join(dir, 'bench.csv'), 'old');
    await writeIntuneCsvFiles(join(dir, 'bench.csv'), buildIntuneCsv(devices(1)).files);
    expect(readFileSync(join(dir, 'bench.csv'), 'latin1').startsWith(INTUNE_CSV_HEADER)).toBe(true);
  });

  it('reports nothing as written when the folder is missing, and leaves no debris', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-csv-'));
    const out = join(dir, 'missing', 'bench.csv');
    await expect(writeIntuneCsvFiles(out, buildIntuneCsv(devices(2)).files)).rejects.toMatchObject({
      code: 'intune-csv-write-failed',
      message: expect.stringMatching(/no CSV was written/) as unknown,
    });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('says which parts are complete when a later one cannot be put in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-csv-'));
    mkdirSync(join(dir, 'bench-2.csv')); // a folder in the way of part 2
    const files = buildIntuneCsv(devices(3), { maxRowsPerFile: 1 }).files;
    await expect(writeIntuneCsvFiles(join(dir, 'bench.csv'), files)).rejects.toMatchObject({
      code: 'intune-csv-write-failed',
      message: expect.stringMatching(/complete parts: .*bench-1\.csv\. Do not import an incomplete set/) as unknown,
    });
    expect(readdirSync(dir).sort()).toEqual(['bench-1.csv', 'bench-2.csv']); // no temporary files left
  });
});

describe('spreadsheet formulas never reach the Intune CSV', () => {
  it.each([
    ['serialNumber', '=1+1'],
    ['serialNumber', '+41SN001'],
    ['serialNumber', '-2+3'],
    ['serialNumber', '@SUM(A1)'],
    ['groupTag', '=cmd|calc'],
    ['groupTag', '+Bench'],
    ['groupTag', '-Bench'],
    ['groupTag', '@Bench'],
  ] as const)('a %s starting %s is refused, with the device named', (field, value) => {
    const bad = device(7, { [field]: value });
    const error = buildError([device(1), bad]);
    expect(error.message).toContain(field === 'serialNumber' ? `device ${value}` : `device ${bad.serialNumber}`);
    expect(error.message).toMatch(/a spreadsheet would run as a formula/);
  });

  it('the same characters later in a value are fine', () => {
    expect(() => buildIntuneCsv([device(1, { groupTag: 'Bench-A+B@2' })])).not.toThrow();
  });
});
