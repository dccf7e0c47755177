import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMtpError, type MtpError } from '../../../../src-main/core/mtp/errors.ts';
import type { StorageChange } from '../../../../src-main/core/mtp/storage-port.ts';
import { SimStorageTree, type FaultTuning } from '../../../../src-main/sim/mtp/index.ts';
import type { SimFault } from '../../../../src-main/shared/contract/sim.ts';
import { caught, openSim, tempDir, type SimFixture } from './sim-fixture.ts';

let tmp: ReturnType<typeof tempDir>;
const opened: SimFixture[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((f) => f.storage.close()));
  tmp.cleanup();
});

const FILE = 'Internal Storage/Documents/data.bin';
const SIZE = 3 * 1024 * 1024 + 100;

async function faulty(fault: SimFault, tuning: Partial<FaultTuning> = {}, session = {}) {
  const tree = new SimStorageTree();
  tree.addPatternFile('Documents/data.bin', SIZE, 7);
  const fx = await openSim({
    tree,
    sim: { faults: [fault], faultTuning: tuning },
    session: { timeoutMs: 300, ...session },
  });
  opened.push(fx);
  return fx;
}

function recordHalts(fx: SimFixture): string[] {
  const halts: string[] = [];
  const clearHalt = fx.pipe.clearHalt.bind(fx.pipe);
  fx.pipe.clearHalt = (direction, timeoutMs) => {
    halts.push(direction);
    return clearHalt(direction, timeoutMs);
  };
  return halts;
}

function localFile(name = 'up.bin', size = SIZE): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, Buffer.alloc(size, 0x5a));
  return path;
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe('fault: unplug-mid-transfer', () => {
  it('pull: typed disconnect, nothing saved under the final name, the storage says so', async () => {
    const { storage } = await faulty('unplug-mid-transfer');
    const changes: StorageChange[] = [];
    storage.watch((c) => changes.push(c));
    const error = (await caught(() => storage.pull(FILE, join(tmp.dir, 'data.bin')))) as MtpError;
    expect(error.code).toBe('mtp-disconnected');
    expect(error.disconnected).toBe(true);
    expect(error.message).toMatch(/unplugged during the copy\. Nothing was saved/);
    expect(tmp.files()).toEqual([]);
    expect(changes).toContainEqual({ kind: 'disconnected' });
    expect(isMtpError(await caught(() => storage.list('Internal Storage')), 'mtp-disconnected')).toBe(true);
  });

  it('strikes inside a file the device holds in one piece, too', async () => {
    const tree = new SimStorageTree();
    tree.addFile('Documents/one.bin', Buffer.alloc(3 * 1024 * 1024, 1));
    const fx = await openSim({ tree, sim: { faults: ['unplug-mid-transfer'] }, session: { timeoutMs: 300 } });
    opened.push(fx);
    const error = (await caught(() =>
      fx.storage.pull('Internal Storage/Documents/one.bin', join(tmp.dir, 'one.bin')),
    )) as MtpError;
    expect(error.disconnected).toBe(true);
    expect(tmp.files()).toEqual([]);
  });

  it('push: typed disconnect; what the device kept is incomplete and was never reported as done', async () => {
    const { storage, tree } = await faulty('unplug-mid-transfer');
    const error = (await caught(() => storage.push(localFile(), 'Internal Storage/Documents'))) as MtpError;
    expect(error.disconnected).toBe(true);
    const partial = tree.stat('Documents/up.bin');
    expect(partial?.complete).toBe(false);
    expect(partial?.size).toBeLessThan(SIZE);
  });
});

describe('fault: stall', () => {
  it('pull: clears the halt and reads again; the file is whole', async () => {
    const fx = await faulty('stall');
    const { storage, tree, pipe } = fx;
    const halts = recordHalts(fx);
    const result = await storage.pull(FILE, join(tmp.dir, 'data.bin'));
    expect(result.bytes).toBe(SIZE);
    expect(halts).toContain('in');
    const { createHash } = await import('node:crypto');
    expect(result.sha256).toBe(createHash('sha256').update(tree.readFile('Documents/data.bin')).digest('hex'));
    expect(pipe.sim.violations).toEqual([]);
  });

  it('push: removes the partial object, sends again, verifies', async () => {
    const fx = await faulty('stall');
    const { storage, tree, pipe } = fx;
    const halts = recordHalts(fx);
    const result = await storage.push(localFile(), 'Internal Storage/Documents');
    expect(halts).toContain('out');
    expect(result.verified).toBe(true);
    expect(tree.list('Documents').filter((e) => e.name === 'up.bin')).toEqual([
      { name: 'up.bin', kind: 'file', size: SIZE },
    ]);
    expect(pipe.sim.violations).toEqual([]);
  });

  it('pull without retries: a typed error and no local file', async () => {
    const { storage } = await faulty('stall', {}, { stallRetries: 0 });
    expect(isMtpError(await caught(() => storage.pull(FILE, join(tmp.dir, 'data.bin'))), 'mtp-stalled')).toBe(true);
    expect(tmp.files()).toEqual([]);
    // The session is usable again right away.
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toEqual(['data.bin']);
  });
});

describe('fault: slow', () => {
  it('moves data at USB 2.0 speed and still succeeds', async () => {
    const { storage } = await faulty('slow');
    const { result, ms } = await timed(() => storage.pull(FILE, join(tmp.dir, 'data.bin')));
    expect(result.bytes).toBe(SIZE);
    // 3 MB at 35 MB/s is about 90 ms.
    expect(ms).toBeGreaterThan(60);
  });
});

describe('fault: busy', () => {
  it('retries Device Busy with backoff and then works', async () => {
    const { storage, pipe } = await faulty('busy', { busyCount: 3 });
    expect((await storage.list('Internal Storage')).length).toBe(6);
    expect(pipe.sim.violations).toEqual([]);
  });

  it('gives up after a bounded number of tries with a typed error', async () => {
    const tree = new SimStorageTree();
    const error = await caught(() =>
      openSim({ tree, sim: { faults: ['busy'], faultTuning: { busyCount: 50 } }, session: { busyRetries: 2 } }),
    );
    expect(isMtpError(error, 'mtp-device-busy')).toBe(true);
  });
});

describe('fault: timeout', () => {
  it('pull: a typed timeout, quickly, with no file left', async () => {
    const { storage } = await faulty('timeout');
    const { result: error, ms } = await timed(() => caught(() => storage.pull(FILE, join(tmp.dir, 'data.bin'))));
    expect(isMtpError(error, 'mtp-timeout')).toBe(true);
    expect(ms).toBeLessThan(3000);
    expect(tmp.files()).toEqual([]);
    // The device stays silent: the next request fails typed too, without hanging.
    const { result: next, ms: ms2 } = await timed(() => caught(() => storage.list('Internal Storage')));
    expect(next).toBeInstanceOf(Error);
    expect((next as MtpError).code).toMatch(/^(mtp|usb)-/);
    expect(ms2).toBeLessThan(3000);
  });

  it('push: a typed timeout', async () => {
    const { storage } = await faulty('timeout');
    const error = await caught(() => storage.push(localFile(), 'Internal Storage/Documents'));
    expect(isMtpError(error, 'mtp-timeout')).toBe(true);
  });
});

describe('closing', () => {
  it('closing a session whose device went silent does not wait for a full transfer timeout', async () => {
    const { storage } = await faulty('timeout', {}, { timeoutMs: 5000, cleanupTimeoutMs: 100 });
    const pulling = caught(() => storage.pull(FILE, join(tmp.dir, 'data.bin')));
    await new Promise((r) => setTimeout(r, 50));
    const { ms } = await timed(async () => {
      await storage.close();
      await pulling;
    });
    expect(ms).toBeLessThan(1500);
    expect(tmp.files()).toEqual([]);
  });
});

describe('fault: corrupt-reply', () => {
  it.each(['length', 'type', 'transaction', 'truncated'] as const)(
    'a malformed reply (%s) is a typed error; the next request recovers',
    async (kind) => {
      const { storage, pipe } = await faulty('corrupt-reply', { corruptKind: kind });
      const error = await caught(() => storage.list('Internal Storage/Documents'));
      expect(isMtpError(error, 'mtp-protocol')).toBe(true);
      expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toEqual(['data.bin']);
      expect(pipe.sim.violations).toEqual([]);
    },
  );
});
