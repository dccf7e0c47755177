import { describe, expect, it } from 'vitest';
import { isPipeError } from '../../../../src-main/core/mtp/pipe.ts';
import { SimUsbLink } from '../../../../src-main/sim/mtp/sim-link.ts';

const MPS = 512;
const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe('SimUsbLink: bulk IN transfers end the way USB ends them', () => {
  it('a short container ends the transfer with a short packet', async () => {
    const link = new SimUsbLink();
    void link.sendIn(bytes(100), true);
    expect((await link.host.readIn(4096, 100)).length).toBe(100);
  });

  it('an aligned container smaller than the read ends with its ZLP inside the same transfer', async () => {
    const link = new SimUsbLink();
    void link.sendIn(bytes(1024), true);
    void link.sendIn(bytes(20, 2), true);
    expect((await link.host.readIn(4096, 100)).length).toBe(1024);
    expect((await link.host.readIn(4096, 100)).length).toBe(20);
  });

  it('an aligned container that fills the read exactly leaves its ZLP for the next read', async () => {
    const link = new SimUsbLink();
    void link.sendIn(bytes(1024), true);
    void link.sendIn(bytes(20, 2), true);
    expect((await link.host.readIn(1024, 100)).length).toBe(1024);
    expect((await link.host.readIn(1024, 100)).length).toBe(0);
    expect(Array.from(await link.host.readIn(1024, 100)).slice(0, 2)).toEqual([2, 2]);
  });

  it('a read waits for more packets until full or until the container ends', async () => {
    const link = new SimUsbLink();
    const read = link.host.readIn(2048, 500);
    await link.sendIn(bytes(12), false);
    await link.sendIn(bytes(1000), false);
    await link.sendIn(bytes(100), true);
    expect((await read).length).toBe(1112);
  });

  it('copies what crosses: the host owns what it read, the device keeps its bytes', async () => {
    const link = new SimUsbLink();
    const src = bytes(10, 5);
    void link.sendIn(src, true);
    const got = await link.host.readIn(512, 100);
    got.fill(9);
    expect(Array.from(src)).toEqual(Array(10).fill(5));
  });

  it('refuses reads that are not whole packets', async () => {
    const link = new SimUsbLink();
    await expect(link.host.readIn(MPS + 1, 100)).rejects.toMatchObject({ kind: 'io' });
  });

  it('times out a read nobody answers', async () => {
    const link = new SimUsbLink();
    await expect(link.host.readIn(512, 20)).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('SimUsbLink: OUT, halts, unplug', () => {
  it('hands each host transfer to the device as it was written', async () => {
    const link = new SimUsbLink();
    await link.host.writeOut(bytes(700), 100);
    await link.host.writeOut(new Uint8Array(0), 100);
    expect((await link.receiveOut()).length).toBe(700);
    expect((await link.receiveOut()).length).toBe(0);
  });

  it('a halted endpoint fails transfers until the host clears it', async () => {
    const link = new SimUsbLink();
    link.stall('out');
    await expect(link.host.writeOut(bytes(4), 100)).rejects.toMatchObject({ kind: 'stall' });
    expect((await link.host.getDeviceStatus(100)).stalledEndpoints).toEqual([0x02]);
    await link.host.clearHalt('out', 100);
    await link.host.writeOut(bytes(4), 100);
    link.stall('in');
    await expect(link.host.readIn(512, 100)).rejects.toMatchObject({ kind: 'stall' });
  });

  it('unplug fails pending and later calls as disconnected', async () => {
    const link = new SimUsbLink();
    const pending = link.host.readIn(512, 1000);
    const events = link.host.readEvent(1000);
    link.unplug();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(isPipeError(error, 'disconnected') && error.disconnected).toBe(true);
    await expect(events).rejects.toMatchObject({ kind: 'disconnected' });
    await expect(link.host.writeOut(bytes(1), 100)).rejects.toMatchObject({ kind: 'disconnected' });
  });

  it('a silenced device answers nothing, control requests included', async () => {
    const link = new SimUsbLink();
    link.silence();
    await expect(link.host.getDeviceStatus(20)).rejects.toMatchObject({ kind: 'timeout' });
    await expect(link.host.writeOut(bytes(4), 20)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('events: delivered in order; null when none came in time', async () => {
    const link = new SimUsbLink();
    expect(await link.host.readEvent(10)).toBeNull();
    link.sendEvent(bytes(16, 1));
    link.sendEvent(bytes(16, 2));
    expect((await link.host.readEvent(10))?.[0]).toBe(1);
    expect((await link.host.readEvent(10))?.[0]).toBe(2);
  });

  it('the latency model slows transfers to the configured bandwidth', async () => {
    const link = new SimUsbLink({ model: { latencyMs: 0, bytesPerSecond: 10e6 } });
    const started = performance.now();
    for (let i = 0; i < 4; i++) await link.host.writeOut(bytes(64 * 1024), 1000);
    // 256 KiB at 10 MB/s is about 26 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
  });
});
