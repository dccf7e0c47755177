import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeUsbSource } from '../../../../src-main/core/devices/usb-source.ts';
import { WpdStorageOpener } from '../../../../src-main/core/storage-windows/wpd-opener.ts';
import { FakeNativeUsb, fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';
import { HOLOLENS_INFO, fakeHelperLaunch, wpdHoloLens } from '../../../support/wpd.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a station on Windows reaches USB devices storage through WPD, callers unchanged', () => {
  it('two HoloLens of one model: each card shows its own storage and the files API reads the right one', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const bus = new FakeNativeUsb();
    bus.devices.push(
      fakeNativeDevice({ handle: 'a', serialNumber: 'REAL001', ports: [4, 2] }),
      fakeNativeDevice({ handle: 'b', serialNumber: 'REAL002', ports: [4, 3] }),
    );
    const a = wpdHoloLens(1, 'REAL001', [4, 2]);
    const b = wpdHoloLens(2, 'REAL002', [4, 3]);
    const tree = (serial: string, note: string) => ({
      info: { ...HOLOLENS_INFO, serialNumber: serial },
      storages: [
        {
          objectId: 's1',
          description: 'Internal Storage',
          capacityBytes: 64_000_000_000,
          files: { 'Documents/whose.txt': note },
        },
      ],
    });
    const wpd = new WpdStorageOpener('/nonexistent', dir.path, {
      launch: fakeHelperLaunch(dir.path, {
        devices: [b, a],
        trees: { [a.wpdId]: tree('REAL001', 'first'), [b.wpdId]: tree('REAL002', 'second') },
      }),
    });
    const station = await openTestStation({
      usb: true,
      usbSource: new NodeUsbSource({ load: () => bus.module(), hasBus: () => true }),
      wpd,
    });
    cleanups.push(() => station.dispose());
    expect(station.storagePath).toBe('wpd');
    const cards = await waitFor(() => {
      const list = station.registry.list();
      return list.length === 2 && list.every((d) => d.storageState === 'available') && list;
    });
    for (const [card, serial, note] of [
      [cards.find((c) => c.portPath === '1-4.2')!, 'REAL001', 'first'],
      [cards.find((c) => c.portPath === '1-4.3')!, 'REAL002', 'second'],
    ] as const) {
      expect(card.mtpInfo?.serialNumber).toBe(serial);
      expect(card.storages[0]).toMatchObject({ description: 'Internal Storage', capacityBytes: 64_000_000_000 });
      const storage = await station.connections.storage(card.id);
      const r = await storage.pull('Internal Storage/Documents/whose.txt', join(dir.path, `${serial}.txt`));
      expect(readFileSync(r.localPath, 'utf8')).toBe(note);
    }
  });
});
