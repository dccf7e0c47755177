import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import { CollectSink, bytesSource } from '../../../../src-main/core/mtp/operations.ts';
import { MtpTransport } from '../../../../src-main/core/mtp/transport.ts';
import { readHeader, encodeResponse } from '../../../../src-main/core/mtp/container.ts';
import { SimUsbLink } from '../../../../src-main/sim/mtp/sim-link.ts';
import { ScriptedPipe, concat, dataHeader, ok, payload } from './scripted-pipe.ts';

const GET = 0x1009;

async function receive(script: Uint8Array[], transferSize: number, tid = 5) {
  const pipe = new ScriptedPipe(script);
  const t = new MtpTransport(pipe, { timeoutMs: 100, transferSize });
  const sink = new CollectSink();
  const response = await t.receiveData(GET, tid, sink);
  return { pipe, bytes: sink.bytes(), response };
}

async function protocolFailure(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return false;
  } catch (error) {
    return isMtpError(error, 'mtp-protocol');
  }
}

describe('MtpTransport: incoming data phases', () => {
  it('aligned container that fills the read: skips the ZLP that follows, then reads the response', async () => {
    const body = payload(1012);
    const { bytes, response, pipe } = await receive(
      [concat(dataHeader(1024, GET, 5), body), new Uint8Array(0), ok(5)],
      1024,
    );
    expect(Buffer.from(bytes).equals(Buffer.from(body))).toBe(true);
    expect(response.code).toBe(0x2001);
    expect(pipe.remaining).toBe(0);
  });

  it('aligned container smaller than the read: the ZLP ended that transfer, no extra read', async () => {
    const { bytes, pipe } = await receive([concat(dataHeader(1024, GET, 5), payload(1012)), ok(5)], 4096);
    expect(bytes.length).toBe(1012);
    expect(pipe.reads).toEqual([4096, 512]);
  });

  it('multi-transfer data phase asks for no more than what is left', async () => {
    const body = payload(5000);
    const { bytes, pipe } = await receive(
      [concat(dataHeader(5012, GET, 5), body.subarray(0, 2036)), body.subarray(2036, 4084), body.subarray(4084), ok(5)],
      2048,
    );
    expect(Buffer.from(bytes).equals(Buffer.from(body))).toBe(true);
    expect(pipe.reads).toEqual([2048, 2048, 1024, 512]);
  });

  it('a device that skips the ZLP and runs the response into the data transfer is still understood', async () => {
    const body = payload(500);
    const { bytes, response } = await receive([concat(dataHeader(512, GET, 5), body, ok(5, [9]))], 4096);
    expect(bytes.length).toBe(500);
    expect(response.params).toEqual([9]);
  });

  it('0xFFFFFFFF length (4 GB and more): reads until a short transfer', async () => {
    const body = payload(3000);
    const { bytes } = await receive(
      [concat(dataHeader(0xffffffff, GET, 5), body.subarray(0, 2036)), body.subarray(2036), ok(5)],
      2048,
    );
    expect(Buffer.from(bytes).equals(Buffer.from(body))).toBe(true);
  });

  it('0xFFFFFFFF length ending exactly on a full transfer: the ZLP ends it', async () => {
    const body = payload(2036 + 2048);
    const { bytes } = await receive(
      [concat(dataHeader(0xffffffff, GET, 5), body.subarray(0, 2036)), body.subarray(2036), new Uint8Array(0), ok(5)],
      2048,
    );
    expect(bytes.length).toBe(body.length);
  });

  it('a header sent as its own short packet (split header) is accepted', async () => {
    const { bytes } = await receive([dataHeader(112, GET, 5), payload(100), ok(5)], 2048);
    expect(bytes.length).toBe(100);
  });

  it('a response instead of data (the device refused) is returned as is', async () => {
    const { response, bytes } = await receive([encodeResponse({ code: 0x2009, transactionId: 5, params: [] })], 2048);
    expect(response.code).toBe(0x2009);
    expect(bytes.length).toBe(0);
  });

  it('typed errors: data of another transaction, a short packet mid-phase, an early ZLP, a wrong response id', async () => {
    expect(await protocolFailure(() => receive([concat(dataHeader(20, GET, 6), payload(8))], 2048))).toBe(true);
    expect(
      await protocolFailure(() => receive([concat(dataHeader(3000, GET, 5), payload(100)), payload(10)], 2048)),
    ).toBe(true);
    expect(
      await protocolFailure(() => receive([concat(dataHeader(3000, GET, 5), payload(2036)), new Uint8Array(0)], 2048)),
    ).toBe(true);
    expect(await protocolFailure(() => receive([concat(dataHeader(20, GET, 5), payload(8)), ok(4)], 2048))).toBe(true);
  });
});

describe('MtpTransport: outgoing data phases', () => {
  it('packs header and payload into whole-packet transfers and ends an aligned phase with a ZLP', async () => {
    const pipe = new ScriptedPipe([]);
    const t = new MtpTransport(pipe, { timeoutMs: 100, transferSize: 1024 });
    await t.sendData(0x100d, 3, bytesSource(payload(2048 - 12)));
    expect(pipe.written.map((w) => w.length)).toEqual([1024, 1024, 0]);
    expect(readHeader(pipe.written[0]!)).toEqual({ length: 2048, type: 2, code: 0x100d, transactionId: 3 });
  });

  it('an unaligned phase ends with its short last transfer, no ZLP', async () => {
    const pipe = new ScriptedPipe([]);
    const t = new MtpTransport(pipe, { timeoutMs: 100, transferSize: 1024 });
    await t.sendData(0x100d, 3, bytesSource(payload(1500)));
    expect(pipe.written.map((w) => w.length)).toEqual([1024, 488]);
  });
});

describe('property: any size crosses the simulated link intact, both ways', () => {
  const MPS = 512;
  const TRANSFER = 2048;
  const interesting = fc.oneof(
    fc.constantFrom(
      0,
      1,
      MPS - 12 - 1,
      MPS - 12,
      MPS - 12 + 1,
      MPS - 1,
      MPS,
      MPS + 1,
      TRANSFER - 12,
      TRANSFER,
      TRANSFER * 3 - 12,
    ),
    fc.integer({ min: 1, max: 12 }).map((k) => k * MPS - 12),
    fc.integer({ min: 1, max: 12 }).chain((k) => fc.integer({ min: -2, max: 2 }).map((d) => Math.max(0, k * MPS + d))),
    fc.integer({ min: 0, max: 20_000 }),
  );

  it('device to host', async () => {
    await fc.assert(
      fc.asyncProperty(interesting, async (n) => {
        const link = new SimUsbLink({ maxPacketSize: MPS });
        const t = new MtpTransport(link.host, { timeoutMs: 500, transferSize: TRANSFER });
        const body = payload(n, n);
        const device = (async () => {
          await link.sendIn(dataHeader(12 + n, GET, 9), n === 0);
          for (let at = 0; at < n; at += 700)
            await link.sendIn(body.subarray(at, Math.min(n, at + 700)), at + 700 >= n);
          await link.sendIn(ok(9), true);
          await link.sendIn(ok(10), true);
        })();
        const sink = new CollectSink();
        await t.receiveData(GET, 9, sink);
        await device;
        expect(Buffer.from(sink.bytes()).equals(Buffer.from(body))).toBe(true);
        // The stream is left exactly at the next container.
        expect((await t.readResponse(10)).transactionId).toBe(10);
      }),
      { numRuns: 150 },
    );
  });

  it('host to device, with the ZLP rule kept', async () => {
    await fc.assert(
      fc.asyncProperty(interesting, async (n) => {
        const link = new SimUsbLink({ maxPacketSize: MPS });
        const t = new MtpTransport(link.host, { timeoutMs: 500, transferSize: TRANSFER });
        const body = payload(n, n + 1);
        await t.sendData(0x100d, 4, bytesSource(body));
        const got: Uint8Array[] = [];
        let total = 0;
        for (;;) {
          const tr = await link.receiveOut();
          got.push(tr);
          total += tr.length;
          if (tr.length % MPS !== 0 || tr.length === 0) break;
          if (total === 12 + n && (12 + n) % MPS !== 0) break;
        }
        const all = Buffer.concat(got);
        expect(readHeader(all).length).toBe(12 + n);
        expect(Buffer.from(all.subarray(12)).equals(Buffer.from(body))).toBe(true);
        for (const tr of got.slice(0, -1)) expect(tr.length % MPS).toBe(0);
        if ((12 + n) % MPS === 0) expect(got.at(-1)?.length).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
