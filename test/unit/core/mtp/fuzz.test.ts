import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StationError } from '../../../../src-main/shared/errors.ts';
import { decodeCommand, decodeEvent, decodeResponse } from '../../../../src-main/core/mtp/container.ts';
import {
  decodeDeviceInfo,
  decodeObjectInfo,
  decodeStorageInfo,
  encodeDeviceInfo,
  encodeObjectInfo,
  objectInfoFor,
} from '../../../../src-main/core/mtp/datasets.ts';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import { parseEvent } from '../../../../src-main/core/mtp/events.ts';
import { CollectSink } from '../../../../src-main/core/mtp/operations.ts';
import { decodeDeviceStatus } from '../../../../src-main/core/mtp/pipe.ts';
import { TransactionRunner } from '../../../../src-main/core/mtp/transaction.ts';
import { MtpTransport } from '../../../../src-main/core/mtp/transport.ts';
import { hololensDeviceInfo } from '../../../../src-main/sim/mtp/device-info.ts';
import { ScriptedPipe, concat, dataHeader, ok, payload } from './scripted-pipe.ts';

const SEED = 20240607;

/** Valid containers with a few bytes overwritten, cut short or extended: the likeliest shapes of corruption. */
function mutated(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      extra: fc.uint8Array({ maxLength: 8 }),
    })
    .map(({ edits, cut, extra }) => {
      const out = Uint8Array.from(valid);
      for (const [at, v] of edits) if (out.length) out[at % out.length] = v;
      const kept = cut === undefined ? out : out.subarray(0, cut % (out.length + 1));
      return concat(kept, extra);
    });
}

function onlyTypedErrors(decode: (b: Uint8Array) => unknown): (b: Uint8Array) => void {
  return (bytes) => {
    try {
      decode(bytes);
    } catch (error) {
      if (!isMtpError(error, 'mtp-protocol')) throw error;
    }
  };
}

describe('fuzzed containers into the parsers: typed errors only', () => {
  const deviceInfo = encodeDeviceInfo(hololensDeviceInfo({ serialNumber: 'FUZZ', battery: true }));
  const objectInfo = encodeObjectInfo(
    objectInfoFor({ storageId: 1, parent: 2, filename: 'AutopilotDiagnostics.zip', size: 9 }),
  );
  const cases: [string, (b: Uint8Array) => unknown, Uint8Array][] = [
    ['response', decodeResponse, ok(3, [1, 2])],
    ['command', decodeCommand, ok(3, [1])],
    ['event', (b) => parseEvent(b), ok(0, [7])],
    ['DeviceInfo', decodeDeviceInfo, deviceInfo],
    ['StorageInfo', decodeStorageInfo, payload(40)],
    ['ObjectInfo', decodeObjectInfo, objectInfo],
    ['device status', decodeDeviceStatus, Uint8Array.of(8, 0, 1, 0x20, 0x81, 0, 0, 0)],
  ];

  it.each(cases)('%s: random bytes', (_name, decode) => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), onlyTypedErrors(decode)), { seed: SEED, numRuns: 1500 });
  });

  it.each(cases)('%s: mutated valid containers', (_name, decode, valid) => {
    fc.assert(fc.property(mutated(valid), onlyTypedErrors(decode)), { seed: SEED, numRuns: 1500 });
  });

  it('event decoding never accepts more than three parameters', () => {
    expect(() => decodeEvent(ok(0, [1, 2, 3, 4]))).toThrow();
  });
});

describe('fuzzed replies into a whole transaction: typed errors only, never a hang', () => {
  const GET = 0x1009;
  const good = [concat(dataHeader(12 + 1500, GET, 1), payload(1500).subarray(0, 500)), payload(1000), ok(1)];

  const scripts = fc.oneof(
    fc.array(fc.uint8Array({ maxLength: 600 }), { maxLength: 5 }),
    fc.tuple(...good.map((g) => mutated(g))).map((parts) => parts),
    fc.array(fc.constantFrom(...good, new Uint8Array(0), ok(1), ok(2), dataHeader(0xffffffff, GET, 1)), {
      maxLength: 6,
    }),
  );

  it('GetObject against thousands of scripted replies', async () => {
    await fc.assert(
      fc.asyncProperty(scripts, async (script) => {
        const pipe = new ScriptedPipe(script);
        const runner = new TransactionRunner(new MtpTransport(pipe, { timeoutMs: 5, transferSize: 2048 }), {
          busyRetries: 1,
          busyBackoffMs: 0,
          stallRetries: 1,
          cleanupTimeoutMs: 5,
          sleep: () => Promise.resolve(),
        });
        runner.state = 'open';
        runner.restartTransactionIds(0);
        try {
          await runner.run({ code: GET, params: [1], sink: new CollectSink(1 << 20) });
        } catch (error) {
          expect(error).toBeInstanceOf(StationError);
          expect((error as StationError).code).toMatch(/^mtp-/);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
