import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMtpError } from '../../src-main/core/mtp/errors.ts';
import { FfsGadgetHost } from '../../src-main/core/mtp/ffs-gadget.ts';
import { MtpStorage } from '../../src-main/core/mtp/mtp-storage.ts';
import type { DeviceStorage } from '../../src-main/core/mtp/storage-port.ts';
import { openUsbMtpPipe } from '../../src-main/core/mtp/usb-pipe.ts';
import { SimStorageTree, createSimMtpPipe } from '../../src-main/sim/mtp/index.ts';
import { openRealDevicePipe, parseDeviceSpec } from '../support/real-device.ts';
import { FakeNativeDevice, MTP_ALT, NCM_ALT } from '../unit/core/mtp/fake-native-device.ts';
import { startUmtprd, umtprdMissing } from '../support/umtprd.ts';

interface Subject {
  storage: DeviceStorage;
  /** A folder the suite may write to; everything it creates there is removed again. */
  folder: string;
  violations?: () => readonly string[];
  /** Stops what the subject started besides the storage (a responder process, sockets). */
  teardown?: () => Promise<void>;
}

const ENV = 'HOLOBENCH_MTP_DEVICE';
const realSpec = process.env[ENV];

/** The DeviceStorage contract: the same checks for every way of reaching a device's storage. */
function contract(name: string, open: () => Promise<Subject>, timeoutMs = 20_000) {
  describe(name, () => {
    let subject: Subject;
    let local: string;
    const tag = randomBytes(3).toString('hex');
    const remoteName = (n: string) => `holobench-contract-${tag}-${n}`;

    beforeAll(async () => {
      subject = await open();
      local = mkdtempSync(join(tmpdir(), 'holobench-contract-'));
    }, timeoutMs);

    afterAll(async () => {
      for (const entry of await subject.storage.list(subject.folder).catch(() => [])) {
        if (entry.name.includes(tag)) await subject.storage.delete(entry.path).catch(() => undefined);
      }
      if (subject.violations) expect(subject.violations()).toEqual([]);
      await subject.storage.close();
      await subject.teardown?.();
      rmSync(local, { recursive: true, force: true });
    }, timeoutMs);

    it('lists its storages with sizes that make sense', async () => {
      const storages = await subject.storage.storages();
      expect(storages.length).toBeGreaterThan(0);
      for (const s of storages) expect(s.capacityBytes).toBeGreaterThanOrEqual(s.freeBytes);
      expect((await subject.storage.list('')).map((e) => e.kind)).toContain('storage');
      expect(Array.isArray(await subject.storage.list(subject.folder))).toBe(true);
    });

    // 0 and 1 byte, around one USB packet, and around one 1 MiB transfer (12 bytes of header included).
    it.each([0, 1, 499, 500, 501, 512, 1024 * 1024 - 12, 1024 * 1024 + 1])(
      'pushes %i bytes, verifies, and pulls the same bytes back',
      async (size) => {
        const body = randomBytes(size);
        const file = join(local, remoteName(`${size}.bin`));
        writeFileSync(file, body);
        const pushed = await subject.storage.push(file, subject.folder);
        const digest = createHash('sha256').update(body).digest('hex');
        expect(pushed).toMatchObject({ ok: true, bytes: size, sha256: digest, verified: true });
        expect((await subject.storage.stat(pushed.remotePath))?.size).toBe(size);
        const back = join(local, `back-${size}`);
        expect(await subject.storage.pull(pushed.remotePath, back)).toMatchObject({
          ok: true,
          bytes: size,
          sha256: digest,
        });
        expect(readFileSync(back).equals(body)).toBe(true);
        await subject.storage.delete(pushed.remotePath);
        expect(await subject.storage.stat(pushed.remotePath)).toBeNull();
      },
      timeoutMs,
    );

    it(
      'refuses to overwrite when asked to, and names missing paths as missing',
      async () => {
        const file = join(local, remoteName('once.txt'));
        writeFileSync(file, 'once');
        await subject.storage.push(file, subject.folder);
        const twice: unknown = await subject.storage
          .push(file, subject.folder, { ifExists: 'fail' })
          .catch((e: unknown) => e);
        expect(isMtpError(twice, 'mtp-exists')).toBe(true);
        const missing: unknown = await subject.storage
          .pull(`${subject.folder}/${remoteName('none')}`, join(local, 'none'))
          .catch((e: unknown) => e);
        expect(isMtpError(missing, 'mtp-not-found')).toBe(true);
      },
      timeoutMs,
    );

    it(
      'a canceled push leaves nothing behind on either side',
      async () => {
        const file = join(local, remoteName('cancel.bin'));
        writeFileSync(file, randomBytes(8 * 1024 * 1024));
        const ac = new AbortController();
        const error: unknown = await subject.storage
          .push(file, subject.folder, { signal: ac.signal, onProgress: (p) => p.bytes > 1e6 && ac.abort() })
          .catch((e: unknown) => e);
        expect(isMtpError(error, 'mtp-canceled')).toBe(true);
        expect(await subject.storage.stat(`${subject.folder}/${remoteName('cancel.bin')}`)).toBeNull();
        expect(readdirSync(local).filter((f) => f.endsWith('.partial'))).toEqual([]);
      },
      timeoutMs,
    );
  });
}

contract('DeviceStorage contract: simulated HoloLens', async () => {
  const pipe = createSimMtpPipe(new SimStorageTree(), { serialNumber: 'CONTRACT' });
  return {
    storage: await MtpStorage.open(pipe, { timeoutMs: 2000 }),
    folder: 'Internal Storage/Documents',
    violations: () => pipe.sim.violations,
  };
});

contract('DeviceStorage contract: node-usb adapter over the simulated HoloLens', async () => {
  const pipe = createSimMtpPipe(new SimStorageTree(), { serialNumber: 'CONTRACT-USB' });
  const device = new FakeNativeDevice([[NCM_ALT], [MTP_ALT]], pipe);
  const storage = await MtpStorage.open(await openUsbMtpPipe(device, { detachKernelDriver: false }), {
    timeoutMs: 2000,
  });
  return { storage, folder: 'Internal Storage/Documents', violations: () => pipe.sim.violations };
});

const umtprdSkip = umtprdMissing();
if (umtprdSkip === null) {
  contract('DeviceStorage contract: uMTP-Responder over ffs-loopback', async () => {
    const root = mkdtempSync(join(tmpdir(), 'holobench-umtprd-'));
    mkdirSync(join(root, 'store', 'Documents'), { recursive: true });
    const host = await FfsGadgetHost.listen(join(root, 'ffs'));
    const device = startUmtprd({ storeDir: join(root, 'store'), ffsDir: join(root, 'ffs') });
    const teardown = async () => {
      await device.stop();
      await host.close();
      rmSync(root, { recursive: true, force: true });
    };
    try {
      const gadget = await host.waitForGadget(10_000);
      return {
        storage: await MtpStorage.open(gadget.pipe, { timeoutMs: 5000 }),
        folder: 'Internal Storage/Documents',
        teardown,
      };
    } catch (error) {
      const output = device.output();
      await teardown();
      throw new Error(`uMTP-Responder did not come up: ${String(error)}\n${output}`, { cause: error });
    }
  });
} else {
  describe.skip(`DeviceStorage contract: uMTP-Responder (skipped: ${umtprdSkip})`, () => {
    it('runs the contract against uMTP-Responder', () => undefined);
  });
}

if (realSpec) {
  contract(
    `DeviceStorage contract: real device ${realSpec}`,
    async () => {
      const spec = parseDeviceSpec(realSpec);
      if (!spec) throw new Error(`${ENV}="${realSpec}" is neither vid:pid (045e:0652) nor a port path (1-4.2)`);
      const { pipe } = await openRealDevicePipe(spec);
      const storage = await MtpStorage.open(pipe, { timeoutMs: 10_000 });
      return { storage, folder: process.env.HOLOBENCH_MTP_FOLDER ?? 'Internal Storage/Documents' };
    },
    120_000,
  );
} else {
  describe.skip(`DeviceStorage contract: real device (skipped: set ${ENV}=<vid:pid or port path> with an unlocked HoloLens attached)`, () => {
    it('runs the contract against a real device', () => undefined);
  });
}
