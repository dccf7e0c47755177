import { say } from '../core/language.ts';
import type { DeviceView } from '../shared/contract/devices.ts';
import { StationError } from '../shared/errors.ts';
import { isFfsPortPath } from '../core/devices/ffs-source.ts';
import type { Station } from '../core/station.ts';
import { UsageError } from './args.ts';

/**
 * The device a command works on: the one named by --device, or the only HoloLens present. Several candidates
 * without --device is a usage error that lists them; none is a finding (exit 1).
 */
export function selectDevice(
  station: Station,
  deviceFlag: string | undefined,
  want: (d: DeviceView) => boolean = isHoloLens,
): DeviceView {
  const present = station.registry.list().filter((d) => d.present);
  if (deviceFlag !== undefined) {
    const d = present.find((p) => p.id === deviceFlag || p.serialNumber === deviceFlag || p.portPath === deviceFlag);
    if (!d) {
      const ids = present.map((p) => p.id).join(', ');
      throw new UsageError(
        ids
          ? say('cli:device.notConnected', { device: deviceFlag, ids })
          : say('cli:device.notConnectedNone', { device: deviceFlag }),
      );
    }
    return d;
  }
  const candidates = present.filter(want);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new StationError('no-device', say('cli:device.none'), say('cli:device.noneHow'));
  }
  throw new UsageError(
    say('cli:device.several', { count: candidates.length, ids: candidates.map((c) => c.id).join(', ') }),
  );
}

export function isHoloLens(d: DeviceView): boolean {
  return d.kind === 'hololens' || d.kind === 'probable-hololens';
}

/** With --ffs-dir the technician named the device by its folder: whatever MTP device connects there will do. */
export function isHoloLensOrFfsGadget(d: DeviceView): boolean {
  return isHoloLens(d) || isFfsPortPath(d.portPath);
}

/**
 * Waits up to `seconds` for a device the command could use to be present and opened (a device that connects
 * late, like an ffs-loopback gadget started after the station), then lets the connections settle.
 */
export async function awaitDevice(
  station: Station,
  seconds: number,
  want: (d: DeviceView) => boolean = isHoloLens,
): Promise<void> {
  const present = () => station.registry.list().some((d) => d.present && want(d));
  if (!present()) {
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, seconds * 1000);
      const off = station.registry.events.on('changed', () => present() && finish());
      function finish() {
        clearTimeout(timer);
        off();
        done();
      }
    });
  }
  await station.connections.settled(Math.max(5000, seconds * 1000));
}
