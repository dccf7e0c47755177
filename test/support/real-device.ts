import type { AttachEvent } from '../../src-main/core/devices/source.ts';
import { NodeUsbSource } from '../../src-main/core/devices/usb-source.ts';
import type { BulkPipe } from '../../src-main/core/mtp/pipe.ts';

/** "045e:0652" (vendor:product, hex) or a port path like "1-4.2": how HOLOBENCH_MTP_DEVICE names a device. */
export type DeviceSpec = { vendorId: number; productId: number } | { portPath: string };

export function parseDeviceSpec(text: string): DeviceSpec | null {
  const t = text.trim();
  const ids = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(t);
  if (ids) return { vendorId: parseInt(ids[1]!, 16), productId: parseInt(ids[2]!, 16) };
  if (/^\d+-[\d.]+$/.test(t)) return { portPath: t };
  return null;
}

/**
 * Opens a real device's MTP pipe the way the station does: the node-usb source lists the bus, and its
 * openMtpPipe claims the interface. No side road: a run on real hardware exercises the production path.
 */
export async function openRealDevicePipe(
  spec: DeviceSpec,
  source = new NodeUsbSource(),
): Promise<{ pipe: BulkPipe; stop: () => Promise<void> }> {
  const seen: AttachEvent[] = [];
  const state = await source.start({ attach: (e) => seen.push(e), detach: () => undefined });
  if (!state.available) throw new Error(`USB is not available: ${state.detail}`);
  const found = seen.find(({ descriptor: d }) =>
    'portPath' in spec ? d.portPath === spec.portPath : d.vendorId === spec.vendorId && d.productId === spec.productId,
  );
  if (!found) {
    await source.stop();
    throw new Error('No such device on the USB bus.');
  }
  const pipe = await source.openMtpPipe(found.descriptor.key);
  return { pipe, stop: () => source.stop() };
}
