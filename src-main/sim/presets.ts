import type { SimPreset } from '../shared/contract/sim.ts';
import type { InterfaceDescriptor, UsbDescriptor } from '../core/devices/descriptor.ts';

/**
 * USB descriptors of each simulated device, per model and mode. Where no public VID:PID exists (HoloLens 2,
 * flashing modes) the simulator uses product IDs from a private placeholder range (0xFxxx) and lets the
 * station's descriptor heuristics do their work, exactly as they must with a real device.
 */
export const PLACEHOLDER_PID = {
  hl2: 0xf0a2,
  hl2Recovery: 0xf0b2,
  hl1Recovery: 0xf0b1,
  otherMs: 0xf0c0,
} as const;

export interface SimModelState {
  model: 'hololens1' | 'hololens2' | 'other';
  mode: 'normal' | 'flashing';
}

const bulk = (number: number, direction: 'in' | 'out', maxPacketSize = 512) => ({
  number,
  direction,
  type: 'bulk' as const,
  maxPacketSize,
});
const interrupt = (number: number) => ({
  number,
  direction: 'in' as const,
  type: 'interrupt' as const,
  maxPacketSize: 28,
});

function mtpInterface(n: number): InterfaceDescriptor {
  return {
    number: n,
    alternate: 0,
    classCode: 0x06,
    subclassCode: 0x01,
    protocolCode: 0x01,
    name: 'MTP',
    endpoints: [bulk(1, 'in'), bulk(2, 'out'), interrupt(3)],
  };
}

function ncmInterfaces(n: number): InterfaceDescriptor[] {
  return [
    {
      number: n,
      alternate: 0,
      classCode: 0x02,
      subclassCode: 0x0d,
      protocolCode: 0x00,
      name: 'UsbNcm',
      endpoints: [interrupt(4)],
    },
    {
      number: n + 1,
      alternate: 1,
      classCode: 0x0a,
      subclassCode: 0x00,
      protocolCode: 0x01,
      name: null,
      endpoints: [bulk(5, 'in'), bulk(6, 'out')],
    },
  ];
}

function vendorInterface(n: number, name: string | null): InterfaceDescriptor {
  return {
    number: n,
    alternate: 0,
    classCode: 0xff,
    subclassCode: 0xff,
    protocolCode: 0x00,
    name,
    endpoints: [bulk(1, 'in'), bulk(1, 'out')],
  };
}

interface PresetShape {
  vendorId: number;
  productId: number;
  manufacturer: string | null;
  product: string | null;
  usbVersion: string;
  interfaces: InterfaceDescriptor[];
  model: SimModelState['model'];
  mode: SimModelState['mode'];
  /** Whether the preset starts at the first setup page (OOBE). */
  oobe: boolean;
  serialPrefix: string;
}

const SHAPES: Record<SimPreset, PresetShape> = {
  hl1: {
    vendorId: 0x045e,
    productId: 0x0652,
    manufacturer: 'Microsoft',
    product: 'HoloLens',
    usbVersion: '2.0.0',
    interfaces: [mtpInterface(0), vendorInterface(1, 'IpOverUsb')],
    model: 'hololens1',
    mode: 'normal',
    oobe: false,
    serialPrefix: 'SIMHL1',
  },
  hl2: {
    vendorId: 0x045e,
    productId: PLACEHOLDER_PID.hl2,
    manufacturer: 'Microsoft',
    product: 'HoloLens 2',
    usbVersion: '3.1.0',
    interfaces: [mtpInterface(0), ...ncmInterfaces(1)],
    model: 'hololens2',
    mode: 'normal',
    oobe: false,
    serialPrefix: 'SIMHL2',
  },
  'hl2-oobe': {
    vendorId: 0x045e,
    productId: PLACEHOLDER_PID.hl2,
    manufacturer: 'Microsoft',
    product: 'HoloLens 2',
    usbVersion: '3.1.0',
    interfaces: [mtpInterface(0), ...ncmInterfaces(1)],
    model: 'hololens2',
    mode: 'normal',
    oobe: true,
    serialPrefix: 'SIMHL2O',
  },
  'hl1-flashing': {
    vendorId: 0x045e,
    productId: PLACEHOLDER_PID.hl1Recovery,
    manufacturer: 'Microsoft',
    product: 'HoloLens (1st gen) Recovery',
    usbVersion: '2.0.0',
    interfaces: [vendorInterface(0, null)],
    model: 'hololens1',
    mode: 'flashing',
    oobe: false,
    serialPrefix: 'SIMHL1F',
  },
  'hl2-flashing': {
    vendorId: 0x045e,
    productId: PLACEHOLDER_PID.hl2Recovery,
    manufacturer: 'Microsoft',
    product: 'Microsoft HoloLens Recovery',
    usbVersion: '2.0.0',
    interfaces: [vendorInterface(0, null)],
    model: 'hololens2',
    mode: 'flashing',
    oobe: false,
    serialPrefix: 'SIMHL2F',
  },
  'qualcomm-edl': {
    vendorId: 0x05c6,
    productId: 0x9008,
    manufacturer: 'Qualcomm CDMA Technologies MSM',
    product: 'QUSB_BULK_CID:0402_SN:SIM',
    usbVersion: '2.0.0',
    interfaces: [vendorInterface(0, null)],
    model: 'hololens2',
    mode: 'flashing',
    oobe: false,
    serialPrefix: 'SIMEDL',
  },
  'wmr-sensors': {
    vendorId: 0x045e,
    productId: 0x0659,
    manufacturer: 'Microsoft',
    product: 'HoloLens Sensors',
    usbVersion: '3.0.0',
    interfaces: [
      {
        number: 0,
        alternate: 0,
        classCode: 0x03,
        subclassCode: 0,
        protocolCode: 0,
        name: null,
        endpoints: [interrupt(1)],
      },
      vendorInterface(1, null),
    ],
    model: 'other',
    mode: 'normal',
    oobe: false,
    serialPrefix: 'SIMWMR',
  },
  'other-ms': {
    vendorId: 0x045e,
    productId: PLACEHOLDER_PID.otherMs,
    manufacturer: 'Microsoft',
    product: 'USB Device',
    usbVersion: '2.0.0',
    interfaces: [vendorInterface(0, null)],
    model: 'other',
    mode: 'normal',
    oobe: false,
    serialPrefix: 'SIMMS',
  },
};

export function presetShape(preset: SimPreset): PresetShape {
  return SHAPES[preset];
}

/** Stable serial numbers: the n-th device of a preset on a command line always gets the same one. */
export function simSerial(preset: SimPreset, ordinal: number): string {
  return `${SHAPES[preset].serialPrefix}${String(ordinal).padStart(4, '0')}`;
}

/** Where the n-th simulated device sits: bus 9 behind 7-port hubs, as a warehouse bench would wire them. */
export function simPortPath(index: number): string {
  const hub = Math.floor(index / 7) + 1;
  const port = (index % 7) + 1;
  return `9-${hub}.${port}`;
}

/** The descriptor for a device of this model in this mode (a device re-enumerates when its mode changes). */
export function simDescriptor(
  base: SimPreset,
  mode: 'normal' | 'flashing',
  serialNumber: string,
  portPath: string,
): UsbDescriptor {
  const shape = SHAPES[shapeFor(base, mode)];
  const qualcommSerial = shape.vendorId === 0x05c6;
  return {
    key: portPath,
    vendorId: shape.vendorId,
    productId: shape.productId,
    deviceClass: 0,
    deviceSubclass: 0,
    deviceProtocol: 0,
    deviceVersion: '1.0.0',
    usbVersion: shape.usbVersion,
    manufacturer: shape.manufacturer,
    product: qualcommSerial ? `QUSB_BULK_CID:0402_SN:${serialNumber}` : shape.product,
    serialNumber: qualcommSerial ? null : serialNumber,
    portPath,
    configurations: [{ value: 1, name: null, interfaces: shape.interfaces.map((i) => ({ ...i })) }],
  };
}

/** Which descriptor set a device shows: a HoloLens in flashing mode shows its recovery identity. */
function shapeFor(base: SimPreset, mode: 'normal' | 'flashing'): SimPreset {
  const model = SHAPES[base].model;
  if (model === 'other') return base;
  if (mode === 'flashing') {
    if (base === 'qualcomm-edl' || base === 'hl2-flashing' || base === 'hl1-flashing') return base;
    return model === 'hololens1' ? 'hl1-flashing' : 'hl2-flashing';
  }
  if (base === 'hl2-oobe') return 'hl2-oobe';
  return model === 'hololens1' ? 'hl1' : 'hl2';
}
