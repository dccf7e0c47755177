import type { DeviceView } from '../shared/contract/devices.ts';
import { StationError } from '../shared/errors.ts';
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
      const ids = present.map((p) => p.id).join(', ') || 'none';
      throw new UsageError(`no device "${deviceFlag}" is connected (connected: ${ids})`);
    }
    return d;
  }
  const candidates = present.filter(want);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new StationError(
      'no-device',
      'No HoloLens connected',
      'Plug in a HoloLens (or use --simulate) and try again.',
    );
  }
  throw new UsageError(
    `${candidates.length} devices are connected; choose one with --device (${candidates.map((c) => c.id).join(', ')})`,
  );
}

export function isHoloLens(d: DeviceView): boolean {
  return d.kind === 'hololens' || d.kind === 'probable-hololens';
}
