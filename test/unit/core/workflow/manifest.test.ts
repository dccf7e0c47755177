import { describe, expect, it } from 'vitest';
import {
  checkDeviceName,
  ManifestError,
  parseManifest,
  readManifest,
} from '../../../../src-main/core/workflow/manifest.ts';

const problems = (text: string) => readManifest(text).problems.map((p) => `line ${p.line}: ${p.message}`);

describe('manifest CSV', () => {
  it('matches headers loosely, in any order, and looks devices up by serial', () => {
    const m = parseManifest(
      '\ufeffAsset Tag,Serial Number,DEVICE_NAME,group-tag,Assigned User,Notes\r\n' +
        'AT-1,00123,HL-001,Lab,ana@contoso.com,first shelf\r\n' +
        'AT-2,00124,,,,\r\n',
      'm.csv',
    );
    expect(m.rows).toHaveLength(2);
    expect(m.lookup('00123')).toEqual({
      line: 2,
      serial: '00123',
      deviceName: 'HL-001',
      groupTag: 'Lab',
      assignedUser: 'ana@contoso.com',
      assetTag: 'AT-1',
    });
    expect(m.lookup(' 00124 ')).toMatchObject({ deviceName: null, groupTag: null, assetTag: 'AT-2' });
    expect(m.lookup('nope')).toBeNull();
    expect(m.lookupAssetTag('at-2')?.serial).toBe('00124');
    expect(m.ignoredColumns).toEqual(['Notes']);
  });

  it('tolerates a BOM, CRLF and quoted fields with commas and doubled quotes', () => {
    const m = parseManifest('\ufeffserial,device name,group tag,asset tag\r\n"SN1", HL-1 ,"Lab ""7""","AT,7"\r\n');
    expect(m.rows[0]).toMatchObject({ serial: 'SN1', deviceName: 'HL-1', groupTag: 'Lab "7"', assetTag: 'AT,7' });
  });

  it('reports every problem with its line number', () => {
    const text = [
      'serial,device name,group tag,assigned user,asset tag',
      '00123,HL-001,Lab,ana@contoso.com,AT-1',
      ',HL-002,,,',
      '00123,HL-003,,,',
      '00125,HOLOLENS-WAREHOUSE-7,,,',
      '00126,12345,,,',
      '00127,HL_8,,,',
      '00128,HL-9,"Lab, west",,',
      '00129,HL-10,,ana at contoso,',
      '00130,HL-11,,,AT-1',
      '',
      '"00131",HL-12,,,,extra',
    ].join('\n');
    expect(problems(text)).toEqual([
      'line 3: the serial is empty; every row needs the device serial number',
      'line 4: serial 00123 is already on line 2',
      'line 5: device name "HOLOLENS-WAREHOUSE-7" is 20 characters long; Windows allows at most 15',
      'line 6: device name "12345" is all digits; Windows needs at least one letter or hyphen',
      'line 7: device name "HL_8" may only have letters, digits and hyphens (no spaces or other signs)',
      `line 8: group tag "Lab, west" has a comma; Intune's CSV import would split it`,
      'line 9: assigned user "ana at contoso" is not a sign-in name like ana@contoso.com',
      'line 10: asset tag AT-1 is already on line 2',
      'line 12: has 6 values but the header has 5 columns',
    ]);
  });

  it('counts lines inside quoted fields so later line numbers stay right', () => {
    expect(problems('serial,device name\n00001,"HL-\n1"\n,HL-2\n')).toEqual([
      'line 2: device name "HL-\\x0a1" may only have letters, digits and hyphens (no spaces or other signs)',
      'line 4: the serial is empty; every row needs the device serial number',
    ]);
  });

  it('refuses a file without a serial column, an empty file and a broken quote', () => {
    expect(problems('name,asset tag\nHL-1,AT-1\n')[0]).toMatch(
      /line 1: has no serial column \(found: name, asset tag\)/,
    );
    expect(problems('')).toEqual(['line 1: the file is empty']);
    expect(problems('serial\n"00123\n00124\n')).toEqual(['line 2: opens a quote that is never closed']);
  });

  it('throws one StationError listing the problems', () => {
    try {
      parseManifest('serial,device name\n\n,HL-1\n', 'warehouse.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      const e = error as ManifestError;
      expect(e.code).toBe('manifest-invalid');
      expect(e.message).toBe(
        'Fix warehouse.csv and load it again:\nline 3: the serial is empty; every row needs the device serial number',
      );
      expect(e.problems).toHaveLength(1);
    }
  });

  it.each([
    ['HL-001', null],
    ['A', null],
    ['123-456', null],
    ['ABCDEFGHIJKLMNO', null],
    ['ABCDEFGHIJKLMNOP', /at most 15/],
    ['99', /all digits/],
    ['HL 1', /letters, digits and hyphens/],
    ['HL.1', /letters, digits and hyphens/],
  ])('device name %j', (name, why) => {
    const r = checkDeviceName(name);
    if (why === null) expect(r).toBeNull();
    else expect(r).toMatch(why);
  });
});
