import type { NativeDeviceFields, NativeUsb, NativeUsbDevice, NativeUsbEmitter } from '../core/devices/usb-source.ts';
import type { UsbDescriptor } from '../core/devices/descriptor.ts';
import { CLASS_REQUEST } from '../core/mtp/codes.ts';
import { decodeCancelRequest, encodeDeviceStatus, type BulkPipe } from '../core/mtp/pipe.ts';
import type { SimDevice } from './sim-device.ts';
import type { SimDeviceFunctions } from './sim-functions.ts';

type Setup = Parameters<NativeUsbDevice['nativeControlTransferIn']>[0];

/** What the binding needs of the simulated bus. */
export interface SimNativeBusSide {
  list(): SimDevice[];
  functionsOf(simId: string): SimDeviceFunctions | null;
}

/**
 * The simulated bus shown the way node-usb's native binding shows a real one: devices with their descriptors,
 * hot-plug callbacks, and transfers on endpoints that reach the simulated MTP responder. The station's node-usb
 * adapter (NodeUsbSource) runs over it unchanged, so descriptor reading, interface claiming and the MTP pipe are
 * the production code in training mode and in every test.
 */
export class SimNativeUsb {
  private readonly bus: SimNativeBusSide;
  private readonly current = new Map<string, PipeBackedNativeDevice>();
  private onAttach: ((d: NativeUsbDevice) => void) | null = null;
  private onDetach: ((handle: string) => void) | null = null;
  private enumerations = 0;

  constructor(bus: SimNativeBusSide) {
    this.bus = bus;
  }

  /** The simulator calls this when a device comes on the bus (plugged, powered on, re-enumerated). */
  attached(d: SimDevice): void {
    this.current.get(d.simId)?.leave();
    // A device in flashing mode shows no MTP interface; a look-alike has no functions behind it at all.
    const fns = d.state.mode === 'normal' ? this.bus.functionsOf(d.simId) : null;
    const native = new PipeBackedNativeDevice(
      nativeFieldsOf(d, ++this.enumerations),
      fns ? () => fns.openPipe() : null,
      // ':storage-owned': another program (a desktop MTP handler) holds the interface, as on a real PC.
      d.faults.includes('storage-owned'),
    );
    this.current.set(d.simId, native);
    this.onAttach?.(native);
  }

  /** The simulator calls this when a device leaves the bus. */
  detached(d: SimDevice): void {
    const native = this.current.get(d.simId);
    if (!native) return;
    this.current.delete(d.simId);
    native.leave();
    this.onDetach?.(native.handle);
  }

  /** The object NodeUsbSource loads in place of `usb/index.js`. */
  binding(): NativeUsb {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Emitter class below reaches back to this bus
    const self = this;
    return {
      nativeGetDevices: () =>
        Promise.resolve(
          self.bus
            .list()
            .filter((d) => d.onBus)
            .map((d) => self.current.get(d.simId))
            .filter((d): d is PipeBackedNativeDevice => d !== undefined),
        ),
      Emitter: class implements NativeUsbEmitter {
        addAttach(callback: (d: NativeUsbDevice) => void) {
          self.onAttach = callback;
          return Promise.resolve();
        }
        removeAttach() {
          self.onAttach = null;
          return Promise.resolve();
        }
        addDetach(callback: (handle: string) => void) {
          self.onDetach = callback;
          return Promise.resolve();
        }
        removeDetach() {
          self.onDetach = null;
          return Promise.resolve();
        }
      },
    };
  }
}

/** "9-1.4" -> bus "9", ports [1, 4], as node-usb reports a device behind a hub. */
function busAndPorts(portPath: string): { bus: string; ports: number[] } {
  const [bus, chain] = portPath.split('-');
  return { bus: bus ?? portPath, ports: chain ? chain.split('.').map(Number) : [] };
}

function versionParts(text: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = text.split('.').map((n) => Number(n) || 0);
  return [a, b, c];
}

function configurationsOf(d: UsbDescriptor): USBConfiguration[] {
  return d.configurations.map((c) => {
    const numbers = [...new Set(c.interfaces.map((i) => i.number))];
    const interfaces = numbers.map((number): USBInterface => {
      const alternates = c.interfaces
        .filter((i) => i.number === number)
        .map((i): USBAlternateInterface => ({
          alternateSetting: i.alternate,
          interfaceClass: i.classCode,
          interfaceSubclass: i.subclassCode,
          interfaceProtocol: i.protocolCode,
          interfaceName: i.name,
          endpoints: i.endpoints
            .filter((e) => e.type !== 'control')
            .map((e) => ({
              endpointNumber: e.number,
              direction: e.direction,
              type: e.type as USBEndpointType,
              packetSize: e.maxPacketSize,
            })),
        }));
      return { interfaceNumber: number, alternate: alternates[0]!, alternates, claimed: false };
    });
    return { configurationValue: c.value, configurationName: c.name, interfaces };
  });
}

const gone = () => new Error('LIBUSB_ERROR_NO_DEVICE: No such device (it may have been disconnected)');

function nativeFieldsOf(device: SimDevice, enumeration: number): NativeDeviceFields {
  const d = device.descriptor();
  const [deviceVersionMajor, deviceVersionMinor, deviceVersionSubminor] = versionParts(d.deviceVersion);
  const [usbVersionMajor, usbVersionMinor, usbVersionSubminor] = versionParts(d.usbVersion);
  return {
    vendorId: d.vendorId,
    productId: d.productId,
    deviceClass: d.deviceClass,
    deviceSubclass: d.deviceSubclass,
    deviceProtocol: d.deviceProtocol,
    deviceVersionMajor,
    deviceVersionMinor,
    deviceVersionSubminor,
    usbVersionMajor,
    usbVersionMinor,
    usbVersionSubminor,
    ...busAndPorts(d.portPath),
    address: (enumeration % 126) + 1,
    handle: `${device.simId}#${enumeration}`,
    manufacturerName: d.manufacturer,
    productName: d.product,
    serialNumber: d.serialNumber,
    configurations: configurationsOf(d),
  };
}

/**
 * A native USB device whose endpoints reach a BulkPipe (the simulated MTP responder): transfers on the interrupt
 * IN endpoint are MTP events, the others bulk data; class requests Cancel, Reset and GetDeviceStatus go to the
 * pipe's own calls. `openPipe` null: a device that cannot be opened (nothing behind it).
 */
export class PipeBackedNativeDevice implements NativeUsbDevice {
  readonly vendorId: number;
  readonly productId: number;
  readonly deviceClass: number;
  readonly deviceSubclass: number;
  readonly deviceProtocol: number;
  readonly deviceVersionMajor: number;
  readonly deviceVersionMinor: number;
  readonly deviceVersionSubminor: number;
  readonly usbVersionMajor: number;
  readonly usbVersionMinor: number;
  readonly usbVersionSubminor: number;
  readonly bus: string;
  readonly address: number;
  readonly ports: number[];
  readonly handle: string;
  readonly manufacturerName: string | null;
  readonly productName: string | null;
  readonly serialNumber: string | null;
  readonly configurations: USBConfiguration[];
  private readonly openPipe: (() => BulkPipe) | null;
  private readonly eventEndpoints: Set<number>;
  private pipe: BulkPipe | null = null;
  private present = true;

  /** Another program's driver holds the MTP interface: claims fail as busy until it is detached. */
  private ownedByOther: boolean;

  constructor(fields: NativeDeviceFields, openPipe: (() => BulkPipe) | null, ownedByOther = false) {
    this.ownedByOther = ownedByOther;
    this.vendorId = fields.vendorId;
    this.productId = fields.productId;
    this.deviceClass = fields.deviceClass;
    this.deviceSubclass = fields.deviceSubclass;
    this.deviceProtocol = fields.deviceProtocol;
    this.deviceVersionMajor = fields.deviceVersionMajor;
    this.deviceVersionMinor = fields.deviceVersionMinor;
    this.deviceVersionSubminor = fields.deviceVersionSubminor;
    this.usbVersionMajor = fields.usbVersionMajor;
    this.usbVersionMinor = fields.usbVersionMinor;
    this.usbVersionSubminor = fields.usbVersionSubminor;
    this.bus = fields.bus;
    this.address = fields.address;
    this.ports = fields.ports;
    this.handle = fields.handle;
    this.manufacturerName = fields.manufacturerName;
    this.productName = fields.productName;
    this.serialNumber = fields.serialNumber;
    this.configurations = fields.configurations;
    this.openPipe = openPipe;
    this.eventEndpoints = new Set(
      fields.configurations.flatMap((c) =>
        c.interfaces.flatMap((i) =>
          i.alternates.flatMap((a) =>
            a.endpoints.filter((e) => e.type === 'interrupt' && e.direction === 'in').map((e) => e.endpointNumber),
          ),
        ),
      ),
    );
  }

  get opened(): boolean {
    return this.pipe !== null;
  }

  /** Off the bus: every later call fails as node-usb's do for an unplugged device. */
  leave(): void {
    this.present = false;
    this.pipe = null;
  }

  open(): Promise<void> {
    if (!this.present) return Promise.reject(gone());
    if (!this.openPipe) return Promise.reject(new Error('LIBUSB_ERROR_ACCESS: the device offers nothing to open'));
    this.pipe ??= this.openPipe();
    return Promise.resolve();
  }

  async close(): Promise<void> {
    const pipe = this.pipe;
    this.pipe = null;
    await pipe?.close();
  }

  claimInterface(_n: number): Promise<void> {
    if (!this.present) return Promise.reject(gone());
    if (this.ownedByOther) return Promise.reject(new Error('LIBUSB_ERROR_BUSY'));
    return Promise.resolve();
  }
  releaseInterface(_n: number): Promise<void> {
    return Promise.resolve();
  }
  detachKernelDriver(_n: number): Promise<void> {
    // Usually no kernel driver holds a simulated interface: node-usb reports that as an error, which callers ignore.
    if (!this.ownedByOther) return Promise.reject(new Error('LIBUSB_ERROR_NOT_FOUND'));
    this.ownedByOther = false;
    return Promise.resolve();
  }
  attachKernelDriver(_n: number): Promise<void> {
    return Promise.resolve();
  }

  private live(): BulkPipe {
    if (!this.present || !this.pipe) throw gone();
    return this.pipe;
  }

  async nativeTransferIn(endpointNumber: number, timeout: number, length: number): Promise<Uint8Array | null> {
    const pipe = this.live();
    if (this.eventEndpoints.has(endpointNumber)) {
      const event = await pipe.readEvent(timeout);
      if (!event) throw new Error('LIBUSB_TRANSFER_TIMED_OUT: transfer timed out');
      return event;
    }
    return pipe.readIn(length, timeout);
  }

  async nativeTransferOut(_endpointNumber: number, timeout: number, data: Uint8Array): Promise<number> {
    await this.live().writeOut(data, timeout);
    return data.length;
  }

  async nativeControlTransferIn(setup: Setup, timeout: number, _length: number): Promise<Uint8Array | null> {
    const pipe = this.live();
    if (setup.request !== CLASS_REQUEST.GetDeviceStatus) return null;
    return encodeDeviceStatus(await pipe.getDeviceStatus(timeout));
  }

  async nativeControlTransferOut(setup: Setup, timeout: number, data?: Uint8Array | null): Promise<number> {
    const pipe = this.live();
    if (setup.request === CLASS_REQUEST.Cancel) {
      await pipe.cancelRequest(decodeCancelRequest(data ?? new Uint8Array()) ?? 0, timeout);
    } else if (setup.request === CLASS_REQUEST.DeviceReset) {
      await pipe.resetDevice(timeout);
    }
    return data?.length ?? 0;
  }

  async clearHalt(direction: USBDirection, _endpointNumber: number): Promise<void> {
    await this.live().clearHalt(direction, 1000);
  }
}
