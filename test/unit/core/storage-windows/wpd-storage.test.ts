import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UsbDescriptor } from '../../../../src-main/core/devices/descriptor.ts';
import { describeNativeDevice } from '../../../../src-main/core/devices/usb-source.ts';
import { isMtpError } from '../../../../src-main/core/mtp/errors.ts';
import { WpdStorageOpener } from '../../../../src-main/core/storage-windows/wpd-opener.ts';
import { isStorageUnreachable } from '../../../../src-main/core/storage-access/unreachable.ts';
import { fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { tempDir } from '../../../support/station.ts';
import { HOLOLENS_INFO, fakeHelperLaunch, wpdHoloLens, type WpdScenario } from '../../../support/wpd.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const usb = (serial: string | null, ports = [4, 2]): UsbDescriptor =>
  describeNativeDevice(fakeNativeDevice({ handle: `h-${serial}`, serialNumber: serial, ports }));

function scenario(over: Partial<WpdScenario> = {}): WpdScenario {
  const d = wpdHoloLens(1, 'REAL001', [4, 2]);
  return {
    devices: [d],
    trees: {
      [d.wpdId]: {
        info: HOLOLENS_INFO,
        storages: [
          {
            objectId: 's10001',
            description: 'Internal Storage',
            capacityBytes: 2_000_000,
            folders: ['Documents', 'Pictures'],
            files: { 'Documents/Bench notes.txt': 'hello from the bench\n' },
          },
        ],
      },
    },
    ...over,
  };
}

function opener(s: WpdScenario) {
  const dir = tempDir();
  const o = new WpdStorageOpener('/nonexistent', dir.path, {
    launch: fakeHelperLaunch(dir.path, s),
    requestTimeoutMs: 5000,
  });
  cleanups.push(
    () => dir.remove(),
    () => o.close(),
  );
  return { opener: o, dir: dir.path };
}

describe('Windows storage (WPD) through the helper protocol, against a fake helper', () => {
  it('lists storages with free space, folders and files under the same paths as MTP', async () => {
    const { opener: o } = opener(scenario());
    const storage = await o.open(usb('REAL001'), 'hololens1');
    expect(storage.deviceInfo).toMatchObject({
      model: 'HoloLens',
      serialNumber: 'REAL001',
      deviceVersion: '10.0.17763.3406',
    });
    expect(await storage.battery()).toBe(81);
    const [s] = await storage.storages();
    expect(s).toMatchObject({ description: 'Internal Storage', capacityBytes: 2_000_000, freeBytes: 2_000_000 - 21 });
    expect((await storage.list('')).map((e) => e.name)).toEqual(['Internal Storage']);
    expect((await storage.list('internal storage')).map((e) => `${e.kind}:${e.name}`)).toEqual([
      'folder:Documents',
      'folder:Pictures',
    ]);
    const [notes] = await storage.list('Internal Storage/Documents');
    expect(notes).toMatchObject({
      kind: 'file',
      name: 'Bench notes.txt',
      size: 21,
      path: 'Internal Storage/Documents/Bench notes.txt',
    });
    expect(await storage.stat('Internal Storage/Documents/none.txt')).toBeNull();
  });

  it('pulls through a temporary file, pushes with progress and reads back to verify, deletes', async () => {
    const { opener: o, dir } = opener(scenario());
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const pulled = await storage.pull('Internal Storage/Documents/Bench notes.txt', join(dir, 'notes.txt'));
    expect(readFileSync(pulled.localPath, 'utf8')).toBe('hello from the bench\n');
    expect(pulled.sha256).toBe(sha(Buffer.from('hello from the bench\n')));

    const local = join(dir, 'Warehouse.ppkg');
    const content = randomBytes(300_000);
    writeFileSync(local, content);
    const phases = new Set<string>();
    const r = await storage.push(local, 'Internal Storage', { onProgress: (p) => phases.add(p.phase) });
    expect(r).toMatchObject({
      ok: true,
      bytes: 300_000,
      sha256: sha(content),
      remotePath: 'Internal Storage/Warehouse.ppkg',
      verified: true,
    });
    expect([...phases]).toEqual(['send', 'verify']);
    expect(await storage.stat('Internal Storage/Warehouse.ppkg')).toMatchObject({ size: 300_000 });
    await storage.delete('Internal Storage/Warehouse.ppkg');
    expect(await storage.stat('Internal Storage/Warehouse.ppkg')).toBeNull();
    // Nothing half-written is left next to the local files.
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial') || f.endsWith('.readback'))).toEqual([]);
  });

  it('a read-back that differs fails the push and removes the copy', async () => {
    const { opener: o, dir } = opener(scenario({ failures: [{ op: 'pull', corrupt: true }] }));
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const local = join(dir, 'a.ppkg');
    writeFileSync(local, randomBytes(1000));
    await expect(storage.push(local, 'Internal Storage/Documents')).rejects.toMatchObject({
      code: 'mtp-verify-failed',
    });
    expect(await storage.stat('Internal Storage/Documents/a.ppkg')).toBeNull();
  });

  it('cancel stops a push, and the helper removes what it had started', async () => {
    const { opener: o, dir } = opener(scenario({ chunkDelayMs: 20 }));
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const local = join(dir, 'big.bin');
    writeFileSync(local, randomBytes(1_000_000));
    const abort = new AbortController();
    const push = storage.push(local, 'Internal Storage/Documents', {
      signal: abort.signal,
      onProgress: (p) => p.bytes > 100_000 && abort.abort(),
    });
    await expect(push).rejects.toMatchObject({ code: 'mtp-canceled', canceled: true });
    expect(await storage.stat('Internal Storage/Documents/big.bin')).toBeNull();
  });

  const errorCases: [string, WpdScenario['failures'], string, boolean][] = [
    [
      'device gone mid-copy',
      [
        {
          op: 'push',
          afterBytes: 65536,
          unplug: true,
          error: { code: 'device-gone', message: 'The device is not connected.', hresult: '0x8007048F' },
        },
      ],
      'mtp-disconnected',
      true,
    ],
    [
      'access denied (locked device)',
      [{ op: 'push', error: { code: 'access-denied', message: 'Access is denied.', hresult: '0x80070005' } }],
      'mtp-access-denied',
      false,
    ],
  ];
  it.each(errorCases)('%s becomes the same typed error MTP gives', async (_name, failures, code, disconnected) => {
    const { opener: o, dir } = opener(scenario({ failures }));
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const local = join(dir, 'x.bin');
    writeFileSync(local, randomBytes(200_000));
    const error: unknown = await storage.push(local, 'Internal Storage/Documents').catch((e: unknown) => e);
    expect(isMtpError(error, code)).toBe(true);
    expect((error as { disconnected: boolean }).disconnected).toBe(disconnected);
  });

  it('disk full: refused before sending when the storage says so, and when Windows says so', async () => {
    const s = scenario();
    s.trees[s.devices[0]!.wpdId]!.storages[0]!.capacityBytes = 100_000;
    const { opener: o, dir } = opener(s);
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const local = join(dir, 'big.bin');
    writeFileSync(local, randomBytes(200_000));
    await expect(storage.push(local, 'Internal Storage')).rejects.toMatchObject({ code: 'mtp-store-full' });

    // Free space looks fine but the device runs out (space reserved behind the station's back).
    const s2 = scenario();
    s2.trees[s2.devices[0]!.wpdId]!.storages[0]!.capacityBytes = 250_000;
    const { opener: o2 } = opener({
      ...s2,
      failures: [
        {
          op: 'push',
          error: { code: 'disk-full', message: 'There is not enough space on the disk.', hresult: '0x80070070' },
        },
      ],
    });
    const storage2 = await o2.open(usb('REAL001'), 'hololens1');
    await expect(storage2.push(local, 'Internal Storage')).rejects.toMatchObject({ code: 'mtp-store-full' });
  });

  it('notices a new object (the harvest waits for AutopilotDiagnostics.zip this way)', async () => {
    const s = scenario();
    const { opener: o } = opener({
      ...s,
      appear: [
        {
          device: s.devices[0]!.wpdId,
          folder: 'Documents',
          name: 'AutopilotDiagnostics.zip',
          text: 'PK',
          afterMs: 150,
        },
      ],
    });
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const added: string[] = [];
    const off = storage.watch((c) => c.kind === 'added' && added.push(c.path ?? c.name ?? '?'));
    await storage.list('Internal Storage/Documents');
    const entry = await storage.waitFor('Internal Storage/Documents/AutopilotDiagnostics.zip', {
      timeoutMs: 3000,
      pollMs: 5000,
    });
    off();
    expect(entry.size).toBe(2);
    expect(added).toEqual(['Internal Storage/Documents/AutopilotDiagnostics.zip']);
  });

  it('one failed call does not spoil the next', async () => {
    const { opener: o } = opener(scenario({ failures: [{ op: 'storages', error: { code: 'failed', message: 'x' } }] }));
    const storage = await o.open(usb('REAL001'), 'hololens1');
    await expect(storage.storages()).rejects.toMatchObject({ code: 'mtp-device-error' });
    expect((await storage.storages())[0]?.description).toBe('Internal Storage');
  });

  it('the helper dying ends the call with a plain error and the storage reports itself disconnected', async () => {
    const { opener: o } = opener(scenario({ failures: [{ op: 'children', exit: true }] }));
    const storage = await o.open(usb('REAL001'), 'hololens1');
    const changes: string[] = [];
    storage.watch((c) => changes.push(c.kind));
    await expect(storage.list('Internal Storage')).rejects.toMatchObject({ code: 'wpd-helper-unavailable' });
    expect(changes).toEqual(['disconnected']);
    // The opener starts a fresh helper for the next open.
    expect((await (await o.open(usb('REAL001'), 'hololens1')).storages()).length).toBe(1);
  });

  it('a helper that speaks another protocol version is refused with the fallback named', async () => {
    const { opener: o } = opener(scenario({ protocol: 2 }));
    const error = await o.open(usb('REAL001'), 'hololens2').catch((e: unknown) => e);
    expect(isStorageUnreachable(error)).toBe(true);
    expect((error as Error).message).toMatch(/USB drive/);
    expect(((error as Error).cause as Error).message).toMatch(/protocol 2/);
  });
});

describe('matching the WPD device to the USB device on the bench', () => {
  it('two HoloLens of the same model: each card gets its own storage, by serial', async () => {
    const a = wpdHoloLens(1, 'REAL001', [4, 2]);
    const b = wpdHoloLens(2, 'REAL002', [4, 3]);
    const s = scenario();
    const treeA = s.trees[s.devices[0]!.wpdId]!;
    const { opener: o } = opener({
      devices: [b, a],
      trees: { [a.wpdId]: treeA, [b.wpdId]: { ...treeA, info: { ...HOLOLENS_INFO, serialNumber: 'REAL002' } } },
    });
    expect((await o.open(usb('REAL002', [4, 3]), 'hololens1')).deviceInfo.serialNumber).toBe('REAL002');
    expect((await o.open(usb('REAL001', [4, 2]), 'hololens1')).deviceInfo.serialNumber).toBe('REAL001');
  });

  it('no match is an honest "unreachable" with the way around', async () => {
    const { opener: o } = opener(scenario());
    const error = await o.open(usb('OTHER9'), 'hololens1').catch((e: unknown) => e);
    expect(isStorageUnreachable(error)).toBe(true);
  });

  it('two devices the station cannot tell apart are refused, never guessed', async () => {
    const a = wpdHoloLens(1, null, [4, 2]);
    const b = wpdHoloLens(2, null, [4, 2]);
    const { opener: o } = opener({ devices: [a, b], trees: {} });
    await expect(o.open(usb(null, [4, 2]), 'hololens1')).rejects.toMatchObject({ code: 'wpd-ambiguous' });
  });
});
