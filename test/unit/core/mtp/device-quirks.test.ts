import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import { MtpStorage } from '../../../../src-main/core/mtp/mtp-storage.ts';
import { SimStorageTree, createSimMtpPipe } from '../../../../src-main/sim/mtp/index.ts';
import type { SimFault } from '../../../../src-main/shared/contract/sim.ts';
import { caught, openSim, tempDir, type SimFixture } from './sim-fixture.ts';

/** The ways real devices differ from the well-behaved simulated one, each as a simulator modifier. */
let tmp: ReturnType<typeof tempDir>;
const opened: SimFixture[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.storage.close()));
  tmp.cleanup();
});

async function device(faults: SimFault[], tree = new SimStorageTree(), sim = {}) {
  const fx = await openSim({ tree, sim: { faults, ...sim }, session: { timeoutMs: 1000 } });
  opened.push(fx);
  return fx;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('a session left open by an earlier host (crash, kill -9)', () => {
  it.each([
    { faults: ['session-open'] as SimFault[], rule: 'Device Reset closes it and the session opens afresh' },
    {
      faults: ['session-open', 'reset-ignored'] as SimFault[],
      rule: 'a device that only acknowledges the reset: carry on in it',
    },
    {
      faults: ['session-open', 'reset-stalls'] as SimFault[],
      rule: 'a device that stalls the reset: a USB port reset, then open',
    },
  ])('$rule', async ({ faults }) => {
    const tree = new SimStorageTree();
    tree.addFile('Documents/kept.txt', Buffer.from('still here'));
    const { storage, pipe } = await device(faults, tree);
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toContain('kept.txt');
    expect(pipe.sim.violations).toEqual([]);
  });
});

describe('data phases as real devices send them', () => {
  it.each([
    { faults: ['split-header'] as SimFault[], unknownAbove: undefined },
    { faults: ['split-header'] as SimFault[], unknownAbove: 1000 },
    { faults: ['no-zlp'] as SimFault[], unknownAbove: undefined },
    { faults: ['no-zlp', 'split-header'] as SimFault[], unknownAbove: undefined },
  ])(
    '$faults (0xFFFFFFFF length above $unknownAbove bytes): every size arrives whole',
    async ({ faults, unknownAbove }) => {
      const tree = new SimStorageTree();
      const sizes = [0, 1, 500, 1012, 1024 * 1024 - 12, 1024 * 1024, 2 * 1024 * 1024 + 3];
      for (const size of sizes) tree.addPatternFile(`Documents/f${size}.bin`, size, size + 1);
      const { storage, pipe } = await device(faults, tree, { unknownLengthAbove: unknownAbove });
      for (const size of sizes) {
        const local = join(tmp.dir, `f${size}`);
        const r = await storage.pull(`Internal Storage/Documents/f${size}.bin`, local);
        expect(r.bytes, `size ${size}`).toBe(size);
        expect(r.sha256).toBe(sha(readFileSync(local)));
      }
      // And an upload followed by more traffic: the next container is not taken for data.
      const up = join(tmp.dir, 'up.bin');
      writeFileSync(up, Buffer.alloc(1024 * 1024 - 12, 3));
      expect((await storage.push(up, 'Internal Storage/Documents')).verified).toBe(true);
      expect(pipe.sim.violations).toEqual([]);
    },
  );
});

describe('store-full: the storage fills up during an upload', () => {
  it('is reported as the device said it (Store Full), not as a stall, and not sent again', async () => {
    const { storage, pipe, tree } = await device(['store-full']);
    const sends: number[] = [];
    const writeOut = pipe.writeOut.bind(pipe);
    pipe.writeOut = (data, t) => {
      if (data.length >= 12 && data[4] === 1 && data[6] === 0x0c && data[7] === 0x10) sends.push(1);
      return writeOut(data, t);
    };
    const file = join(tmp.dir, 'big.bin');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024, 9));
    const error = await caught(() => storage.push(file, 'Internal Storage/Documents'));
    expect(isMtpError(error, 'mtp-store-full')).toBe(true);
    expect(sends).toHaveLength(1);
    expect(tree.stat('Documents/big.bin')).toBeNull();
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).not.toContain('big.bin');
  });
});

describe('slow-cancel: data still comes for a moment after a cancel', () => {
  it('a canceled pull leaves the session usable: the late data is not taken for the next answer', async () => {
    const tree = new SimStorageTree();
    tree.addPatternFile('Documents/big.bin', 16 * 1024 * 1024, 5);
    const { storage, pipe } = await device(['slow-cancel'], tree);
    const ac = new AbortController();
    const error = await caught(() =>
      storage.pull('Internal Storage/Documents/big.bin', join(tmp.dir, 'x'), {
        signal: ac.signal,
        onProgress: (p) => p.bytes > 2e6 && ac.abort(),
      }),
    );
    expect(isMtpError(error, 'mtp-canceled')).toBe(true);
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toContain('big.bin');
    expect(pipe.sim.violations).toEqual([]);
  });
});

describe('the DeviceReset event (0x400B)', () => {
  it('a device that restarted its MTP service on its own is opened again before the next request', async () => {
    const { storage, pipe } = await device([]);
    const seen = new Promise<void>((resolve) =>
      storage.session.on('event', (e) => e.type === 'device-reset' && resolve()),
    );
    pipe.sim.restartService();
    await seen;
    expect((await storage.list('Internal Storage')).map((e) => e.name)).toContain('Documents');
    expect(pipe.sim.violations).toEqual([]);
  });
});

describe('timeouts', () => {
  async function recordedReadTimeouts(session: { timeoutMs?: number; responseMsPerGb?: number }) {
    const tree = new SimStorageTree();
    const pipe = createSimMtpPipe(tree);
    const timeouts: number[] = [];
    const readIn = pipe.readIn.bind(pipe);
    pipe.readIn = (n, t) => {
      timeouts.push(t);
      return readIn(n, t);
    };
    const storage = await MtpStorage.open(pipe, { events: false, ...session });
    return { storage, timeouts };
  }

  it('each transfer waits 20 s by default, and the setting changes it', async () => {
    const byDefault = await recordedReadTimeouts({});
    await byDefault.storage.list('Internal Storage');
    expect(new Set(byDefault.timeouts)).toEqual(new Set([20_000]));
    await byDefault.storage.close();
    const set = await recordedReadTimeouts({ timeoutMs: 7_000 });
    expect(new Set(set.timeouts)).toEqual(new Set([7_000]));
    await set.storage.close();
  });

  it('the response after an upload waits longer, in proportion to the bytes sent', async () => {
    const { storage, timeouts } = await recordedReadTimeouts({ timeoutMs: 5_000, responseMsPerGb: 1e9 });
    const file = join(tmp.dir, 'up.bin');
    writeFileSync(file, Buffer.alloc(3_000_000, 1));
    await storage.push(file, 'Internal Storage/Documents', { verify: false });
    // 3 MB at 1e9 ms per GB: 3e6 ms more than the 5 s per transfer.
    expect(Math.max(...timeouts)).toBe(5_000 + 3_000_000);
    await storage.close();
  });
});
