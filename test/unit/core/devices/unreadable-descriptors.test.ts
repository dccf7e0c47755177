import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { identifyDevice } from '../../../../src-main/core/devices/identify.ts';
import { loadIdTable } from '../../../../src-main/core/devices/id-table.ts';
import { readSysfsInterfaces } from '../../../../src-main/core/devices/sysfs-interfaces.ts';
import { describeNativeDevice } from '../../../../src-main/core/devices/usb-source.ts';
import { fakeNativeDevice } from '../../../support/fake-native-usb.ts';
import { RESOURCES, tempDir } from '../../../support/station.ts';

const ctx = { table: loadIdTable(RESOURCES), labels: new Map() };
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function fakeSysfs(port: string, interfaces: [number, number, number, string | null][]): string {
  const root = tempDir();
  cleanups.push(root.remove);
  interfaces.forEach(([cls, sub, proto, name], i) => {
    const dir = join(root.path, port, `${port}:1.${i}`);
    mkdirSync(join(dir, 'ep_81'), { recursive: true });
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    writeFileSync(join(dir, 'bInterfaceNumber'), hex(i));
    writeFileSync(join(dir, 'bAlternateSetting'), '00');
    writeFileSync(join(dir, 'bInterfaceClass'), hex(cls));
    writeFileSync(join(dir, 'bInterfaceSubClass'), hex(sub));
    writeFileSync(join(dir, 'bInterfaceProtocol'), hex(proto));
    if (name) writeFileSync(join(dir, 'interface'), `${name}\n`);
    writeFileSync(join(dir, 'ep_81', 'bEndpointAddress'), '81');
    writeFileSync(join(dir, 'ep_81', 'type'), 'Bulk');
    writeFileSync(join(dir, 'ep_81', 'wMaxPacketSize'), '0200');
  });
  return root.path;
}

const unopenable = (productName: string | null) => {
  const d = fakeNativeDevice({ handle: 'x', ports: [4, 2], productName, productId: 0x0abc });
  Object.defineProperty(d, 'configurations', {
    get: () => {
      throw new Error('open error: Access denied');
    },
  });
  return d;
};

describe('identification when the device cannot be opened', () => {
  it('reads interface classes from sysfs without opening', () => {
    const root = fakeSysfs('1-4.2', [
      [6, 1, 1, 'MTP'],
      [2, 13, 0, null],
    ]);
    const found = readSysfsInterfaces('1-4.2', root);
    expect(found).toEqual([
      {
        number: 0,
        alternate: 0,
        classCode: 6,
        subclassCode: 1,
        protocolCode: 1,
        name: 'MTP',
        endpoints: [{ number: 1, direction: 'in', type: 'bulk', maxPacketSize: 512 }],
      },
      {
        number: 1,
        alternate: 0,
        classCode: 2,
        subclassCode: 13,
        protocolCode: 0,
        name: null,
        endpoints: [{ number: 1, direction: 'in', type: 'bulk', maxPacketSize: 512 }],
      },
    ]);
    expect(readSysfsInterfaces('1-9', root)).toBeNull();
    expect(readSysfsInterfaces('../etc', root)).toBeNull();
  });

  it('an unopenable HoloLens 2 is identified from the OS view of its interfaces, marked best guess', () => {
    const root = fakeSysfs('1-4.2', [
      [6, 1, 1, 'MTP'],
      [2, 13, 0, null],
    ]);
    const d = describeNativeDevice(unopenable(null), (port) => readSysfsInterfaces(port, root));
    expect(d.interfacesFrom).toBe('os');
    const id = identifyDevice(d, ctx)!;
    expect(id).toMatchObject({ model: 'hololens2', kind: 'hololens', confidence: 'heuristic' });
    expect(id.reason).toMatch(/Best guess: the device could not be opened/);
  });

  const cases: [string, string | null, string, RegExp][] = [
    [
      'named HoloLens 2, nothing else readable',
      'HoloLens 2',
      'probable-hololens',
      /Best guess.*configurations: open error: Access denied/,
    ],
    ['no name, nothing readable', null, 'unknown-microsoft', /Best guess/],
    ['named like a peripheral, nothing readable', 'Keyboard', 'unknown-microsoft', /Best guess/],
  ];
  it.each(cases)('%s: %s', (_name, product, kind, reason) => {
    const id = identifyDevice(
      describeNativeDevice(unopenable(product), () => null),
      ctx,
    )!;
    expect(id.kind).toBe(kind);
    expect(id.kind).not.toBe('not-hololens');
    expect(id.reason).toMatch(reason);
  });

  it('a failed string read loses only that string', () => {
    const d = fakeNativeDevice({ handle: 'y', productName: 'HoloLens', productId: 0x0abc });
    Object.defineProperty(d, 'manufacturerName', {
      get: () => {
        throw new Error('LIBUSB_ERROR_PIPE');
      },
    });
    const desc = describeNativeDevice(d, () => null);
    expect(desc).toMatchObject({ manufacturer: null, product: 'HoloLens', serialNumber: 'REAL001' });
    expect(desc.configurations[0]!.interfaces).toHaveLength(1);
    expect(desc.unreadable).toEqual(['manufacturer: LIBUSB_ERROR_PIPE']);
  });
});
