import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTAINER_TYPE, UNKNOWN_LENGTH } from '../../../../src-main/core/mtp/codes.ts';
import {
  dataContainerLength,
  decodeCommand,
  decodeEvent,
  decodeResponse,
  encodeCommand,
  encodeData,
  encodeEvent,
  encodeResponse,
  readHeader,
} from '../../../../src-main/core/mtp/container.ts';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import {
  decodeCancelRequest,
  decodeDeviceStatus,
  encodeCancelRequest,
  encodeDeviceStatus,
} from '../../../../src-main/core/mtp/pipe.ts';

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const u16 = fc.integer({ min: 0, max: 0xffff });

describe('PTP containers', () => {
  it('a command is laid out little-endian: length, type, code, transaction id, params', () => {
    const bytes = encodeCommand({ code: 0x1002, transactionId: 0, params: [1] });
    expect(Array.from(bytes)).toEqual([16, 0, 0, 0, 1, 0, 0x02, 0x10, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('commands, responses and events round-trip', () => {
    fc.assert(
      fc.property(u16, u32, fc.array(u32, { maxLength: 5 }), (code, transactionId, params) => {
        const op = { code, transactionId, params };
        expect(decodeCommand(encodeCommand(op))).toEqual(op);
        expect(decodeResponse(encodeResponse(op))).toEqual(op);
        if (params.length <= 3) expect(decodeEvent(encodeEvent(op))).toEqual(op);
      }),
    );
  });

  it('rejects containers of the wrong type, length or parameter count with a typed error', () => {
    const response = encodeResponse({ code: 0x2001, transactionId: 3, params: [] });
    const cases: Uint8Array[] = [
      encodeCommand({ code: 0x2001, transactionId: 3, params: [] }),
      response.subarray(0, 8),
      Uint8Array.from([...response, 0, 0]),
      (() => {
        const b = Uint8Array.from(response);
        b[0] = 40;
        return b;
      })(),
    ];
    for (const bytes of cases) {
      let caught: unknown;
      try {
        decodeResponse(bytes);
      } catch (error) {
        caught = error;
      }
      expect(isMtpError(caught, 'mtp-protocol')).toBe(true);
    }
    expect(() => encodeEvent({ code: 0x4002, transactionId: 0, params: [1, 2, 3, 4] })).toThrow(RangeError);
  });

  it('data containers carry their total length, or 0xFFFFFFFF from 4 GB on', () => {
    const data = encodeData(0x1009, 7, new Uint8Array([1, 2, 3]));
    expect(readHeader(data)).toEqual({ length: 15, type: CONTAINER_TYPE.Data, code: 0x1009, transactionId: 7 });
    expect(dataContainerLength(0)).toBe(12);
    expect(dataContainerLength(0xffffffff - 13)).toBe(0xfffffffe);
    expect(dataContainerLength(0xffffffff - 12)).toBe(UNKNOWN_LENGTH);
    expect(dataContainerLength(5e9)).toBe(UNKNOWN_LENGTH);
  });
});

describe('class request payloads', () => {
  it('Cancel Request: 0x4001 then the transaction id', () => {
    expect(Array.from(encodeCancelRequest(0x01020304))).toEqual([0x01, 0x40, 4, 3, 2, 1]);
    fc.assert(
      fc.property(u32, (tid) => {
        expect(decodeCancelRequest(encodeCancelRequest(tid))).toBe(tid);
      }),
    );
    expect(decodeCancelRequest(new Uint8Array(5))).toBeNull();
  });

  it('Get Device Status round-trips and tolerates padding', () => {
    const status = { code: 0x2019, stalledEndpoints: [0x81, 0x02] };
    expect(decodeDeviceStatus(encodeDeviceStatus(status))).toEqual(status);
    const padded = new Uint8Array(20);
    padded.set(encodeDeviceStatus({ code: 0x2001, stalledEndpoints: [] }));
    expect(decodeDeviceStatus(padded)).toEqual({ code: 0x2001, stalledEndpoints: [] });
    expect(decodeDeviceStatus(new Uint8Array(3))).toBeNull();
  });
});
