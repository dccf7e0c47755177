import { describe, expect, it, vi } from 'vitest';
import { NodeUsbSource, portPathOf, describeNativeDevice } from '../../../../src-main/core/devices/usb-source.ts';
import { MtpStorage } from '../../../../src-main/core/mtp/mtp-storage.ts';
import { createSimMtpPipe, SimStorageTree } from '../../../../src-main/sim/mtp/index.ts';
import { FakeNativeUsb, fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { openRealDevicePipe, parseDeviceSpec } from '../../../support/real-device.ts';

const listener = () => ({ attach: vi.fn(), detach: vi.fn(), state: vi.fn() });

describe('node-usb adapter', () => {
  it('with no USB bus it reports "No USB bus" as a state and never loads the native module', async () => {
    const load = vi.fn();
    const s = new NodeUsbSource({ load, hasBus: () => false });
    const l = listener();
    const state = await s.start(l);
    expect(state).toEqual({ available: false, detail: 'No USB bus on this machine' });
    expect(load).not.toHaveBeenCalled();
    expect(l.state).toHaveBeenCalledWith(state);
  });

  it('a native module that fails to load becomes a state, not a crash', async () => {
    const s = new NodeUsbSource({
      load: () => {
        throw new Error('no prebuilt binary');
      },
      hasBus: () => true,
    });
    const state = await s.start(listener());
    expect(state.available).toBe(false);
    expect(state.detail).toContain('no prebuilt binary');
  });

  it('a bus that cannot be read becomes a state, and no rejection is left unhandled', async () => {
    const fake = new FakeNativeUsb();
    fake.failGetDevices = new Error('/sys/bus/usb/devices/ not found');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const s = new NodeUsbSource({ load: () => fake.module(), hasBus: () => true });
    const state = await s.start(listener());
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', unhandled);
    expect(state.available).toBe(false);
    expect(state.detail).toContain('cannot be read');
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('without hot-plug support the bus is still usable and says so', async () => {
    const fake = new FakeNativeUsb();
    fake.failHotplug = new Error('hotplug unsupported');
    fake.devices.push(fakeNativeDevice({ handle: 'a' }));
    const l = listener();
    const state = await new NodeUsbSource({ load: () => fake.module(), hasBus: () => true }).start(l);
    expect(state.available).toBe(true);
    expect(state.detail).toContain('hot-plug is not available');
    expect(l.attach).toHaveBeenCalledTimes(1);
  });

  it('a device removed is reported by the key it was announced with', async () => {
    const fake = new FakeNativeUsb();
    const l = listener();
    const s = new NodeUsbSource({ load: () => fake.module(), hasBus: () => true });
    await s.start(l);
    fake.plug(fakeNativeDevice({ handle: 'h1', bus: '2', ports: [1, 3] }));
    fake.unplug('h1');
    fake.unplug('unknown-handle');
    expect(l.detach.mock.calls).toEqual([['2-1.3']]);
  });

  it.each([
    [{ bus: '1', ports: [4, 2], address: 5 }, '1-4.2'],
    [{ bus: '3-1.2', ports: [1, 2], address: 9 }, '3-1.2'],
    [{ bus: '1', ports: [], address: 7 }, '1-addr7'],
  ])('port path from %o is %s', (d, expected) => {
    expect(portPathOf(d)).toBe(expected);
  });

  it('descriptors whose strings cannot be read are null, not a crash', () => {
    const d = fakeNativeDevice({ handle: 'x' });
    Object.defineProperty(d, 'productName', {
      get() {
        throw new Error('LIBUSB_ERROR_ACCESS');
      },
    });
    const desc = describeNativeDevice(d);
    expect(desc.product).toBeNull();
    expect(desc.configurations[0]!.interfaces[0]).toMatchObject({ classCode: 6, name: 'MTP' });
  });

  it('the real-device contract run names its device by vid:pid or port path', () => {
    expect(parseDeviceSpec('045e:0652')).toEqual({ vendorId: 0x045e, productId: 0x0652 });
    expect(parseDeviceSpec('1-4.2')).toEqual({ portPath: '1-4.2' });
    expect(parseDeviceSpec('hololens')).toBeNull();
  });

  it('the real-device contract run opens its device through this adapter, as the station does', async () => {
    const fake = new FakeNativeUsb();
    fake.devices.push(fakeNativeDevice({ handle: 'a', ports: [4, 1], serialNumber: 'OTHER' }));
    fake.devices.push(
      fakeNativeDevice({ handle: 'b', ports: [4, 2] }, () =>
        createSimMtpPipe(new SimStorageTree(), { model: 'HoloLens 2', serialNumber: 'ON-PORT-4.2' }),
      ),
    );
    const source = new NodeUsbSource({ load: () => fake.module(), hasBus: () => true });
    const open = vi.spyOn(source, 'openMtpPipe');
    const { pipe, stop } = await openRealDevicePipe({ portPath: '1-4.2' }, source);
    const storage = await MtpStorage.open(pipe);
    expect(storage.deviceInfo.serialNumber).toBe('ON-PORT-4.2');
    expect(open).toHaveBeenCalledWith('1-4.2');
    await storage.close();
    await stop();
    await expect(openRealDevicePipe({ portPath: '9-9' }, source)).rejects.toThrow(/No such device/);
  });
});
