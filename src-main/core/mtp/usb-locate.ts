import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { portPathOf } from '../devices/usb-source.ts';
import { PipeError, type BulkPipe } from './pipe.ts';
import { openUsbMtpPipe, type NativeMtpDevice } from './usb-pipe.ts';

type LocatableDevice = NativeMtpDevice & {
  vendorId: number;
  productId: number;
  bus: string;
  address: number;
  ports: number[];
};

interface NativeUsbModule {
  nativeGetDevices(): Promise<LocatableDevice[]>;
}

/** "045e:0652" (vendor:product, hex) or a port path like "1-4.2". */
export type DeviceSpec = { vendorId: number; productId: number } | { portPath: string };

export function parseDeviceSpec(text: string): DeviceSpec | null {
  const t = text.trim();
  const ids = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(t);
  if (ids) return { vendorId: parseInt(ids[1]!, 16), productId: parseInt(ids[2]!, 16) };
  if (/^\d+-[\d.]+$/.test(t)) return { portPath: t };
  return null;
}

function loadUsb(): NativeUsbModule {
  return createRequire(import.meta.url)('usb/index.js') as NativeUsbModule;
}

/** Finds a device on the real bus and opens its MTP interface (the contract suite's real-device run). */
export async function openUsbMtpPipeFor(spec: DeviceSpec, load: () => NativeUsbModule = loadUsb): Promise<BulkPipe> {
  if (process.platform === 'linux' && !existsSync('/sys/bus/usb/devices')) {
    throw new PipeError('unsupported', 'No USB bus on this machine.');
  }
  const devices = await load().nativeGetDevices();
  const device = devices.find((d) =>
    'portPath' in spec
      ? portPathOf(d) === spec.portPath
      : d.vendorId === spec.vendorId && d.productId === spec.productId,
  );
  if (!device) throw new PipeError('disconnected', 'No such device on the USB bus.');
  return openUsbMtpPipe(device);
}
