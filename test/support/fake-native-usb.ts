import type { NativeUsb, NativeUsbDevice } from '../../src-main/core/devices/usb-source.ts';

/** A stand-in for node-usb 3's native binding: a bus whose devices the test plugs and unplugs. */
export class FakeNativeUsb {
  devices: NativeUsbDevice[] = [];
  private attach: ((d: NativeUsbDevice) => void) | null = null;
  private detach: ((handle: string) => void) | null = null;
  failGetDevices: Error | null = null;
  failHotplug: Error | null = null;

  module(): NativeUsb {
    return nativeModuleFor(this);
  }

  /** Called by the fake module. */
  setAttach(cb: ((d: NativeUsbDevice) => void) | null): void {
    this.attach = cb;
  }

  setDetach(cb: ((handle: string) => void) | null): void {
    this.detach = cb;
  }

  plug(d: NativeUsbDevice): void {
    this.devices.push(d);
    this.attach?.(d);
  }

  unplug(handle: string): void {
    this.devices = this.devices.filter((d) => d.handle !== handle);
    this.detach?.(handle);
  }
}

function nativeModuleFor(self: FakeNativeUsb): NativeUsb {
  return {
    nativeGetDevices: () =>
      self.failGetDevices ? Promise.reject(self.failGetDevices) : Promise.resolve([...self.devices]),
    Emitter: class {
      addAttach(cb: (d: NativeUsbDevice) => void) {
        if (self.failHotplug) return Promise.reject(self.failHotplug);
        self.setAttach(cb);
        return Promise.resolve();
      }
      removeAttach() {
        self.setAttach(null);
        return Promise.resolve();
      }
      addDetach(cb: (handle: string) => void) {
        self.setDetach(cb);
        return Promise.resolve();
      }
      removeDetach() {
        self.setDetach(null);
        return Promise.resolve();
      }
    },
  };
}

export function fakeNativeDevice(over: Partial<NativeUsbDevice> & { handle: string }): NativeUsbDevice {
  return {
    vendorId: 0x045e,
    productId: 0x0652,
    deviceClass: 0,
    deviceSubclass: 0,
    deviceProtocol: 0,
    deviceVersionMajor: 1,
    deviceVersionMinor: 0,
    deviceVersionSubminor: 0,
    usbVersionMajor: 2,
    usbVersionMinor: 0,
    usbVersionSubminor: 0,
    bus: '1',
    address: 5,
    ports: [4, 2],
    manufacturerName: 'Microsoft',
    productName: 'HoloLens',
    serialNumber: 'REAL001',
    configurations: [
      {
        configurationValue: 1,
        interfaces: [
          {
            interfaceNumber: 0,
            alternates: [
              {
                alternateSetting: 0,
                interfaceClass: 6,
                interfaceSubclass: 1,
                interfaceProtocol: 1,
                interfaceName: 'MTP',
                endpoints: [
                  { endpointNumber: 1, direction: 'in', type: 'bulk', packetSize: 512 },
                  { endpointNumber: 2, direction: 'out', type: 'bulk', packetSize: 512 },
                  { endpointNumber: 3, direction: 'in', type: 'interrupt', packetSize: 28 },
                ],
              },
            ],
          },
        ],
      },
    ],
    ...over,
  };
}
