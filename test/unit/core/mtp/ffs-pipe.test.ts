import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FrameChannel } from '../../../../src-main/core/mtp/ffs-frames.ts';
import { FfsBulkPipe } from '../../../../src-main/core/mtp/ffs-pipe.ts';
import { isPipeError } from '../../../../src-main/core/mtp/pipe.ts';

const MPS = 512;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A connected pair of Unix sockets: the host end as a FrameChannel, the device end raw. */
async function socketPair(dir: string, name: string): Promise<{ host: FrameChannel; device: Socket }> {
  const path = join(dir, name);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const device = connect(path);
  const host = new FrameChannel(await accepted, name);
  cleanups.push(() => {
    device.destroy();
    server.close();
  });
  return { host, device };
}

function frame(bytes: Uint8Array | number): Buffer {
  if (typeof bytes === 'number') {
    const ack = Buffer.alloc(4);
    ack.writeUInt32LE(bytes >>> 0, 0);
    return ack;
  }
  const out = Buffer.alloc(4 + bytes.length);
  out.writeUInt32LE(bytes.length, 0);
  out.set(bytes, 4);
  return out;
}

async function gadget() {
  const dir = mkdtempSync(join(tmpdir(), 'holobench-ffs-pipe-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const [ep0, bulkIn, bulkOut, interrupt] = await Promise.all(
    ['ep0', 'ep1', 'ep2', 'ep3'].map((n) => socketPair(dir, n)),
  );
  const pipe = new FfsBulkPipe(
    { ep0: ep0!.host, bulkIn: bulkIn!.host, bulkOut: bulkOut!.host, interrupt: interrupt!.host },
    MPS,
  );
  cleanups.push(() => void pipe.close());
  return { pipe, device: { ep0: ep0!.device, in: bulkIn!.device, out: bulkOut!.device, int: interrupt!.device } };
}

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff);

describe('ffs-loopback bulk IN: the USB packet rules put back on device writes', () => {
  // Each row: what the device wrote (frame lengths), the host's buffer, and the transfers the host sees.
  it.each([
    { rule: 'a short write ends the transfer', writes: [100], buffer: 4096, transfers: [100] },
    {
      rule: 'a write that fills its last packet runs on into the next',
      writes: [512, 100],
      buffer: 4096,
      transfers: [612],
    },
    {
      rule: 'a zero-length packet ends a packet-aligned transfer',
      writes: [1024, 0, 12],
      buffer: 4096,
      transfers: [1024, 12],
    },
    {
      rule: 'a full host buffer ends the transfer; the rest comes next',
      writes: [3000],
      buffer: 1024,
      transfers: [1024, 1024, 952],
    },
    {
      rule: 'a ZLP after a buffer that filled exactly stays queued as its own transfer',
      writes: [1024, 0],
      buffer: 1024,
      transfers: [1024, 0],
    },
    {
      rule: 'a header written alone is a short packet: a transfer of 12 bytes',
      writes: [12, 512, 88],
      buffer: 4096,
      transfers: [12, 600],
    },
  ])('$rule', async ({ writes, buffer, transfers }) => {
    const { pipe, device } = await gadget();
    let seed = 0;
    for (const n of writes) device.in.write(frame(bytes(n, ++seed)));
    const seen: number[] = [];
    for (let i = 0; i < transfers.length; i++) seen.push((await pipe.readIn(buffer, 1000)).length);
    expect(seen).toEqual(transfers);
  });

  it('keeps the bytes in order across frames and reads', async () => {
    const { pipe, device } = await gadget();
    const body = bytes(5000);
    device.in.write(frame(body.subarray(0, 1536)));
    device.in.write(frame(body.subarray(1536)));
    const got = Buffer.concat([await pipe.readIn(2048, 1000), await pipe.readIn(4096, 1000)]);
    expect(got.equals(Buffer.from(body))).toBe(true);
  });

  it('a read with nothing coming is a typed timeout, and a later frame is not lost', async () => {
    const { pipe, device } = await gadget();
    const error: unknown = await pipe.readIn(512, 50).catch((e: unknown) => e);
    expect(isPipeError(error, 'timeout')).toBe(true);
    device.in.write(frame(bytes(10)));
    expect((await pipe.readIn(512, 1000)).length).toBe(10);
  });

  it('the device closing its endpoint is a disconnect', async () => {
    const { pipe, device } = await gadget();
    const read = pipe.readIn(512, 5000).catch((e: unknown) => e);
    device.in.destroy();
    expect(isPipeError(await read, 'disconnected')).toBe(true);
  });
});

describe('ffs-loopback bulk OUT and ep0', () => {
  it('each host transfer is one frame, a ZLP an empty one', async () => {
    const { pipe, device } = await gadget();
    const got: Buffer[] = [];
    device.out.on('data', (d: Buffer) => got.push(d));
    await pipe.writeOut(bytes(1024), 1000);
    await pipe.writeOut(new Uint8Array(0), 1000);
    await new Promise((r) => setTimeout(r, 50));
    const all = Buffer.concat(got);
    expect(all.readUInt32LE(0)).toBe(1024);
    expect(all.readUInt32LE(4 + 1024)).toBe(0);
    expect(all.length).toBe(4 + 1024 + 4);
  });

  it('Cancel Request is a SETUP event with its data stage in the same frame, answered by an acknowledgement', async () => {
    const { pipe, device } = await gadget();
    const seen: Buffer[] = [];
    device.ep0.on('data', (d: Buffer) => {
      seen.push(d);
      device.ep0.write(frame(0xffffffff));
    });
    await pipe.cancelRequest(0x01020304, 1000);
    const f = Buffer.concat(seen);
    expect(f.readUInt32LE(0)).toBe(18);
    // bmRequestType 0x21, bRequest 0x64, wValue 0, wIndex 0, wLength 6, type SETUP (4), padding
    expect([...f.subarray(4, 16)]).toEqual([0x21, 0x64, 0, 0, 0, 0, 6, 0, 4, 0, 0, 0]);
    // CancellationCode 0x4001, then the transaction id, little-endian
    expect([...f.subarray(16, 22)]).toEqual([0x01, 0x40, 0x04, 0x03, 0x02, 0x01]);
  });

  it('Get Device Status reads the data frame; an acknowledgement instead of data is a stall', async () => {
    const { pipe, device } = await gadget();
    device.ep0.once('data', () => device.ep0.write(frame(Uint8Array.of(4, 0, 0x01, 0x20))));
    expect(await pipe.getDeviceStatus(1000)).toEqual({ code: 0x2001, stalledEndpoints: [] });
    device.ep0.once('data', () => device.ep0.write(frame(0xffffffff)));
    expect(isPipeError(await pipe.getDeviceStatus(1000).catch((e: unknown) => e), 'stall')).toBe(true);
  });

  it('Device Reset refused with a zero-length frame is a stall', async () => {
    const { pipe, device } = await gadget();
    device.ep0.once('data', () => device.ep0.write(frame(new Uint8Array(0))));
    expect(isPipeError(await pipe.resetDevice(1000).catch((e: unknown) => e), 'stall')).toBe(true);
  });
});
