import {
  runTool,
  withFreeSpace,
  type DriveLister,
  type DriveListResult,
  type ListedDrive,
  type RunTool,
} from './drives.ts';
import { parsePlist, type PlistValue } from './plist.ts';
import { say } from '../language.ts';

/**
 * macOS: `diskutil list -plist` for the disks and their volumes, then `diskutil info -plist <disk>` per whole
 * disk for what kind of disk it is (internal, removable, USB). Tested here only through captured plists.
 */
type Dict = Record<string, PlistValue>;

const isDict = (v: PlistValue | undefined): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const dicts = (v: PlistValue | undefined): Dict[] => (Array.isArray(v) ? v.filter(isDict) : []);
const str = (v: PlistValue | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: PlistValue | undefined): number | null => (typeof v === 'number' && v >= 0 ? v : null);

const FILE_SYSTEMS: Record<string, string> = {
  dos_fat_32: 'fat32',
  windows_fat_32: 'fat32',
  dos_fat_16: 'fat',
  windows_ntfs: 'ntfs',
  exfat: 'exfat',
  apple_hfs: 'hfs',
  apple_apfs: 'apfs',
};

function volumesOf(disk: Dict): Dict[] {
  const vols = [...dicts(disk.Partitions), ...dicts(disk.APFSVolumes)];
  if (str(disk.MountPoint) || str(disk.Content)?.toLowerCase() === 'dos_fat_32') vols.unshift(disk);
  return vols.filter((v) => str(v.MountPoint) !== null || str(v.Content)?.toLowerCase() !== 'efi');
}

/** `list` is `diskutil list -plist`; `infos` maps whole-disk identifiers to their `diskutil info -plist`. */
export function parseDiskutil(list: PlistValue | null, infos: ReadonlyMap<string, PlistValue | null>): ListedDrive[] {
  if (!isDict(list ?? undefined)) return [];
  const drives: ListedDrive[] = [];
  for (const disk of dicts((list as Dict).AllDisksAndPartitions)) {
    const id = str(disk.DeviceIdentifier);
    if (!id) continue;
    const info = infos.get(id);
    const i: Dict = isDict(info ?? undefined) ? (info as Dict) : {};
    const volumes = volumesOf(disk);
    const system = volumes.some((v) => {
      const m = str(v.MountPoint);
      return m === '/' || (m?.startsWith('/System/Volumes') ?? false);
    });
    const bus = str(i.BusProtocol);
    const removable = i.Internal === false || i.RemovableMedia === true || i.Removable === true || i.Ejectable === true;
    const model = str(i.MediaName) ?? str(i.IORegistryEntryName);
    for (const v of volumes.length > 0 ? volumes : [disk]) {
      const vid = str(v.DeviceIdentifier) ?? id;
      const label = str(v.VolumeName);
      const mount = str(v.MountPoint);
      const content = str(v.Content)?.toLowerCase() ?? '';
      const fileSystem = FILE_SYSTEMS[content] ?? null;
      drives.push({
        id: `/dev/${vid}`,
        source: 'system',
        device: `/dev/${vid}`,
        description: label && model ? `${label} (${model})` : (label ?? model ?? vid),
        size: num(v.Size) ?? num(disk.Size),
        mountpoints: mount ? [{ path: mount, ...(label ? { label } : {}) }] : [],
        isRemovable: removable,
        isSystem: system || i.SystemImage === true,
        isReadOnly: i.WritableMedia === false || i.WritableVolume === false,
        isVirtual: str(i.VirtualOrPhysical)?.toLowerCase() === 'virtual' || bus?.toLowerCase() === 'disk image',
        ...(bus ? { busType: bus } : {}),
        ...(fileSystem ? { fileSystem } : {}),
      });
    }
  }
  return drives;
}

export class MacDriveLister implements DriveLister {
  readonly source = 'system' as const;
  private readonly run: RunTool;

  constructor(run: RunTool = runTool) {
    this.run = run;
  }

  readonly list = async (): Promise<DriveListResult> => {
    const out = await this.run('diskutil', ['list', '-plist']);
    if (!out.ok) return { drives: [], problem: say('station-work:drives.unavailable', { reason: out.reason }) };
    const list = parsePlist(out.stdout);
    if (!isDict(list ?? undefined)) return { drives: [], problem: 'The drive list could not be read (diskutil).' };
    const infos = new Map<string, PlistValue | null>();
    for (const disk of dicts((list as Dict).AllDisksAndPartitions)) {
      const id = str(disk.DeviceIdentifier);
      if (!id || !/^disk\d+$/.test(id)) continue;
      const info = await this.run('diskutil', ['info', '-plist', id]);
      infos.set(id, info.ok ? parsePlist(info.stdout) : null);
    }
    return { drives: await withFreeSpace(parseDiskutil(list, infos)), problem: null };
  };
}
