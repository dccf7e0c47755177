import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../src-main/core/mtp/bytes.ts';
import {
  decodeDeviceInfo,
  decodeObjectInfo,
  decodeStorageInfo,
  encodeDeviceInfo,
  encodeObjectInfo,
  encodeStorageInfo,
  formatMtpDate,
  objectInfoFor,
  parseMtpDate,
  type DeviceInfo,
  type ObjectInfo,
} from '../../../../src-main/core/mtp/datasets.ts';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import { hololensDeviceInfo } from '../../../../src-main/sim/mtp/device-info.ts';

const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const u64 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const ptpString = fc.string({ maxLength: 254, unit: 'binary-ascii' }).filter((s) => !s.includes('\0'));
const codes = fc.array(u16, { maxLength: 40 });

describe('PTP strings', () => {
  it('count of UTF-16 code units including the NUL, then the units', () => {
    expect(Array.from(new ByteWriter().string('AB').finish())).toEqual([3, 0x41, 0, 0x42, 0, 0, 0]);
    expect(Array.from(new ByteWriter().string('').finish())).toEqual([0]);
    expect(new ByteReader(new ByteWriter().string('Übung ✓').finish(), 't').string()).toBe('Übung ✓');
  });

  it('254 characters fit, 255 do not', () => {
    expect(new ByteReader(new ByteWriter().string('x'.repeat(254)).finish(), 't').string()).toHaveLength(254);
    let caught: unknown;
    try {
      new ByteWriter().string('x'.repeat(255));
    } catch (error) {
      caught = error;
    }
    expect(isMtpError(caught, 'mtp-name-too-long')).toBe(true);
  });

  it('a count larger than the bytes left is a typed error, not a huge read', () => {
    let caught: unknown;
    try {
      new ByteReader(Uint8Array.from([200, 0x41, 0]), 'x').string();
    } catch (error) {
      caught = error;
    }
    expect(isMtpError(caught, 'mtp-protocol')).toBe(true);
    expect(() => new ByteReader(Uint8Array.from([0xff, 0xff, 0xff, 0x7f]), 'x').u32Array()).toThrow(/ends early/);
  });
});

describe('datasets round-trip', () => {
  it('DeviceInfo', () => {
    const arb = fc.record<DeviceInfo>({
      standardVersion: u16,
      vendorExtensionId: u32,
      vendorExtensionVersion: u16,
      vendorExtensionDesc: ptpString,
      functionalMode: u16,
      operationsSupported: codes,
      eventsSupported: codes,
      devicePropertiesSupported: codes,
      captureFormats: codes,
      playbackFormats: codes,
      manufacturer: ptpString,
      model: ptpString,
      deviceVersion: ptpString,
      serialNumber: ptpString,
    });
    fc.assert(
      fc.property(arb, (d) => {
        expect(decodeDeviceInfo(encodeDeviceInfo(d))).toEqual(d);
      }),
      { numRuns: 200 },
    );
  });

  it('StorageInfo', () => {
    fc.assert(
      fc.property(u16, u16, u16, u64, u64, u32, ptpString, ptpString, (st, fs, ac, max, free, objs, desc, vol) => {
        const s = {
          storageType: st,
          filesystemType: fs,
          accessCapability: ac,
          maxCapacity: max,
          freeSpaceInBytes: free,
          freeSpaceInObjects: objs,
          storageDescription: desc,
          volumeIdentifier: vol,
        };
        expect(decodeStorageInfo(encodeStorageInfo(s))).toEqual(s);
      }),
    );
  });

  it('ObjectInfo', () => {
    const arb = fc.record<ObjectInfo>({
      storageId: u32,
      format: u16,
      protectionStatus: u16,
      compressedSize: u32,
      thumbFormat: u16,
      thumbCompressedSize: u32,
      thumbPixWidth: u32,
      thumbPixHeight: u32,
      imagePixWidth: u32,
      imagePixHeight: u32,
      imageBitDepth: u32,
      parent: u32,
      associationType: u16,
      associationDesc: u32,
      sequenceNumber: u32,
      filename: ptpString,
      captureDate: ptpString,
      modificationDate: ptpString,
      keywords: ptpString,
    });
    fc.assert(
      fc.property(arb, (o) => {
        expect(decodeObjectInfo(encodeObjectInfo(o))).toEqual(o);
      }),
      { numRuns: 200 },
    );
  });

  it('the simulated HoloLens DeviceInfo reads back with its identity', () => {
    const info = decodeDeviceInfo(
      encodeDeviceInfo(hololensDeviceInfo({ serialNumber: 'SN42', model: 'HoloLens', battery: true })),
    );
    expect(info).toMatchObject({ manufacturer: 'Microsoft Corporation', model: 'HoloLens', serialNumber: 'SN42' });
    expect(info.devicePropertiesSupported).toContain(0x5001);
  });

  it('objectInfoFor a folder and a file', () => {
    expect(objectInfoFor({ storageId: 1, parent: 0xffffffff, filename: 'Docs', size: 0, folder: true })).toMatchObject({
      format: 0x3001,
      associationType: 1,
    });
    expect(objectInfoFor({ storageId: 1, parent: 5, filename: 'a.ppkg', size: 10 })).toMatchObject({
      format: 0x3000,
      compressedSize: 10,
      parent: 5,
    });
  });
});

describe('MTP dates', () => {
  it('formats local time as YYYYMMDDThhmmss and reads it back', () => {
    const d = new Date(2024, 2, 5, 7, 8, 9);
    expect(formatMtpDate(d)).toBe('20240305T070809');
    expect(parseMtpDate('20240305T070809')?.getTime()).toBe(d.getTime());
  });

  it('accepts tenths and zones, rejects nonsense', () => {
    expect(parseMtpDate('20240305T070809.5Z')?.toISOString()).toBe('2024-03-05T07:08:09.500Z');
    expect(parseMtpDate('20240305T070809+0100')?.toISOString()).toBe('2024-03-05T06:08:09.000Z');
    for (const bad of ['', '2024', '20241305T070809', '20240305T250809', 'garbage'])
      expect(parseMtpDate(bad)).toBeNull();
  });
});
