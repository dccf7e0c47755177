import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttachEvent, DeviceSource } from '../../src-main/core/devices/source.ts';
import { NodeUsbSource, type NativeUsbDevice } from '../../src-main/core/devices/usb-source.ts';
import { MtpStorage } from '../../src-main/core/mtp/mtp-storage.ts';
import { createSimMtpPipe, SimStorageTree } from '../../src-main/sim/mtp/index.ts';
import { SimBus } from '../../src-main/sim/sim-bus.ts';
import { FakeNativeUsb, fakeNativeDevice } from '../support/fake-native-usb.ts';
import { openTestStation } from '../support/station.ts';

/**
 * One contract for every DeviceSource: what the registry and the MTP connections rely on. The station has one
 * adapter, node-usb's; it runs here over the simulator's bus, over a hand-made fake binding, and over the real
 * bus where this machine has one.
 */
interface Harness {
  source: DeviceSource;
  plug(): Promise<void> | void;
  unplug(): Promise<void> | void;
}

const harnesses: [string, () => Harness][] = [
  [
    'node-usb adapter over the simulated bus',
    () => {
      const bus = new SimBus({ timing: { reenumerateMs: 1 } });
      return {
        source: new NodeUsbSource({ kind: 'sim', load: () => bus.nativeBinding(), hasBus: () => true }),
        plug: () => void bus.add({ preset: 'hl2', faults: [] }),
        unplug: () => bus.list().at(-1)!.unplug(),
      };
    },
  ],
  [
    'node-usb adapter (fake native binding)',
    () => {
      const fake = new FakeNativeUsb();
      let n = 0;
      return {
        source: new NodeUsbSource({ load: () => fake.module(), hasBus: () => true }),
        plug: () =>
          fake.plug(
            fakeNativeDevice({ handle: `h${++n}`, ports: [4, n] }, () =>
              createSimMtpPipe(new SimStorageTree(), { model: 'HoloLens 2', serialNumber: 'FAKE01' }),
            ),
          ),
        unplug: () => fake.unplug(`h${n}`),
      };
    },
  ],
];

function collect() {
  const attached: AttachEvent[] = [];
  const detached: string[] = [];
  return {
    attached,
    detached,
    listener: { attach: (e: AttachEvent) => attached.push(e), detach: (k: string) => detached.push(k) },
  };
}

describe.each(harnesses)('DeviceSource contract: %s', (_name, make) => {
  it('start resolves with a state and never rejects', async () => {
    const h = make();
    const c = collect();
    const state = await h.source.start(c.listener);
    expect(typeof state.available).toBe('boolean');
    expect(state.detail.length).toBeGreaterThan(0);
    await h.source.stop();
  });

  it('reports a plugged device with its descriptors and port path, and its removal by the same key', async () => {
    const h = make();
    const c = collect();
    await h.source.start(c.listener);
    await h.plug();
    expect(c.attached).toHaveLength(1);
    const d = c.attached[0]!.descriptor;
    expect(d.portPath).toMatch(/^\d+-\d+(\.\d+)*$/);
    expect(d.configurations[0]!.interfaces.length).toBeGreaterThan(0);
    expect(typeof c.attached[0]!.seenAt).toBe('number');
    await h.unplug();
    expect(c.detached).toEqual([d.key]);
    await h.source.stop();
  });

  it("opens a plugged HoloLens's MTP interface through openMtpPipe and speaks MTP over it", async () => {
    const h = make();
    const c = collect();
    await h.source.start(c.listener);
    await h.plug();
    const storage = await MtpStorage.open(await h.source.openMtpPipe(c.attached[0]!.descriptor.key));
    expect(storage.deviceInfo.model).toMatch(/HoloLens/);
    await storage.close();
    await h.unplug();
    await expect(h.source.openMtpPipe(c.attached[0]!.descriptor.key)).rejects.toMatchObject({ disconnected: true });
    await h.source.stop();
  });

  it('stop can be called twice', async () => {
    const h = make();
    await h.source.start(collect().listener);
    await h.source.stop();
    await h.source.stop();
  });
});

const realBus = process.platform === 'linux' ? existsSync('/sys/bus/usb/devices') : true;
describe.skipIf(!realBus)("DeviceSource contract: node-usb on this machine's real bus", () => {
  it('starts, reports the bus available and lists what is attached without throwing', async () => {
    const source = new NodeUsbSource();
    const c = collect();
    const state = await source.start(c.listener);
    expect(state.available).toBe(true);
    for (const e of c.attached) expect(e.descriptor.portPath.length).toBeGreaterThan(0);
    await source.stop();
  });
});

describe('DeviceSource contract: a device that cannot be opened (node-usb adapter)', () => {
  /** node-usb opens the device to read configurations and some strings; on Windows that fails without WinUSB. */
  function unopenable(over: Partial<NativeUsbDevice> = {}): NativeUsbDevice {
    const d = fakeNativeDevice({ handle: 'locked', ports: [3], productName: 'HoloLens 2', productId: 0x0abc, ...over });
    Object.defineProperty(d, 'configurations', {
      get: () => {
        throw new Error('open error: NOT_SUPPORTED');
      },
    });
    Object.defineProperty(d, 'serialNumber', {
      get: () => {
        throw new Error('open error: NOT_SUPPORTED');
      },
    });
    return d;
  }

  it('reports it anyway, keeping what was read and saying what was not', async () => {
    const fake = new FakeNativeUsb();
    fake.devices.push(unopenable());
    const c = collect();
    await new NodeUsbSource({ load: () => fake.module(), hasBus: () => true }).start(c.listener);
    const d = c.attached[0]!.descriptor;
    expect(d).toMatchObject({ vendorId: 0x045e, product: 'HoloLens 2', serialNumber: null, configurations: [] });
    expect(d.unreadable).toEqual([
      'configurations: open error: NOT_SUPPORTED',
      'serial number: open error: NOT_SUPPORTED',
    ]);
  });

  it('the registry calls it a probable HoloLens, a best guess with the reason, never "not a HoloLens"', async () => {
    const fake = new FakeNativeUsb();
    fake.devices.push(unopenable(), unopenable({ handle: 'kbd', ports: [5], productName: 'Keyboard' }));
    const station = await openTestStation({
      usb: true,
      usbSource: new NodeUsbSource({ load: () => fake.module(), hasBus: () => true }),
    });
    try {
      const [hl, kbd] = station.registry.list();
      expect(hl).toMatchObject({ kind: 'probable-hololens', model: 'hololens2', confidence: 'heuristic' });
      expect(hl!.identification.reason).toMatch(
        /Best guess: part of its descriptors could not be read \(configurations/,
      );
      expect(kbd).toMatchObject({ kind: 'unknown-microsoft' });
      expect(kbd!.identification.reason).toMatch(/Best guess/);
    } finally {
      await station.dispose();
    }
  });
});
