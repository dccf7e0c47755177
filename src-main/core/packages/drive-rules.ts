import { posix, win32 } from 'node:path';
import { say } from '../language.ts';

/**
 * Which drives a USB kit (packages at the drive root for HoloLens 2 auto-provisioning) may be written to. Pure
 * rules in the manner of balena-io/etcher's lib/shared/drive-constraints.ts: each answers one question about a
 * drive description, and checkKitDrive() collects the reasons a drive is refused and the warnings to confirm.
 */
export interface DriveMountpoint {
  path: string;
  label?: string;
}

export interface DriveDescription {
  device: string;
  description: string;
  /** Capacity in bytes; null when the system does not say. */
  size: number | null;
  /** Free bytes on the mounted file system, when known (checked before capacity). */
  freeBytes?: number | null;
  mountpoints: DriveMountpoint[];
  isRemovable: boolean;
  isSystem: boolean;
  isReadOnly: boolean;
  isVirtual: boolean;
  busType?: string;
  fileSystem?: string;
}

export interface KitContext {
  /** Bytes the kit will write. */
  kitBytes: number;
  /** The station's own data folder (library, ledger): never on a kit drive. */
  stationDataDir?: string;
  /** Folders of the running operating system (e.g. C:\Windows, or / on Linux). */
  osPaths?: string[];
}

export type DriveRuleCode =
  | 'drive.system'
  | 'drive.not-removable'
  | 'drive.read-only'
  | 'drive.no-mountpoint'
  | 'drive.too-small'
  | 'drive.size-unknown'
  | 'drive.holds-station-data'
  | 'drive.holds-os'
  | 'drive.virtual'
  | 'drive.network'
  | 'drive.large'
  | 'drive.filesystem-unsupported'
  | 'drive.filesystem-unknown';

export interface DriveRuleResult {
  code: DriveRuleCode;
  message: string;
}

export interface DriveVerdict {
  allowed: boolean;
  /** Why the drive may not be used; empty when allowed. */
  reasons: DriveRuleResult[];
  /** What to confirm before writing; never blocks on its own. */
  warnings: DriveRuleResult[];
}

/** Above this a "USB stick" is more likely a backup disk (etcher uses the same 128 GB line). */
export const LARGE_DRIVE_BYTES = 128e9;

const KNOWN_FILE_SYSTEMS = new Set(['fat32', 'vfat', 'fat', 'msdos', 'exfat', 'ntfs', 'ntfs3', 'fuseblk']);
const NETWORK_BUSES = new Set(['network', 'iscsi', 'nfs', 'smb', 'cifs']);
const VIRTUAL_BUSES = new Set(['virtual', 'filebackedvirtual']);

export const isSystemDrive = (d: DriveDescription): boolean => d.isSystem;
export const isRemovableDrive = (d: DriveDescription): boolean => d.isRemovable;
export const isReadOnlyDrive = (d: DriveDescription): boolean => d.isReadOnly;
export const hasMountpoint = (d: DriveDescription): boolean => d.mountpoints.some((m) => m.path.trim() !== '');
export const isVirtualDrive = (d: DriveDescription): boolean =>
  d.isVirtual || VIRTUAL_BUSES.has((d.busType ?? '').toLowerCase());

export function isNetworkDrive(d: DriveDescription): boolean {
  if (NETWORK_BUSES.has((d.busType ?? '').toLowerCase())) return true;
  // \\server\share is remote; \\.\PhysicalDrive2 and \\?\Volume{…} are local device paths.
  const unc = (p: string): boolean => /^(\\\\|\/\/)(?![.?][\\/])/.test(p);
  return unc(d.device) || d.mountpoints.some((m) => unc(m.path));
}

export function isDriveLargeEnough(d: DriveDescription, kitBytes: number): boolean | null {
  const room = d.freeBytes ?? d.size;
  if (room === null || room === undefined) return null;
  return room >= kitBytes;
}

export const isLargeDrive = (d: DriveDescription): boolean => (d.size ?? 0) > LARGE_DRIVE_BYTES;

export function isKnownFileSystem(d: DriveDescription): boolean | null {
  if (!d.fileSystem) return null;
  return KNOWN_FILE_SYSTEMS.has(d.fileSystem.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** True when `inner` is `outer` or lies inside it; Windows paths compare case-insensitively. */
export function isPathInside(inner: string, outer: string): boolean {
  const windows = /^[a-z]:|^\\\\/i.test(inner) || /^[a-z]:|^\\\\/i.test(outer);
  const lib = windows ? win32 : posix;
  const fold = (p: string): string => (windows ? lib.resolve(p).toLowerCase() : lib.resolve(p));
  const rel = lib.relative(fold(outer), fold(inner));
  return rel === '' || (!rel.startsWith('..') && !lib.isAbsolute(rel));
}

export const driveHolds = (d: DriveDescription, path: string): boolean =>
  d.mountpoints.some((m) => m.path.trim() !== '' && isPathInside(path, m.path));

/** All the rules, in the order a technician should read them. */
export function checkKitDrive(d: DriveDescription, ctx: KitContext): DriveVerdict {
  const reasons: DriveRuleResult[] = [];
  const warnings: DriveRuleResult[] = [];
  const refuse = (code: DriveRuleCode, message: string): number => reasons.push({ code, message });
  const warn = (code: DriveRuleCode, message: string): number => warnings.push({ code, message });
  const name = d.description || d.device;

  const words = (code: DriveRuleCode, params: Record<string, string | number> = {}) =>
    say(`station-work:${code}`, { name, ...params });
  if (isSystemDrive(d)) refuse('drive.system', words('drive.system'));
  if (ctx.osPaths?.some((p) => driveHolds(d, p))) {
    refuse('drive.holds-os', words('drive.holds-os'));
  }
  if (ctx.stationDataDir && driveHolds(d, ctx.stationDataDir)) {
    refuse('drive.holds-station-data', words('drive.holds-station-data'));
  }
  if (isNetworkDrive(d)) refuse('drive.network', words('drive.network'));
  if (isVirtualDrive(d)) refuse('drive.virtual', words('drive.virtual'));
  if (!isRemovableDrive(d)) refuse('drive.not-removable', words('drive.not-removable'));
  if (isReadOnlyDrive(d)) refuse('drive.read-only', words('drive.read-only'));
  if (!hasMountpoint(d)) refuse('drive.no-mountpoint', words('drive.no-mountpoint'));
  const enough = isDriveLargeEnough(d, ctx.kitBytes);
  if (enough === false) {
    refuse('drive.too-small', words('drive.too-small', { size: ctx.kitBytes }));
  } else if (enough === null) {
    refuse('drive.size-unknown', words('drive.size-unknown'));
  }

  if (isLargeDrive(d)) warn('drive.large', words('drive.large', { size: d.size ?? 0 }));
  const fs = isKnownFileSystem(d);
  if (fs === false) {
    warn('drive.filesystem-unsupported', words('drive.filesystem-unsupported', { fs: d.fileSystem ?? '' }));
  } else if (fs === null) {
    warn('drive.filesystem-unknown', words('drive.filesystem-unknown'));
  }
  return { allowed: reasons.length === 0, reasons, warnings };
}
