import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DriveLister, DriveListResult, ListedDrive } from './drives.ts';

export interface SimDriveSpec {
  /** The folder that plays the drive's mountpoint. */
  mount: string;
  label: string;
  size: number;
  removable?: boolean;
  system?: boolean;
  readOnly?: boolean;
  fileSystem?: string;
}

const GB = 1e9;

/** Bytes of the files at the top of a folder and below (a simulated drive is small). */
function usedBytes(dir: string): number {
  let used = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) used += usedBytes(full);
      else if (e.isFile()) used += statSync(full).size;
    }
  } catch {
    return used;
  }
  return used;
}

/**
 * Drives for training mode and tests: folders that play a USB stick (and a system disk, to show the station
 * refusing it). The system disk's "mountpoint" is also a harmless folder, so even a bug could not write to the
 * real system.
 */
export class SimDriveLister implements DriveLister {
  readonly source = 'sim' as const;
  private readonly specs: SimDriveSpec[] = [];

  /** Training mode's pair: an 8 GB FAT32 stick and a 256 GB system disk, under `root`. */
  static training(root: string): SimDriveLister {
    const lister = new SimDriveLister();
    lister.add({
      mount: join(root, 'usb-stick'),
      label: 'KIT-STICK',
      size: 8 * GB,
      removable: true,
      fileSystem: 'vfat',
    });
    lister.add({
      mount: join(root, 'system-disk'),
      label: 'System disk',
      size: 256 * GB,
      system: true,
      fileSystem: 'ext4',
    });
    return lister;
  }

  add(spec: SimDriveSpec): void {
    const mount = resolve(spec.mount);
    mkdirSync(mount, { recursive: true });
    if (!this.specs.some((s) => s.mount === mount)) this.specs.push({ ...spec, mount });
  }

  readonly list = (): Promise<DriveListResult> =>
    Promise.resolve({
      drives: this.specs.map((s, i): ListedDrive => ({
        id: `sim-drive-${i + 1}`,
        source: 'sim',
        device: `sim-drive-${i + 1}`,
        description: `${s.label} (simulated)`,
        size: s.size,
        freeBytes: Math.max(0, s.size - usedBytes(s.mount)),
        mountpoints: [{ path: s.mount, label: s.label }],
        isRemovable: s.removable ?? false,
        isSystem: s.system ?? false,
        isReadOnly: s.readOnly ?? false,
        isVirtual: false,
        busType: s.removable ? 'usb' : 'sata',
        ...(s.fileSystem ? { fileSystem: s.fileSystem } : {}),
      })),
      problem: null,
    });
}
