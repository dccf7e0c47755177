import type { NativeUsb, NativeUsbDevice, NativeUsbEmitter } from '../../src-main/core/devices/usb-source.ts';
import type { BulkPipe } from '../../src-main/core/mtp/pipe.ts';
import type { NativeDeviceFields } from '../../src-main/core/devices/usb-source.ts';
import { PipeBackedNativeDevice } from '../../src-main/sim/native-usb.ts';

/**
 * A hand-written stand-in for node-usb 3's native binding (not a recording of one): a bus whose devices the test
 * plugs and unplugs. Its types are node-usb's own (usb/index.d.ts, through NativeUsb), so a change in the
 * binding breaks the build here. The simulator's bus (src-main/sim/native-usb.ts) is the same shape.
 */
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
    Emitter: class implements NativeUsbEmitter {
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

/**
 * A native device with a HoloLens's descriptors (MTP interface with bulk and event endpoints); its transfers reach
 * `pipe` when given (a simulated responder), else it cannot be opened.
 */
export function fakeNativeDevice(
  over: Partial<NativeDeviceFields> & { handle: string },
  pipe: (() => BulkPipe) | null = null,
): PipeBackedNativeDevice {
  const mtp: USBAlternateInterface = {
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
  };
  const fields: NativeDeviceFields = {
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
        configurationName: null,
        interfaces: [{ interfaceNumber: 0, alternate: mtp, alternates: [mtp], claimed: false }],
      },
    ],
    ...over,
  };
  return new PipeBackedNativeDevice(fields, pipe);
}

export type { NativeUsbDevice };
