import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDoctorReport } from '../../../../src-main/core/doctor/report.ts';
import { NodeUsbSource } from '../../../../src-main/core/devices/usb-source.ts';
import { FakeNativeUsb, fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { openTestStation, tempDir } from '../../../support/station.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('doctor report for real USB devices', () => {
  it('raw descriptors from sysfs, what could not be read, and a fix for each problem', async () => {
    const sysfs = tempDir();
    cleanups.push(sysfs.remove);
    mkdirSync(join(sysfs.path, '1-3'));
    writeFileSync(join(sysfs.path, '1-3', 'descriptors'), Buffer.from('12010002000000405e04bc0a', 'hex'));
    const bus = new FakeNativeUsb();
    const d = fakeNativeDevice({ handle: 'a', ports: [3], productName: 'HoloLens 2', productId: 0x0abc });
    Object.defineProperty(d, 'configurations', {
      get: () => {
        throw new Error('open error: NOT_SUPPORTED');
      },
    });
    bus.devices.push(d);
    const station = await openTestStation({
      usb: true,
      usbSource: new NodeUsbSource({ load: () => bus.module(), hasBus: () => true }),
    });
    cleanups.push(() => station.dispose());
    const report = buildDoctorReport(station, { sysfsRoot: sysfs.path, version: '9.9.9' });
    expect(report.platform).toMatchObject({ holobench: '9.9.9', storagePath: 'libusb' });
    expect(report.usb).toMatchObject({ available: true, watched: true });
    const [dev] = report.devices;
    expect(dev!.descriptors).toMatchObject({
      rawHex: '12010002000000405e04bc0a',
      rawSource: 'sysfs',
      unreadable: ['configurations: open error: NOT_SUPPORTED'],
    });
    expect(dev!.kind).toBe('probable-hololens');
    expect(report.problems.map((p) => p.code)).toContain('descriptors-unreadable');
    for (const p of report.problems) expect(p.fix.length).toBeGreaterThan(10);
  });

  it('a USB bus the station cannot read is a station-wide problem', async () => {
    const station = await openTestStation({ usb: true, usbSource: new NodeUsbSource({ hasBus: () => false }) });
    cleanups.push(() => station.dispose());
    const report = buildDoctorReport(station);
    expect(report.usb).toMatchObject({ available: false, watched: true, detail: 'No USB bus on this machine' });
    expect(report.problems).toEqual([expect.objectContaining({ deviceId: null, code: 'usb-unavailable' })]);
  });
});
