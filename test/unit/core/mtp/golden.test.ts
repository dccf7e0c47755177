import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeCommand,
  decodeEvent,
  decodeResponse,
  encodeCommand,
  encodeData,
  encodeEvent,
  encodeResponse,
  readHeader,
} from '../../../../src-main/core/mtp/container.ts';
import {
  decodeDeviceInfo,
  decodeObjectInfo,
  decodeStorageInfo,
  encodeDeviceInfo,
  encodeObjectInfo,
  encodeStorageInfo,
  type DeviceInfo,
  type ObjectInfo,
  type StorageInfo,
} from '../../../../src-main/core/mtp/datasets.ts';
import { parseEvent } from '../../../../src-main/core/mtp/events.ts';
import { decodeDeviceStatus, encodeCancelRequest, encodeDeviceStatus } from '../../../../src-main/core/mtp/pipe.ts';
import {
  CONTAINER,
  containerHeader,
  deviceInfoBytes,
  objectInfoBytes,
  operationContainer,
  readObjectInfo,
  storageInfoBytes,
} from '../../../../src-main/sim/mtp/wire.ts';

/**
 * Golden bytes written by hand from the field tables of the specifications, not produced by any encoder of the
 * station or of its simulator: each vector is decoded by the initiator, encoded by the initiator, and encoded by
 * the simulator's own writer, and all three must agree with the bytes. Sections: MTP 1.1 (USB-IF, April 2011);
 * the containers and class requests come from the USB Still Image Capture Device Definition 1.0, which MTP's USB
 * transport reuses.
 */
function hex(text: string): Buffer {
  return Buffer.from(text.replace(/\s+/g, ''), 'hex');
}

/** A PTP string by hand: count of UTF-16 units with the NUL, then the units, little-endian. */
function ptpString(s: string): string {
  if (s === '') return '00';
  const units = [...s].map((c) => {
    const u = c.charCodeAt(0);
    return (u & 0xff).toString(16).padStart(2, '0') + (u >> 8).toString(16).padStart(2, '0');
  });
  return `${(s.length + 1).toString(16).padStart(2, '0')} ${units.join(' ')} 0000`;
}

describe('golden containers (Still Image Capture Device Definition 1.0 §7.1, generic bulk container)', () => {
  // length u32, type u16 (1 command, 2 data, 3 response, 4 event), code u16, transaction id u32, then parameters
  const rows = [
    {
      what: 'OpenSession(SessionID 1) command, transaction 0',
      bytes: '10000000 0100 0210 00000000 01000000',
      type: 1,
      op: { code: 0x1002, transactionId: 0, params: [1] },
    },
    {
      what: 'GetObjectHandles(storage 0x00010001, all formats, root) command',
      bytes: '18000000 0100 0710 05000000 01000100 00000000 ffffffff',
      type: 1,
      op: { code: 0x1007, transactionId: 5, params: [0x00010001, 0, 0xffffffff] },
    },
    {
      what: 'OK response without parameters',
      bytes: '0c000000 0300 0120 05000000',
      type: 3,
      op: { code: 0x2001, transactionId: 5, params: [] },
    },
    {
      what: 'SendObjectInfo OK response: storage, parent, new handle',
      bytes: '18000000 0300 0120 07000000 01000100 ffffffff 2a000000',
      type: 3,
      op: { code: 0x2001, transactionId: 7, params: [0x00010001, 0xffffffff, 0x2a] },
    },
    {
      what: 'StoreFull response (MTP 1.1 Appendix F, 0x200C)',
      bytes: '0c000000 0300 0c20 08000000',
      type: 3,
      op: { code: 0x200c, transactionId: 8, params: [] },
    },
    {
      what: 'SessionAlreadyOpen response carrying the open session id (0x201E)',
      bytes: '10000000 0300 1e20 00000000 01000000',
      type: 3,
      op: { code: 0x201e, transactionId: 0, params: [1] },
    },
    {
      what: 'ObjectAdded event (MTP 1.1 Appendix G, 0x4002) for handle 0x42',
      bytes: '10000000 0400 0240 00000000 42000000',
      type: 4,
      op: { code: 0x4002, transactionId: 0, params: [0x42] },
    },
    {
      what: 'DeviceReset event (0x400B) without parameters',
      bytes: '0c000000 0400 0b40 00000000',
      type: 4,
      op: { code: 0x400b, transactionId: 0, params: [] },
    },
  ];

  it.each(rows)('$what', ({ bytes, type, op }) => {
    const golden = hex(bytes);
    const decode = { 1: decodeCommand, 3: decodeResponse, 4: decodeEvent }[type]!;
    const encode = { 1: encodeCommand, 3: encodeResponse, 4: encodeEvent }[type]!;
    expect(decode(golden)).toEqual(op);
    expect(Buffer.from(encode(op)).equals(golden)).toBe(true);
    expect(operationContainer(type, op.code, op.transactionId, op.params).equals(golden)).toBe(true);
  });

  it('a data container header: the length counts the 12 header bytes', () => {
    const golden = hex('0f000000 0200 0910 09000000 616263');
    expect(Buffer.from(encodeData(0x1009, 9, Buffer.from('abc'))).equals(golden)).toBe(true);
    expect(readHeader(golden)).toEqual({ length: 15, type: 2, code: 0x1009, transactionId: 9 });
    expect(
      containerHeader({ length: 15, type: CONTAINER.data, code: 0x1009, transactionId: 9 }).equals(
        golden.subarray(0, 12),
      ),
    ).toBe(true);
  });

  it('a data container of 4 GB and more says 0xFFFFFFFF (MTP 1.1 Appendix D, GetObject)', () => {
    expect(readHeader(hex('ffffffff 0200 0910 09000000'))).toEqual({
      length: 0xffffffff,
      type: 2,
      code: 0x1009,
      transactionId: 9,
    });
  });

  it('events decode to what they announce, the DeviceReset event included', () => {
    expect(parseEvent(hex('10000000 0400 0240 00000000 42000000'))).toEqual({ type: 'object-added', handle: 0x42 });
    expect(parseEvent(hex('0c000000 0400 0b40 00000000'))).toEqual({ type: 'device-reset' });
    expect(parseEvent(hex('10000000 0400 0a40 00000000 01000100'))).toEqual({
      type: 'store-full',
      storageId: 0x00010001,
    });
  });
});

describe('golden class requests (Still Image Capture Device Definition 1.0 §5.2)', () => {
  it('Cancel Request data: CancellationCode 0x4001, then the transaction id (§5.2.1)', () => {
    expect(Buffer.from(encodeCancelRequest(0x01020304)).equals(hex('0140 04030201'))).toBe(true);
  });

  it.each([
    { what: 'OK, nothing halted', bytes: '0400 0120', status: { code: 0x2001, stalledEndpoints: [] } },
    {
      what: 'Transaction Cancelled with bulk IN 0x81 halted',
      bytes: '0800 1f20 81000000',
      status: { code: 0x201f, stalledEndpoints: [0x81] },
    },
  ])('Get Device Status data: wLength, Code, halted endpoints (§5.2.4): $what', ({ bytes, status }) => {
    expect(decodeDeviceStatus(hex(bytes))).toEqual(status);
    expect(Buffer.from(encodeDeviceStatus(status)).equals(hex(bytes))).toBe(true);
  });
});

describe('golden datasets (MTP 1.1 §5)', () => {
  const deviceInfo: DeviceInfo = {
    standardVersion: 100,
    vendorExtensionId: 6,
    vendorExtensionVersion: 100,
    vendorExtensionDesc: 'ms',
    functionalMode: 0,
    operationsSupported: [0x1001, 0x1002],
    eventsSupported: [0x4002],
    devicePropertiesSupported: [0x5001],
    captureFormats: [],
    playbackFormats: [0x3000],
    manufacturer: 'M',
    model: 'H2',
    deviceVersion: '',
    serialNumber: '7',
  };
  // §5.1.1 DeviceInfo: StandardVersion u16, VendorExtensionID u32, VendorExtensionVersion u16,
  // VendorExtensionDesc str, FunctionalMode u16, five u16 arrays (u32 count first), four strings.
  const deviceInfoBytesGolden = hex(
    [
      '6400',
      '06000000',
      '6400',
      '03 6d00 7300 0000',
      '0000',
      '02000000 0110 0210',
      '01000000 0240',
      '01000000 0150',
      '00000000',
      '01000000 0030',
      '02 4d00 0000',
      '03 4800 3200 0000',
      '00',
      '02 3700 0000',
    ].join(''),
  );

  const storageInfo: StorageInfo = {
    storageType: 3,
    filesystemType: 2,
    accessCapability: 0,
    maxCapacity: 0x10_0000_0000,
    freeSpaceInBytes: 0x2_8000_0000,
    freeSpaceInObjects: 0xffffffff,
    storageDescription: 'IS',
    volumeIdentifier: '',
  };
  // §5.2.2 StorageInfo: StorageType u16 (3 fixed RAM), FilesystemType u16 (2 generic hierarchical),
  // AccessCapability u16 (0 read-write), MaxCapacity u64, FreeSpaceInBytes u64, FreeSpaceInObjects u32, 2 strings.
  const storageInfoGolden = hex('0300 0200 0000 0000000010000000 0000008002000000 ffffffff 03 4900 5300 0000 00');

  const objectInfo: ObjectInfo = {
    storageId: 0x00010001,
    format: 0x3000,
    protectionStatus: 0,
    compressedSize: 5,
    thumbFormat: 0,
    thumbCompressedSize: 0,
    thumbPixWidth: 0,
    thumbPixHeight: 0,
    imagePixWidth: 0,
    imagePixHeight: 0,
    imageBitDepth: 0,
    parent: 0x2a,
    associationType: 0,
    associationDesc: 0,
    sequenceNumber: 0,
    filename: 'a.txt',
    captureDate: '20240102T030405',
    modificationDate: '20240102T030406',
    keywords: '',
  };
  // §5.3.1 ObjectInfo: StorageID u32, ObjectFormat u16, ProtectionStatus u16, ObjectCompressedSize u32,
  // ThumbFormat u16, ThumbCompressedSize u32, ThumbPixWidth/Height u32, ImagePixWidth/Height u32,
  // ImageBitDepth u32, ParentObject u32, AssociationType u16, AssociationDesc u32, SequenceNumber u32,
  // Filename, DateCreated, DateModified, Keywords.
  const objectInfoGolden = hex(
    [
      '01000100',
      '0030',
      '0000',
      '05000000',
      '0000',
      '00000000 00000000 00000000 00000000 00000000 00000000',
      '2a000000',
      '0000',
      '00000000',
      '00000000',
      '06 6100 2e00 7400 7800 7400 0000',
      ptpString('20240102T030405'),
      ptpString('20240102T030406'),
      '00',
    ].join(''),
  );

  it('§5.1.1 DeviceInfo', () => {
    expect(decodeDeviceInfo(deviceInfoBytesGolden)).toEqual(deviceInfo);
    expect(encodeDeviceInfo(deviceInfo).equals(deviceInfoBytesGolden)).toBe(true);
    expect(deviceInfoBytes(deviceInfo).equals(deviceInfoBytesGolden)).toBe(true);
  });

  it('§5.2.2 StorageInfo, capacities above 4 GB in 64 bits', () => {
    expect(decodeStorageInfo(storageInfoGolden)).toEqual(storageInfo);
    expect(encodeStorageInfo(storageInfo).equals(storageInfoGolden)).toBe(true);
    expect(storageInfoBytes(storageInfo).equals(storageInfoGolden)).toBe(true);
  });

  it('§5.3.1 ObjectInfo', () => {
    expect(decodeObjectInfo(objectInfoGolden)).toEqual(objectInfo);
    expect(encodeObjectInfo(objectInfo).equals(objectInfoGolden)).toBe(true);
    expect(objectInfoBytes(objectInfo).equals(objectInfoGolden)).toBe(true);
    expect(readObjectInfo(objectInfoGolden)).toEqual({
      storageId: 0x00010001,
      format: 0x3000,
      compressedSize: 5,
      parent: 0x2a,
      filename: 'a.txt',
      modificationDate: '20240102T030406',
    });
  });
});

describe('the simulator writes its own bytes', () => {
  it('imports no encoder or decoder of the initiator (only codes, types and the pipe port)', () => {
    const dir = join(import.meta.dirname, '../../../../src-main/sim/mtp');
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^import (type )?[^;]*?from '\.\.\/\.\.\/core\/mtp\/([\w-]+)\.ts';/gms)) {
        if (m[1] || m[2] === 'codes' || m[2] === 'pipe') continue;
        offending.push(`${file} imports core/mtp/${m[2]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
