import { describe, expect, it } from 'vitest';
import { isMtpInterface } from '../../../../src-main/core/devices/descriptor.ts';
import { MtpStorage } from '../../../../src-main/core/mtp/mtp-storage.ts';
import {
  isStorageUnreachable,
  type StorageUnreachableError,
} from '../../../../src-main/core/storage-access/unreachable.ts';
import { classify } from '../../../../src-main/core/mtp/native-usb.ts';
import { findMtpInterface, openUsbMtpPipe } from '../../../../src-main/core/mtp/usb-pipe.ts';
import { SimStorageTree, createSimMtpPipe } from '../../../../src-main/sim/mtp/index.ts';
import { FakeNativeDevice, MTP_ALT, NCM_ALT } from './fake-native-device.ts';

describe('finding the MTP interface', () => {
  it('by class 0x06/0x01/0x01, with its bulk and interrupt endpoints', () => {
    expect(findMtpInterface(new FakeNativeDevice([[NCM_ALT], [MTP_ALT]]))).toMatchObject({
      interfaceNumber: 1,
      bulkIn: { endpointNumber: 1 },
      bulkOut: { endpointNumber: 2 },
      interruptIn: { endpointNumber: 3 },
    });
  });

  it('by the interface name "MTP" on a vendor-class interface; the class match wins when both exist', () => {
    const vendor = {
      ...MTP_ALT,
      interfaceClass: 0xff,
      interfaceSubclass: 0xff,
      interfaceProtocol: 0,
      interfaceName: ' mtp ',
    };
    expect(findMtpInterface(new FakeNativeDevice([[vendor]]))?.interfaceNumber).toBe(0);
    expect(findMtpInterface(new FakeNativeDevice([[vendor], [MTP_ALT]]))?.interfaceNumber).toBe(1);
  });

  it('none without an MTP interface, or without bulk endpoints, or when descriptors cannot be read', () => {
    expect(findMtpInterface(new FakeNativeDevice([[NCM_ALT]]))).toBeNull();
    expect(findMtpInterface(new FakeNativeDevice([[{ ...MTP_ALT, endpoints: [] }]]))).toBeNull();
    const broken = new FakeNativeDevice();
    Object.defineProperty(broken, 'configurations', {
      get: () => {
        throw new Error('open error');
      },
    });
    expect(findMtpInterface(broken)).toBeNull();
  });
});

describe('openUsbMtpPipe over a fake native device', () => {
  it('opens, detaches the kernel driver where asked, claims the interface; close undoes it', async () => {
    const device = new FakeNativeDevice([[NCM_ALT], [MTP_ALT]]);
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: true });
    expect(pipe.maxPacketSize).toBe(512);
    await pipe.close();
    expect(device.calls).toEqual([
      'open()',
      'detachKernelDriver(1)',
      'claimInterface(1)',
      'releaseInterface(1)',
      'attachKernelDriver(1)',
      'close()',
    ]);
  });

  it('a claim refused (another program, WPD on Windows) says who may hold it, takes nothing, closes the device', async () => {
    const device = new FakeNativeDevice();
    device.overrides.set('claimInterface', () => Promise.reject(new Error('claimInterface error: busy')));
    const error: unknown = await openUsbMtpPipe(device, { holders: () => ['gvfsd-mtp'] }).catch((e: unknown) => e);
    expect(isStorageUnreachable(error)).toBe(true);
    expect(device.calls).not.toContain('detachKernelDriver(0)');
    expect(device.calls.at(-1)).toBe('close()');
    if (process.platform === 'linux') {
      expect((error as StorageUnreachableError).explanation).toMatchObject({
        reason: 'other-program',
        holders: ['gvfsd-mtp'],
      });
      expect((error as Error).message).toMatch(/\(gvfsd-mtp\).*--take-over/);
    }
  });

  it.skipIf(process.platform !== 'linux')(
    'with consent (--take-over) it detaches the other driver, claims, and gives it back on close',
    async () => {
      const device = new FakeNativeDevice();
      let claims = 0;
      device.overrides.set('claimInterface', () =>
        ++claims === 1 ? Promise.reject(new Error('claimInterface error: busy')) : Promise.resolve(),
      );
      const pipe = await openUsbMtpPipe(device, { takeOver: true, holders: () => [] });
      await pipe.close();
      expect(device.calls).toEqual([
        'open()',
        'claimInterface(0)',
        'detachKernelDriver(0)',
        'claimInterface(0)',
        'releaseInterface(0)',
        'attachKernelDriver(0)',
        'close()',
      ]);
    },
  );

  it('the device cannot be opened for lack of permission: says so, names the udev rule', async () => {
    const device = new FakeNativeDevice();
    device.overrides.set('open', () =>
      Promise.reject(new Error('open error: Access denied (insufficient permissions)')),
    );
    const error: unknown = await openUsbMtpPipe(device).catch((e: unknown) => e);
    expect(isStorageUnreachable(error)).toBe(true);
    expect((error as StorageUnreachableError).explanation.reason).toBe('no-permission');
  });

  it('maps transfers and class requests onto the right endpoints and setup packets', async () => {
    const device = new FakeNativeDevice([[MTP_ALT]], createSimMtpPipe(new SimStorageTree()));
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    await pipe.writeOut(new Uint8Array(4), 50).catch(() => undefined);
    await pipe.cancelRequest(0x0102, 50);
    await pipe.getDeviceStatus(50);
    await pipe.resetDevice(50);
    await pipe.clearHalt('in', 50);
    expect(device.calls.slice(2)).toEqual([
      'nativeTransferOut(2, 50, [4])',
      'nativeControlTransferOut({"requestType":"class","recipient":"interface","request":100,"value":0,"index":0}, 50, [6])',
      'nativeControlTransferIn({"requestType":"class","recipient":"interface","request":103,"value":0,"index":0}, 50, 20)',
      'nativeControlTransferOut({"requestType":"class","recipient":"interface","request":102,"value":0,"index":0}, 50, [0])',
      'clearHalt("in", 1)',
    ]);
  });

  it('null from transferIn is a stall, a short write an error, a disconnect sticks', async () => {
    const device = new FakeNativeDevice();
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    device.overrides.set('nativeTransferIn', () => Promise.resolve(null));
    await expect(pipe.readIn(512, 10)).rejects.toMatchObject({ kind: 'stall' });
    device.overrides.set('nativeTransferOut', () => Promise.resolve(2));
    await expect(pipe.writeOut(new Uint8Array(4), 10)).rejects.toMatchObject({ kind: 'io' });
    device.overrides.set('nativeTransferOut', () => Promise.reject(new Error('transferOut error: Disconnected')));
    await expect(pipe.writeOut(new Uint8Array(4), 10)).rejects.toMatchObject({
      kind: 'disconnected',
      disconnected: true,
    });
    const calls = device.calls.length;
    await expect(pipe.readIn(512, 10)).rejects.toMatchObject({ kind: 'disconnected' });
    expect(device.calls.length).toBe(calls);
  });

  it('a native call that never returns is given up after its timeout plus a guard', async () => {
    const device = new FakeNativeDevice();
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false, guardMs: 20 });
    device.overrides.set('nativeTransferIn', () => new Promise(() => undefined));
    await expect(pipe.readIn(512, 10)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('closing ends calls still waiting on the device at once', async () => {
    const device = new FakeNativeDevice();
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    device.overrides.set('nativeTransferIn', () => new Promise(() => undefined));
    const pending = pipe.readIn(512, 60_000);
    await pipe.close();
    await expect(pending).rejects.toMatchObject({ kind: 'closed' });
  });

  it('events: a timed-out interrupt read is "no event"; a missing endpoint is "unsupported"', async () => {
    const device = new FakeNativeDevice([[MTP_ALT]], createSimMtpPipe(new SimStorageTree()));
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    expect(await pipe.readEvent(10)).toBeNull();
    device.overrides.set('nativeTransferIn', () => Promise.reject(new Error('transferIn error: endpoint not found')));
    await expect(pipe.readEvent(10)).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('carries a whole MTP session: node-usb adapter on top of the simulated device', async () => {
    const tree = new SimStorageTree();
    tree.addFile('Documents/a.txt', 'via usb-pipe');
    const sim = createSimMtpPipe(tree, { serialNumber: 'USB1' });
    const device = new FakeNativeDevice([[NCM_ALT], [MTP_ALT]], sim);
    const storage = await MtpStorage.open(await openUsbMtpPipe(device, { detachKernelDriver: false }), {
      timeoutMs: 500,
      eventPollMs: 50,
    });
    expect(storage.deviceInfo.serialNumber).toBe('USB1');
    expect((await storage.list('Internal Storage/Documents')).map((e) => e.name)).toEqual(['a.txt']);
    await storage.close();
    expect(sim.sim.violations).toEqual([]);
  });
});

describe('a USB stack that cannot read events', () => {
  it('the session notes it, and waitFor still finds the file by polling', async () => {
    const tree = new SimStorageTree();
    const sim = createSimMtpPipe(tree);
    const device = new FakeNativeDevice(
      [[{ ...MTP_ALT, endpoints: MTP_ALT.endpoints.filter((e) => e.type === 'bulk') }]],
      sim,
    );
    const storage = await MtpStorage.open(await openUsbMtpPipe(device, { detachKernelDriver: false }), {
      timeoutMs: 500,
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(storage.session.eventsAvailable).toBe(false);
    setTimeout(() => tree.addFile('Documents/AutopilotDiagnostics.zip', 'PK'), 30);
    const found = await storage.waitFor('Internal Storage/Documents/AutopilotDiagnostics.zip', {
      timeoutMs: 2000,
      pollMs: 20,
    });
    expect(found.kind).toBe('file');
    await storage.close();
  });
});

describe('error classification and device specs', () => {
  it.each([
    ['transferIn error: Disconnected', 'disconnected'],
    ['LIBUSB_ERROR_NO_DEVICE', 'disconnected'],
    // A transfer cut by the unplug itself ends with a protocol error before the device is reported gone.
    ['transferIn error: EPROTO', 'disconnected'],
    ['LIBUSB_TRANSFER_ERROR (EPROTO, -71)', 'disconnected'],
    ['transferOut error: ESHUTDOWN', 'disconnected'],
    ['transferOut error: Stall', 'stall'],
    ['LIBUSB_ERROR_PIPE', 'stall'],
    ['transferIn error: Cancelled', 'timeout'],
    ['LIBUSB_ERROR_TIMEOUT', 'timeout'],
    ['transferIn error: endpoint not found', 'unsupported'],
    ['controlTransferIn error: invalid state', 'closed'],
    ['something else', 'io'],
  ])('%s -> %s', (text, kind) => {
    expect(classify(new Error(text), 'x').kind).toBe(kind);
  });
});

describe('interface discovery: the bench and the pipe agree', () => {
  const alt = (over: Partial<typeof MTP_ALT>) => ({ ...MTP_ALT, ...over });
  it.each([
    { what: 'Still Image class 6/1/1, unnamed', a: alt({ interfaceName: null }), mtp: true },
    {
      what: 'vendor class named exactly "MTP"',
      a: alt({ interfaceClass: 0xff, interfaceSubclass: 0xff, interfaceProtocol: 0 }),
      mtp: true,
    },
    {
      what: 'vendor class named "Android MTP Device"',
      a: alt({
        interfaceClass: 0xff,
        interfaceSubclass: 0x42,
        interfaceProtocol: 1,
        interfaceName: 'Android MTP Device',
      }),
      mtp: true,
    },
    {
      what: 'Still Image class named "mtp interface" in lower case',
      a: alt({ interfaceClass: 0x06, interfaceName: 'mtp interface' }),
      mtp: true,
    },
    {
      what: 'vendor class with another name',
      a: alt({ interfaceClass: 0xff, interfaceName: 'ADB Interface' }),
      mtp: false,
    },
  ])('$what: MTP is $mtp on both sides', ({ a, mtp }) => {
    const device = new FakeNativeDevice([[a]]);
    expect(findMtpInterface(device) !== null).toBe(mtp);
    const descriptor = {
      number: 0,
      alternate: a.alternateSetting,
      classCode: a.interfaceClass,
      subclassCode: a.interfaceSubclass,
      protocolCode: a.interfaceProtocol,
      name: a.interfaceName ?? null,
      endpoints: [],
    };
    expect(isMtpInterface(descriptor)).toBe(mtp);
  });

  it('a function named only in its Microsoft OS descriptors is found by probing them once the device is open', async () => {
    const hidden = alt({ interfaceClass: 0xff, interfaceSubclass: 0xff, interfaceProtocol: 0, interfaceName: null });
    const device = new FakeNativeDevice([[NCM_ALT], [hidden]]);
    const msft = Buffer.concat([Buffer.from([0x12, 0x03]), Buffer.from('MSFT100', 'utf16le'), Buffer.from([0xfe, 0])]);
    const compat = Buffer.alloc(16 + 24);
    compat.writeUInt32LE(40, 0);
    compat.writeUInt16LE(0x0100, 4);
    compat.writeUInt16LE(4, 6);
    compat[8] = 1;
    compat[16] = 1; // bFirstInterfaceNumber
    compat[17] = 1;
    compat.write('MTP', 18, 'latin1');
    device.overrides.set('nativeControlTransferIn', (setup) => {
      const s = setup as { requestType: string; request: number; value: number; index: number };
      if (s.requestType === 'standard' && s.request === 6 && s.value === 0x03ee) return Promise.resolve(msft);
      if (s.requestType === 'vendor' && s.request === 0xfe && s.index === 4) return Promise.resolve(compat);
      return Promise.reject(new Error('LIBUSB_ERROR_PIPE'));
    });
    expect(findMtpInterface(device)).toBeNull();
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    expect(device.calls).toContain('claimInterface(1)');
    await pipe.close();
  });

  it('selects the configuration and the alternate setting the MTP interface lives in', async () => {
    const device = new FakeNativeDevice([[NCM_ALT, alt({ alternateSetting: 1 })]]);
    device.configurations = [
      { configurationValue: 1, interfaces: [{ interfaceNumber: 0, alternates: [NCM_ALT] }] },
      {
        configurationValue: 2,
        interfaces: [{ interfaceNumber: 0, alternates: [NCM_ALT, alt({ alternateSetting: 1 })] }],
      },
    ];
    const pipe = await openUsbMtpPipe(device, { detachKernelDriver: false });
    const order = device.calls.map((c) => c.split('(')[0]);
    expect(device.calls).toContain('selectConfiguration(2)');
    expect(device.calls).toContain('selectAlternateInterface(0, 1)');
    expect(order.indexOf('selectConfiguration')).toBeLessThan(order.indexOf('claimInterface'));
    expect(order.indexOf('claimInterface')).toBeLessThan(order.indexOf('selectAlternateInterface'));
    await pipe.close();
  });

  it('a device that stalls Device Reset over a session left open gets a USB port reset (device.reset())', async () => {
    const sim = createSimMtpPipe(new SimStorageTree(), { faults: ['session-open', 'reset-stalls'] });
    const device = new FakeNativeDevice([[MTP_ALT]], sim);
    const storage = await MtpStorage.open(await openUsbMtpPipe(device, { detachKernelDriver: false }), {
      timeoutMs: 1000,
      events: false,
    });
    expect(device.calls).toContain('reset()');
    expect((await storage.list('')).map((e) => e.name)).toEqual(['Internal Storage']);
    expect(sim.sim.violations).toEqual([]);
    await storage.close();
  });
});
