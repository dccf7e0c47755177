// The binding's index.d.ts describes configurations with the WebUSB types.
/// <reference types="w3c-web-usb" />
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as NodeUsbBinding from 'usb/index.js';
import type { ConfigurationDescriptor, EndpointDescriptor, InterfaceDescriptor, UsbDescriptor } from './descriptor.ts';
import { readSysfsInterfaces } from './sysfs-interfaces.ts';
import { StationError } from '../../shared/errors.ts';
import { openUsbMtpPipe } from '../mtp/usb-pipe.ts';
import type { BulkPipe } from '../mtp/pipe.ts';
import type { DeviceSource, DeviceSourceListener, SourceState } from './source.ts';
import { say } from '../language.ts';

/**
 * The parts of node-usb 3.x's native binding (usb/index.js) this adapter and the MTP pipe use, taken from the
 * binding's own type definitions: a change in the binding breaks the build here, and in every stand-in for it
 * (the simulator's bus, the tests' fake), rather than at a bench. NativeDeviceFields is the descriptor side, what
 * node-usb reads without opening the device; NativeUsbDevice adds the calls.
 */
export type NativeDeviceFields = Pick<
  NodeUsbBinding.UsbDevice,
  | 'vendorId'
  | 'productId'
  | 'deviceClass'
  | 'deviceSubclass'
  | 'deviceProtocol'
  | 'deviceVersionMajor'
  | 'deviceVersionMinor'
  | 'deviceVersionSubminor'
  | 'usbVersionMajor'
  | 'usbVersionMinor'
  | 'usbVersionSubminor'
  | 'bus'
  | 'address'
  | 'ports'
  | 'handle'
  | 'manufacturerName'
  | 'productName'
  | 'serialNumber'
  | 'configurations'
>;
export type NativeUsbDevice = NativeDeviceFields &
  Pick<
    NodeUsbBinding.UsbDevice,
    | 'opened'
    | 'open'
    | 'close'
    | 'claimInterface'
    | 'releaseInterface'
    | 'detachKernelDriver'
    | 'attachKernelDriver'
    | 'nativeTransferIn'
    | 'nativeTransferOut'
    | 'nativeControlTransferIn'
    | 'nativeControlTransferOut'
    | 'clearHalt'
  >;
type NativeConfiguration = NativeUsbDevice['configurations'][number];
/** node-usb's hot-plug emitter, as the binding declares it, handing out devices as this adapter sees them. */
export interface NativeUsbEmitter {
  addAttach(callback: (device: NativeUsbDevice) => void): Promise<void>;
  removeAttach(): Promise<void>;
  addDetach(callback: (handle: string) => void): Promise<void>;
  removeDetach(): Promise<void>;
}
export interface NativeUsb {
  nativeGetDevices(): Promise<NativeUsbDevice[]>;
  Emitter: new () => NativeUsbEmitter;
}

// The real binding must offer everything NativeUsb asks for (checked by the compiler, never run).
export type RealBindingFits = typeof NodeUsbBinding extends NativeUsb ? true : never;
const realBindingFits: RealBindingFits = true;
void realBindingFits;

export interface NodeUsbSourceOptions {
  /** 'sim' when the binding is the simulator's bus (training mode): its devices are marked simulated. */
  kind?: 'usb' | 'sim';
  /** Loads the native module; injectable so tests can stand in for it. */
  load?: () => NativeUsb;
  /** Whether this machine has a USB bus at all. Default: /sys/bus/usb on Linux, assumed elsewhere. */
  hasBus?: () => boolean;
  /** Whether the technician agreed to take devices from other programs (asked at each open). Default never. */
  takeOver?: () => boolean;
}

function defaultLoad(): NativeUsb {
  const require = createRequire(import.meta.url);
  return require('usb/index.js') as NativeUsb;
}

function defaultHasBus(): boolean {
  return process.platform !== 'linux' || existsSync('/sys/bus/usb/devices');
}

/**
 * The real bus through node-usb 3.x. Where there is no USB subsystem (containers, CI) it says so as a state,
 * never by throwing: node-usb's own WebUSB wrapper would leak an unhandled rejection there, so this adapter
 * checks for a bus first and talks to the native binding with every promise handled.
 */
export class NodeUsbSource implements DeviceSource {
  readonly kind: 'usb' | 'sim';
  private current: SourceState = { available: false, detail: say('station:usb.notStarted') };
  private emitter: InstanceType<NativeUsb['Emitter']> | null = null;
  private readonly keysByHandle = new Map<string, string>();
  private readonly devicesByKey = new Map<string, NativeUsbDevice>();
  private readonly load: () => NativeUsb;
  private readonly hasBus: () => boolean;
  private readonly takeOver: () => boolean;

  constructor(options: NodeUsbSourceOptions = {}) {
    this.kind = options.kind ?? 'usb';
    this.load = options.load ?? defaultLoad;
    this.hasBus = options.hasBus ?? defaultHasBus;
    this.takeOver = options.takeOver ?? (() => false);
  }

  state(): SourceState {
    return this.current;
  }

  async start(listener: DeviceSourceListener): Promise<SourceState> {
    if (!this.hasBus()) {
      return this.set(listener, { available: false, detail: say('station:usb.noBus') });
    }
    let native: NativeUsb;
    try {
      native = this.load();
    } catch (error) {
      return this.set(listener, { available: false, detail: say('station:usb.noSupport', { reason: message(error) }) });
    }
    let devices: NativeUsbDevice[];
    try {
      devices = await native.nativeGetDevices();
    } catch (error) {
      return this.set(listener, {
        available: false,
        detail: say('station:usb.unreadable', { reason: message(error) }),
      });
    }
    for (const d of devices) this.announce(d, listener);
    try {
      const emitter = new native.Emitter();
      await emitter.addAttach((d) => {
        try {
          this.announce(d, listener);
        } catch {
          // A device that vanishes while its descriptors are read is simply not announced.
        }
      });
      await emitter.addDetach((handle) => {
        const key = this.keysByHandle.get(handle);
        if (key === undefined) return;
        this.keysByHandle.delete(handle);
        this.devicesByKey.delete(key);
        listener.detach(key);
      });
      this.emitter = emitter;
    } catch (error) {
      return this.set(listener, {
        available: true,
        detail: say('station:usb.noHotplug', { reason: message(error) }),
      });
    }
    return this.set(listener, { available: true, detail: say('station:usb.ready') });
  }

  async stop(): Promise<void> {
    const emitter = this.emitter;
    this.emitter = null;
    if (!emitter) return;
    await emitter.removeAttach().catch(() => undefined);
    await emitter.removeDetach().catch(() => undefined);
  }

  private announce(d: NativeUsbDevice, listener: DeviceSourceListener): void {
    const seenAt = performance.now();
    const descriptor = describeNativeDevice(d);
    this.keysByHandle.set(d.handle, descriptor.key);
    this.devicesByKey.set(descriptor.key, d);
    listener.attach({ descriptor, seenAt });
  }

  /** Claims the device's MTP interface through node-usb; takes it from another program only with consent. */
  openMtpPipe(key: string): Promise<BulkPipe> {
    const device = this.devicesByKey.get(key);
    if (!device) {
      return Promise.reject(
        new StationError(
          'mtp-unavailable',
          say('station:device.notOnBus.title'),
          say('station:device.notOnBus.message', { port: key }),
          { disconnected: true },
        ),
      );
    }
    return openUsbMtpPipe(device, { takeOver: this.takeOver() });
  }

  private set(listener: DeviceSourceListener, state: SourceState): SourceState {
    this.current = state;
    listener.state?.(state);
    return state;
  }
}

/**
 * The device's descriptors as far as they can be read. node-usb reads strings from what the OS already knows
 * where it can, and opens the device for the rest (and always for configurations); on Windows that fails for a
 * device whose driver is not WinUSB. Each part is read on its own, so one failure loses only that part, and what
 * failed is kept with the reason. Where configurations cannot be read, the OS's own view of the interfaces
 * (Linux sysfs) stands in, read without opening the device.
 */
export function describeNativeDevice(
  d: NativeUsbDevice,
  osInterfaces: (portPath: string) => InterfaceDescriptor[] | null = readSysfsInterfaces,
): UsbDescriptor {
  const portPath = portPathOf(d);
  const unreadable: string[] = [];
  const configurations = safeConfigurations(d, unreadable);
  let interfacesFrom: 'device' | 'os' = 'device';
  if (configurations.length === 0 && unreadable.length > 0) {
    const fromOs = safeOsInterfaces(osInterfaces, portPath);
    if (fromOs && fromOs.length > 0) {
      configurations.push({ value: 1, name: null, interfaces: fromOs });
      interfacesFrom = 'os';
    }
  }
  return {
    key: portPath,
    vendorId: d.vendorId,
    productId: d.productId,
    deviceClass: d.deviceClass,
    deviceSubclass: d.deviceSubclass,
    deviceProtocol: d.deviceProtocol,
    deviceVersion: `${d.deviceVersionMajor}.${d.deviceVersionMinor}.${d.deviceVersionSubminor}`,
    usbVersion: `${d.usbVersionMajor}.${d.usbVersionMinor}.${d.usbVersionSubminor}`,
    manufacturer: safeString('manufacturer', () => d.manufacturerName, unreadable),
    product: safeString('product', () => d.productName, unreadable),
    serialNumber: safeString('serial number', () => d.serialNumber, unreadable),
    portPath,
    configurations,
    ...(unreadable.length > 0 ? { unreadable } : {}),
    ...(interfacesFrom === 'os' ? { interfacesFrom } : {}),
  };
}

function safeOsInterfaces(
  read: (portPath: string) => InterfaceDescriptor[] | null,
  portPath: string,
): InterfaceDescriptor[] | null {
  try {
    return read(portPath);
  } catch {
    return null;
  }
}

/** node-usb 3 gives `bus` either as a bus number or already as Linux's "bus-port.port" name. */
export function portPathOf(d: Pick<NativeUsbDevice, 'bus' | 'ports' | 'address'>): string {
  const bus = String(d.bus);
  if (bus.includes('-')) return bus;
  if (d.ports.length === 0) return `${bus}-addr${d.address}`;
  return `${bus}-${d.ports.join('.')}`;
}

function safeString(what: string, read: () => string | null, unreadable: string[]): string | null {
  try {
    const v = read();
    return v && v.trim() ? v.trim() : null;
  } catch (error) {
    unreadable.push(`${what}: ${message(error)}`);
    return null;
  }
}

function safeConfigurations(d: NativeUsbDevice, unreadable: string[]): ConfigurationDescriptor[] {
  let configs: NativeConfiguration[];
  try {
    configs = d.configurations;
  } catch (error) {
    unreadable.push(`configurations: ${message(error)}`);
    return [];
  }
  return configs.map((c) => ({
    value: c.configurationValue,
    name: c.configurationName ?? null,
    interfaces: c.interfaces.flatMap((i) =>
      i.alternates.map((a) => ({
        number: i.interfaceNumber,
        alternate: a.alternateSetting,
        classCode: a.interfaceClass,
        subclassCode: a.interfaceSubclass,
        protocolCode: a.interfaceProtocol,
        name: a.interfaceName ?? null,
        endpoints: a.endpoints.map((e): EndpointDescriptor => ({
          number: e.endpointNumber,
          direction: e.direction,
          type: e.type === 'bulk' || e.type === 'interrupt' || e.type === 'isochronous' ? e.type : 'control',
          maxPacketSize: e.packetSize,
        })),
      })),
    ),
  }));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
