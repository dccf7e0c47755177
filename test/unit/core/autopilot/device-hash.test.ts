import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  extractDeviceHashFromZip,
  isAutopilotDiagnosticsZipName,
  isDeviceHashCsvName,
  isDiagnosticsInProgressName,
} from '../../../../src-main/core/autopilot/device-hash.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import {
  buildAutopilotDiagnosticsZip,
  deviceHashCsv,
  simulatedHardwareHash,
} from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';

const NOW = new Date('2025-03-04T10:20:30Z');
const SERIAL = '310020512345';
const PRODUCT = '00330-80000-00000-AA123';
const csvBytes = (serial = SERIAL): Uint8Array =>
  new TextEncoder().encode(deviceHashCsv(serial, PRODUCT, simulatedHardwareHash(serial), 'three-column'));

async function failure(input: Uint8Array | string): Promise<StationError> {
  try {
    await extractDeviceHashFromZip(input);
  } catch (error) {
    if (error instanceof StationError) return error;
    throw error;
  }
  throw new Error('expected the extraction to fail');
}

/** Offset of the central directory record of `name`. */
function centralRecord(zip: Uint8Array, name: string): number {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (v.getUint32(i, true) !== 0x02014b50) continue;
    const len = v.getUint16(i + 28, true);
    if (new TextDecoder().decode(zip.subarray(i + 46, i + 46 + len)) === name) return i;
  }
  throw new Error(`no central record for ${name}`);
}

function patched(zip: Uint8Array, name: string, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const copy = zip.slice();
  const v = new DataView(copy.buffer);
  const at = centralRecord(copy, name) + offset;
  if (bytes === 2) v.setUint16(at, value, true);
  else v.setUint32(at, value, true);
  return copy;
}

describe('extracting the hash from AutopilotDiagnostics.zip', () => {
  it('round-trips the simulator zip', async () => {
    const zip = buildAutopilotDiagnosticsZip({ serialNumber: SERIAL, productId: PRODUCT, now: NOW });
    const record = await extractDeviceHashFromZip(zip);
    expect(record).toEqual({
      serialNumber: SERIAL,
      productId: PRODUCT,
      hardwareHash: simulatedHardwareHash(SERIAL),
      csvName: expect.stringMatching(/^DeviceHash_HoloLens-[0-9A-F]{5}\.csv$/) as unknown,
    });
  });

  it.each([
    ['three-column UTF-16LE', { csvShape: 'three-column', csvEncoding: 'utf-16le-bom' }],
    ['five-column UTF-8', { csvShape: 'five-column', csvEncoding: 'utf-8' }],
  ] as const)('reads %s CSVs inside the zip', async (_n, shape) => {
    const zip = buildAutopilotDiagnosticsZip({ serialNumber: 'SN-7', productId: '', now: NOW, ...shape });
    expect(await extractDeviceHashFromZip(zip)).toMatchObject({ serialNumber: 'SN-7', productId: '' });
  });

  it('reads a stored (uncompressed) entry in a subfolder', async () => {
    const zip = zipSync({ 'AutopilotDiagnostics/DeviceHash_X.csv': [csvBytes(), { level: 0 }] });
    expect((await extractDeviceHashFromZip(zip)).csvName).toBe('AutopilotDiagnostics/DeviceHash_X.csv');
  });

  it('reads a zip from a file path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-zip-'));
    const path = join(dir, 'AutopilotDiagnostics.zip');
    writeFileSync(path, buildAutopilotDiagnosticsZip({ serialNumber: SERIAL, productId: PRODUCT, now: NOW }));
    expect((await extractDeviceHashFromZip(path)).serialNumber).toBe(SERIAL);
  });
});

describe('malformed zips give clear typed errors', () => {
  const good = buildAutopilotDiagnosticsZip({ serialNumber: SERIAL, productId: PRODUCT, now: NOW });

  it.each([
    ['an empty file', new Uint8Array(0), 'autopilot-zip-not-zip'],
    ['a text file', new TextEncoder().encode('Device Serial Number,...\r\n'.repeat(10)), 'autopilot-zip-not-zip'],
    ['a zip cut in half', good.subarray(0, Math.floor(good.length / 2)), 'autopilot-zip-corrupt'],
    ['a zip missing its last bytes', good.subarray(0, good.length - 10), 'autopilot-zip-corrupt'],
  ])('%s', async (_name, bytes, code) => {
    const error = await failure(bytes);
    expect(error.code).toBe(code);
    expect(error.title).toMatch(/zip/);
    expect(error.message).not.toMatch(/at .*\.ts:\d+/); // no stack traces for technicians
  });

  it('a zip without DeviceHash*.csv (another diagnostics zip)', async () => {
    const zip = zipSync({ 'HetLog.etl': new Uint8Array(100), 'MDMDiagReport.xml': new TextEncoder().encode('<x/>') });
    const error = await failure(zip);
    expect(error.code).toBe('autopilot-zip-no-device-hash');
    expect(error.message).toMatch(/no DeviceHash\*\.csv/);
  });

  it('a zip with two DeviceHash files', async () => {
    const zip = zipSync({ 'DeviceHash_A.csv': csvBytes('A1'), 'DeviceHash_B.csv': csvBytes('B1') });
    expect((await failure(zip)).code).toBe('autopilot-zip-several-device-hashes');
  });

  it('a zip bomb that declares its size is refused before inflating', async () => {
    const zip = zipSync({ 'DeviceHash_Bomb.csv': new Uint8Array(64 * 1024 * 1024) });
    expect(zip.length).toBeLessThan(200_000);
    const error = await failure(zip);
    expect(error.code).toBe('autopilot-zip-too-large');
  });

  it('a zip bomb that lies about its size is stopped at the cap', async () => {
    const zip = zipSync({ 'DeviceHash_Liar.csv': new Uint8Array(8 * 1024 * 1024) });
    const lying = patched(zip, 'DeviceHash_Liar.csv', 24, 200, 4); // uncompressed size field
    expect((await failure(lying)).code).toBe('autopilot-zip-too-large');
  });

  it('a damaged CSV entry fails its checksum', async () => {
    const zip = zipSync({ 'DeviceHash_X.csv': [csvBytes(), { level: 0 }] });
    const damaged = zip.slice();
    damaged[60] = (damaged[60] ?? 0) ^ 0xff; // inside the stored CSV data
    const error = await failure(damaged);
    expect(error.code).toBe('autopilot-zip-corrupt');
    expect(error.message).toMatch(/checksum/);
  });

  it('an encrypted entry', async () => {
    const zip = zipSync({ 'DeviceHash_X.csv': csvBytes() });
    expect((await failure(patched(zip, 'DeviceHash_X.csv', 8, 0x1, 2))).code).toBe('autopilot-zip-unsupported');
  });

  it('an unknown compression method', async () => {
    const zip = zipSync({ 'DeviceHash_X.csv': csvBytes() });
    const error = await failure(patched(zip, 'DeviceHash_X.csv', 10, 14, 2));
    expect(error.code).toBe('autopilot-zip-unsupported');
    expect(error.message).toMatch(/method 14/);
  });

  it('what is wrong is told in the station language; file names stay as they are', async () => {
    const checksum = zipSync({ 'DeviceHash_X.csv': [csvBytes(), { level: 0 }] }).slice();
    checksum[60] = (checksum[60] ?? 0) ^ 0xff;
    const cases = [
      [
        checksum,
        'Die ZIP-Datei ist beschädigt: DeviceHash_X.csv besteht die Prüfsumme nicht. Kopieren Sie AutopilotDiagnostics.zip erneut vom Gerät, oder erstellen Sie sie mit Power + Volume Down neu.',
      ],
      [new TextEncoder().encode('not a zip at all'), /^Die Datei ist kein ZIP-Archiv\./],
      [zipSync({ 'HetLog.etl': new Uint8Array(10) }), /^Die ZIP-Datei enthält keine DeviceHash\*\.csv\./],
      [
        zipSync({ 'DeviceHash_A.csv': csvBytes('A1'), 'DeviceHash_B.csv': csvBytes('B1') }),
        /^Die ZIP-Datei enthält 2 DeviceHash-Dateien \(DeviceHash_A\.csv, DeviceHash_B\.csv\)/,
      ],
    ] as const;
    setStationLanguage('de');
    try {
      for (const [bytes, message] of cases) {
        const error = await failure(bytes);
        expect(error.title).toBe('Die Autopilot-Diagnose-ZIP-Datei ist nicht verwendbar');
        expect(error.message).toMatch(message);
      }
    } finally {
      setStationLanguage('en');
    }
  });

  it('a malformed CSV inside a sound zip', async () => {
    const zip = zipSync({ 'DeviceHash_X.csv': new TextEncoder().encode('Name,Value\r\nx,y\r\n') });
    const error = await failure(zip);
    expect(error.code).toBe('autopilot-csv-malformed');
    expect(error.message).toContain('DeviceHash_X.csv');
  });

  it('a file that does not exist', async () => {
    expect((await failure('/nonexistent/AutopilotDiagnostics.zip')).code).toBe('autopilot-zip-unreadable');
  });

  it('never inflates the log files', async () => {
    // A log entry with an impossible compression method: reading it would fail, so success proves it was skipped.
    const zip = zipSync({ 'DeviceHash_X.csv': csvBytes(), 'big.etl': new Uint8Array(1000) });
    expect((await extractDeviceHashFromZip(patched(zip, 'big.etl', 10, 99, 2))).csvName).toBe('DeviceHash_X.csv');
  });
});

describe('file names on the device', () => {
  it.each([
    ['AutopilotDiagnostics.zip', true],
    ['AutoPilotDiagnostics.zip', true],
    ['HololensDiagnostics.zip', false],
  ])('%s is the Autopilot zip: %s', (name, yes) => {
    expect(isAutopilotDiagnosticsZipName(name)).toBe(yes);
  });

  it('recognises the in-progress placeholder and DeviceHash CSVs', () => {
    expect(isDiagnosticsInProgressName('HoloLensDiagnostics.temp')).toBe(true);
    expect(isDeviceHashCsvName('DeviceHash_HoloLens-U5603.csv')).toBe(true);
    expect(isDeviceHashCsvName('sub\\devicehash.CSV')).toBe(true);
    expect(isDeviceHashCsvName('NotDeviceHash.csv')).toBe(false);
    expect(isDeviceHashCsvName('DeviceHash_X.txt')).toBe(false);
  });
});
