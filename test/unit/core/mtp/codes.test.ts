import { describe, expect, it } from 'vitest';
import {
  CLASS_REQUEST,
  CONTAINER_TYPE,
  DEVICE_PROP,
  EVENT,
  FORMAT,
  OPERATION,
  RESPONSE,
  eventName,
  operationName,
  responseName,
} from '../../../../src-main/core/mtp/codes.ts';
import { MtpError, responseError } from '../../../../src-main/core/mtp/errors.ts';

// Values as printed in the MTP 1.1 specification (and PTP, ISO 15740), checked one by one.
const SPEC_OPERATIONS: [keyof typeof OPERATION, number][] = [
  ['GetDeviceInfo', 0x1001],
  ['OpenSession', 0x1002],
  ['CloseSession', 0x1003],
  ['GetStorageIDs', 0x1004],
  ['GetStorageInfo', 0x1005],
  ['GetObjectHandles', 0x1007],
  ['GetObjectInfo', 0x1008],
  ['GetObject', 0x1009],
  ['DeleteObject', 0x100b],
  ['SendObjectInfo', 0x100c],
  ['SendObject', 0x100d],
  ['GetDevicePropDesc', 0x1014],
  ['GetDevicePropValue', 0x1015],
  ['GetPartialObject', 0x101b],
  ['GetObjectPropsSupported', 0x9801],
  ['GetObjectPropValue', 0x9803],
  ['SendObjectPropList', 0x9808],
];

const SPEC_RESPONSES: [keyof typeof RESPONSE, number, string][] = [
  ['SessionNotOpen', 0x2003, 'mtp-session-not-open'],
  ['InvalidTransactionID', 0x2004, 'mtp-invalid-transaction-id'],
  ['OperationNotSupported', 0x2005, 'mtp-operation-not-supported'],
  ['IncompleteTransfer', 0x2007, 'mtp-incomplete-transfer'],
  ['InvalidStorageID', 0x2008, 'mtp-invalid-storage-id'],
  ['InvalidObjectHandle', 0x2009, 'mtp-invalid-object-handle'],
  ['StoreFull', 0x200c, 'mtp-store-full'],
  ['StoreReadOnly', 0x200e, 'mtp-store-read-only'],
  ['AccessDenied', 0x200f, 'mtp-access-denied'],
  ['StoreNotAvailable', 0x2013, 'mtp-store-not-available'],
  ['NoValidObjectInfo', 0x2015, 'mtp-no-valid-object-info'],
  ['DeviceBusy', 0x2019, 'mtp-device-busy'],
  ['InvalidParentObject', 0x201a, 'mtp-invalid-parent-object'],
  ['SessionAlreadyOpen', 0x201e, 'mtp-session-already-open'],
  ['TransactionCancelled', 0x201f, 'mtp-transaction-canceled'],
  ['ObjectTooLarge', 0xa809, 'mtp-object-too-large'],
];

const SPEC_EVENTS: [keyof typeof EVENT, number][] = [
  ['CancelTransaction', 0x4001],
  ['ObjectAdded', 0x4002],
  ['ObjectRemoved', 0x4003],
  ['StoreAdded', 0x4004],
  ['StoreRemoved', 0x4005],
  ['DevicePropChanged', 0x4006],
  ['ObjectInfoChanged', 0x4007],
  ['StorageInfoChanged', 0x400c],
  ['ObjectPropChanged', 0xc801],
];

describe('MTP code tables', () => {
  it.each(SPEC_OPERATIONS)('operation %s is %i', (name, code) => {
    expect(OPERATION[name]).toBe(code);
    expect(operationName(code)).toBe(name);
  });

  it.each(SPEC_RESPONSES)('response %s is %i and maps to %s', (name, code, errorCode) => {
    expect(RESPONSE[name]).toBe(code);
    expect(responseName(code)).toBe(name);
    const error = responseError(code, OPERATION.GetObject);
    expect(error).toBeInstanceOf(MtpError);
    expect(error.code).toBe(errorCode);
    expect(error.responseCode).toBe(code);
  });

  it.each(SPEC_EVENTS)('event %s is %i', (name, code) => {
    expect(EVENT[name]).toBe(code);
    expect(eventName(code)).toBe(name);
  });

  it('formats, properties, containers and class requests', () => {
    expect([FORMAT.Undefined, FORMAT.Association, FORMAT.Text, FORMAT.EXIF_JPEG]).toEqual([
      0x3000, 0x3001, 0x3004, 0x3801,
    ]);
    expect(DEVICE_PROP.BatteryLevel).toBe(0x5001);
    expect(CONTAINER_TYPE).toEqual({ Command: 1, Data: 2, Response: 3, Event: 4 });
    expect(CLASS_REQUEST).toEqual({
      Cancel: 0x64,
      GetExtendedEventData: 0x65,
      DeviceReset: 0x66,
      GetDeviceStatus: 0x67,
    });
  });

  it('codes sit in their spec ranges and no table repeats a value', () => {
    const tables: [Record<string, number>, number[]][] = [
      [OPERATION, [0x1000, 0x9800]],
      [RESPONSE, [0x2000, 0xa800]],
      [EVENT, [0x4000, 0xc800]],
      [FORMAT, [0x3000, 0xb000]],
    ];
    for (const [table, bases] of tables) {
      const values = Object.values(table);
      expect(new Set(values).size).toBe(values.length);
      for (const v of values) expect(bases.some((b) => (v & 0xf000) === (b & 0xf000) || (v & 0xf800) === b)).toBe(true);
    }
  });

  it('unknown codes still get a readable name, and unknown responses a generic typed error', () => {
    expect(operationName(0x1234)).toBe('Operation 0x1234');
    const error = responseError(0x2fff, OPERATION.GetObject);
    expect(error.code).toBe('mtp-device-error');
    expect(error.message).toContain('0x2FFF');
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});
