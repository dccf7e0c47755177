import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  parseAutopilotCsv,
  parseCsvRecords,
  parseDeviceHashCsv,
} from '../../../../src-main/core/autopilot/csv-read.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { simulatedHardwareHash } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/autopilot');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));
const HASH = simulatedHardwareHash('SN1');
const THREE = 'Device Serial Number,Windows Product ID,Hardware Hash';

function utf16le(text: string, bom = true): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]));
}

function thrown(fn: () => unknown): StationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StationError) return error;
    throw error;
  }
  throw new Error('expected a StationError');
}

describe('DeviceHash CSV encodings and line ends', () => {
  const text = `${THREE}\r\nSN1,00330-80000-00000-AA123,${HASH}\r\n`;
  it.each([
    ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16le(text), 'utf-16le'],
    ['UTF-16LE without BOM', utf16le(text, false), 'utf-16le'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['LF only', new TextEncoder().encode(text.replace(/\r\n/g, '\n')), 'utf-8'],
    ['CR only (old Mac)', new TextEncoder().encode(text.replace(/\r\n/g, '\r')), 'utf-8'],
    ['no final line end', new TextEncoder().encode(text.trimEnd()), 'utf-8'],
    ['trailing empty lines', new TextEncoder().encode(`${text}\r\n\r\n,,\r\n`), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeCsvBytes(bytes).encoding).toBe(encoding);
    expect(parseDeviceHashCsv(bytes)).toEqual({
      serialNumber: 'SN1',
      productId: '00330-80000-00000-AA123',
      hardwareHash: HASH,
      groupTag: '',
      assignedUser: '',
    });
  });

  it('reads quoted fields, doubled quotes and commas inside quotes', () => {
    expect(parseCsvRecords('"a,b","say ""hi""",c\r\n" x ",,"multi\r\nline"')).toEqual([
      ['a,b', 'say "hi"', 'c'],
      [' x ', '', 'multi\r\nline'],
    ]);
  });

  it('treats a stray quote as the batch manifest does (one CSV reader): refused, naming the line', () => {
    expect(() => parseCsvRecords('a,b\nSN"1,x\n')).toThrow(/Line 2 has a double quote inside a value/);
  });

  it('reads a quoted DeviceHash file and trims stray spaces', () => {
    const csv = `"Device Serial Number","Windows Product ID","Hardware Hash"\n" SN1 ","","${HASH}"\n`;
    expect(parseDeviceHashCsv(csv).serialNumber).toBe('SN1');
  });

  it('skips the #TYPE line Export-Csv writes without -NoTypeInformation', () => {
    const csv = `#TYPE System.Management.Automation.PSCustomObject\n${THREE}\nSN1,,${HASH}\n`;
    expect(parseDeviceHashCsv(csv).serialNumber).toBe('SN1');
  });

  it('falls back to Windows ANSI for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${THREE}\nSN1,,${HASH}\n`), 0xe9]);
    expect(decodeCsvBytes(bytes).encoding).toBe('windows-1252');
  });
});

describe('fixtures in the shapes techs bring', () => {
  it('the HoloLens DeviceHash file (five columns, empty tag and user)', () => {
    const parsed = parseAutopilotCsv(fixture('DeviceHash_HoloLens-FIX01.csv'));
    expect(parsed.format).toBe('intune');
    expect(parsed.devices).toHaveLength(1);
    expect(parsed.devices[0]?.serialNumber).toBe('310020512345');
    expect(parsed.devices[0]?.productId).toBe('00330-80000-00000-AA123');
  });

  it('Get-WindowsAutopilotInfo output from Windows PowerShell 5.1 (UTF-16LE)', () => {
    const parsed = parseAutopilotCsv(fixture('get-windowsautopilotinfo-utf16le.csv'));
    expect(parsed).toMatchObject({ encoding: 'utf-16le', format: 'device-hash' });
    expect(parsed.devices[0]).toMatchObject({ serialNumber: '310020598765', productId: '' });
    expect(Buffer.from(parsed.devices[0]!.hardwareHash, 'base64').length).toBeGreaterThan(3900);
  });

  it('an Intune import file re-saved by Excel (BOM, quotes, three devices)', () => {
    const parsed = parseAutopilotCsv(fixture('intune-excel-quoted.csv'));
    expect(parsed.devices.map((d) => [d.serialNumber, d.groupTag, d.assignedUser])).toEqual([
      ['310020512345', 'Bench-A', 'tech@contoso.com'],
      ['310020598765', 'Bench-A', ''],
      ['310020511111', '', ''],
    ]);
  });

  it('finds columns by name whatever their order or case', () => {
    const csv = `hardware hash,GROUP TAG,Device Serial Number\n${HASH},T1,SN9\n`;
    expect(parseAutopilotCsv(csv).devices[0]).toMatchObject({ serialNumber: 'SN9', groupTag: 'T1', productId: '' });
  });
});

describe('malformed CSVs give clear typed errors', () => {
  it.each([
    ['an empty file', '', 'autopilot-csv-empty', /empty/],
    ['only blank lines', '\r\n\r\n', 'autopilot-csv-empty', /empty/],
    ['a header without devices', `${THREE}\r\n`, 'autopilot-csv-empty', /no device row/],
    ['a foreign header', 'Name,Value\nx,y\n', 'autopilot-csv-malformed', /Device Serial Number/],
    ['an unclosed quote', `${THREE}\n"SN1,,${HASH}\n`, 'autopilot-csv-malformed', /never closed/],
    ['too many values', `${THREE}\nSN1,,${HASH},extra\n`, 'autopilot-csv-malformed', /Row 2 .*more values/],
    ['a missing serial', `${THREE}\n,,${HASH}\n`, 'autopilot-csv-malformed', /Row 2.*serial number is empty/],
    ['an empty hash', `${THREE}\nSN1,,\n`, 'autopilot-csv-malformed', /device SN1.*hash is empty/],
    ['a damaged hash', `${THREE}\nSN1,,abc$\n`, 'autopilot-csv-malformed', /device SN1.*not valid Base64/],
    [
      'several devices',
      `${THREE}\nSN1,,${HASH}\nSN2,,${HASH}\n`,
      'autopilot-csv-several-devices',
      /2 devices \(SN1, SN2/,
    ],
  ])('%s', (_name, csv, code, message) => {
    const error = thrown(() => parseDeviceHashCsv(csv, 'DeviceHash_X.csv'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('DeviceHash_X.csv');
  });

  it('refuses files over 1 MiB before decoding them', () => {
    expect(thrown(() => parseAutopilotCsv(new Uint8Array(1024 * 1024 + 1))).code).toBe('autopilot-csv-too-large');
  });
});

describe('an unreadable Autopilot CSV is told in the station language', () => {
  it.each([
    [`${THREE}\nSN1,,${HASH},extra\n`, 'Zeile 2 hat mehr Werte, als die Kopfzeile Spalten hat. (a.csv)'],
    [
      'Name,Value\r\nx,y\r\n',
      /^Der Kopfzeile „Name,Value“ fehlen die Spalten „Device Serial Number“ und „Hardware Hash“/,
    ],
    ['a,b\nSN"1,x\n', /^Zeile 2 enthält/],
    [THREE, 'Die Datei hat eine Kopfzeile, aber keine Gerätezeile. (a.csv)'],
  ])('%j', (text, message) => {
    setStationLanguage('de');
    try {
      let error: unknown;
      try {
        parseDeviceHashCsv(text, 'a.csv');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StationError);
      expect((error as StationError).title).toBe('Die Autopilot-CSV-Datei ist nicht lesbar');
      expect((error as StationError).message).toMatch(message);
    } finally {
      setStationLanguage('en');
    }
  });
});
