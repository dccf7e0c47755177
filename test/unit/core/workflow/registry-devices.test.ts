import { afterEach, describe, expect, it } from 'vitest';
import { NodeUsbSource } from '../../../../src-main/core/devices/usb-source.ts';
import { RegistryBatchDevices } from '../../../../src-main/core/workflow/registry-devices.ts';
import { createSimMtpPipe, SimStorageTree } from '../../../../src-main/sim/mtp/index.ts';
import { FakeNativeUsb, fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { openTestStation, waitFor } from '../../../support/station.ts';

type TestStation = Awaited<ReturnType<typeof openTestStation>>;
let station: TestStation | null = null;
afterEach(async () => {
  await station?.dispose();
  station = null;
});

describe('batch device facts are read over USB, the same for real and simulated devices', () => {
  it('a simulated HoloLens: battery and build from its MTP session, locked from its storage', async () => {
    station = await openTestStation({ simulate: [{ preset: 'hl2', faults: [] }] });
    await station.connections.settled(3000);
    const devices = new RegistryBatchDevices(station.registry);
    const [facts] = devices.list();
    expect(facts).toMatchObject({ batteryPercent: 87, build: '22621.1244', locked: false, simulated: true });
    const id = facts!.deviceId;
    const sim = station.simulatedDevice(id)!;
    sim.act('lock');
    await waitFor(() => devices.get(facts!.serial)?.locked === true, 3000, 'locked, seen as storage gone');
    sim.act('unlock');
    sim.setBattery(21);
    await waitFor(() => devices.get(facts!.serial)?.batteryPercent === 21, 3000, 'battery event over MTP');
    expect(devices.get(facts!.serial)?.locked).toBe(false);
  });

  it('a device on the real bus adapter reads the same way (node-usb over a native stand-in)', async () => {
    const fake = new FakeNativeUsb();
    const tree = new SimStorageTree();
    fake.devices.push(
      fakeNativeDevice({ handle: 'r1', productId: 0x0652, serialNumber: 'REAL-7' }, () =>
        createSimMtpPipe(tree, {
          model: 'HoloLens',
          serialNumber: 'REAL-7',
          deviceVersion: '10.0.17763.3046',
          batteryPercent: 64,
        }),
      ),
    );
    station = await openTestStation({
      usb: true,
      usbSource: new NodeUsbSource({ load: () => fake.module(), hasBus: () => true }),
    });
    await waitFor(() => station!.registry.list().length === 1, 3000, 'the device');
    await station.connections.settled(3000);
    const facts = new RegistryBatchDevices(station.registry).get('REAL-7');
    expect(facts).toMatchObject({ batteryPercent: 64, build: '17763.3046', locked: false, simulated: false });
    tree.setVisible(false);
    await waitFor(
      () => new RegistryBatchDevices(station!.registry).get('REAL-7')?.locked === true,
      5000,
      'storage hidden',
    );
  });
});
