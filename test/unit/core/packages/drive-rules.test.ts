import { describe, expect, it } from 'vitest';
import {
  LARGE_DRIVE_BYTES,
  checkKitDrive,
  isPathInside,
  type DriveDescription,
  type DriveRuleCode,
  type KitContext,
} from '../../../../src-main/core/packages/drive-rules.ts';

const GB = 1e9;

/** A good 32 GB FAT32 USB stick; each row changes only what its rule is about. */
function stick(over: Partial<DriveDescription> = {}): DriveDescription {
  return {
    device: '\\\\.\\PhysicalDrive2',
    description: 'SanDisk Ultra USB Device',
    size: 32 * GB,
    mountpoints: [{ path: 'E:\\', label: 'KIT' }],
    isRemovable: true,
    isSystem: false,
    isReadOnly: false,
    isVirtual: false,
    busType: 'USB',
    fileSystem: 'FAT32',
    ...over,
  };
}

const ctx = (over: Partial<KitContext> = {}): KitContext => ({
  kitBytes: 50e6,
  stationDataDir: 'C:\\Users\\tech\\AppData\\Roaming\\HoloBench',
  osPaths: ['C:\\Windows'],
  ...over,
});

type Row = [
  rule: string,
  drive: DriveDescription,
  context: KitContext,
  reasons: DriveRuleCode[],
  warnings: DriveRuleCode[],
];

const rows: Row[] = [
  ['a removable FAT32 USB stick with room is allowed, no warnings', stick(), ctx(), [], []],
  ['exFAT is fine', stick({ fileSystem: 'exFAT' }), ctx(), [], []],
  ['NTFS is fine', stick({ fileSystem: 'NTFS' }), ctx(), [], []],
  [
    'vfat (how Linux names FAT32) is fine',
    stick({ fileSystem: 'vfat', mountpoints: [{ path: '/media/tech/KIT' }] }),
    ctx(),
    [],
    [],
  ],
  ['the system drive is refused', stick({ isSystem: true }), ctx(), ['drive.system'], []],
  ['a fixed (non-removable) drive is refused', stick({ isRemovable: false }), ctx(), ['drive.not-removable'], []],
  ['a write-protected stick is refused', stick({ isReadOnly: true }), ctx(), ['drive.read-only'], []],
  ['a drive with no mountpoint is refused', stick({ mountpoints: [] }), ctx(), ['drive.no-mountpoint'], []],
  ['a blank mountpoint counts as none', stick({ mountpoints: [{ path: '  ' }] }), ctx(), ['drive.no-mountpoint'], []],
  ['a stick smaller than the kit is refused', stick({ size: 40e6 }), ctx(), ['drive.too-small'], []],
  ['a stick exactly the kit size is allowed', stick({ size: 50e6 }), ctx(), [], []],
  ['free space decides over capacity when known', stick({ freeBytes: 10e6 }), ctx(), ['drive.too-small'], []],
  [
    'an unknown size is refused (cannot promise the kit fits)',
    stick({ size: null }),
    ctx(),
    ['drive.size-unknown'],
    [],
  ],
  [
    'the drive holding the station data folder is refused',
    stick({ mountpoints: [{ path: 'C:\\' }] }),
    ctx({ osPaths: [] }),
    ['drive.holds-station-data'],
    [],
  ],
  [
    'the drive holding the operating system is refused',
    stick({ mountpoints: [{ path: 'c:\\' }] }),
    ctx({ stationDataDir: 'D:\\HoloBench' }),
    ['drive.holds-os'],
    [],
  ],
  [
    'on Linux, the drive mounted at / holds the OS',
    stick({ mountpoints: [{ path: '/' }] }),
    ctx({ osPaths: ['/'], stationDataDir: '/home/tech/.config/holobench' }),
    ['drive.holds-os', 'drive.holds-station-data'],
    [],
  ],
  [
    'on Linux, a stick under /media does not hold the OS at /',
    stick({ mountpoints: [{ path: '/media/tech/KIT' }] }),
    ctx({ osPaths: ['/'], stationDataDir: '/home/tech/.config/holobench' }),
    [],
    [],
  ],
  [
    'a station data folder on the stick itself is refused (the kit would be wiped with it)',
    stick({ mountpoints: [{ path: '/media/tech/KIT' }] }),
    ctx({ osPaths: ['/'], stationDataDir: '/media/tech/KIT/holobench' }),
    ['drive.holds-station-data'],
    [],
  ],
  [
    'a sibling path with a common prefix is not inside (E:\\ vs E:\\x is, /media/KIT2 vs /media/KIT is not)',
    stick({ mountpoints: [{ path: '/media/KIT' }] }),
    ctx({ osPaths: [], stationDataDir: '/media/KIT2/data' }),
    [],
    [],
  ],
  ['a network share is refused', stick({ busType: 'iSCSI' }), ctx(), ['drive.network'], []],
  [
    'a UNC mountpoint is refused as a network drive',
    stick({ mountpoints: [{ path: '\\\\server\\kits' }] }),
    ctx(),
    ['drive.network'],
    [],
  ],
  ['a virtual drive is refused', stick({ isVirtual: true }), ctx(), ['drive.virtual'], []],
  [
    'a file-backed virtual disk (by bus type) is refused',
    stick({ busType: 'FileBackedVirtual' }),
    ctx(),
    ['drive.virtual'],
    [],
  ],
  ['a drive over 128 GB is allowed with a warning', stick({ size: 256 * GB }), ctx(), [], ['drive.large']],
  ['exactly 128 GB is no warning', stick({ size: LARGE_DRIVE_BYTES }), ctx(), [], []],
  [
    'ext4 is allowed with a warning (HoloLens cannot read it)',
    stick({ fileSystem: 'ext4' }),
    ctx(),
    [],
    ['drive.filesystem-unsupported'],
  ],
  ['APFS is allowed with a warning', stick({ fileSystem: 'apfs' }), ctx(), [], ['drive.filesystem-unsupported']],
  [
    'an unknown file system is allowed with a warning',
    stick({ fileSystem: undefined }),
    ctx(),
    [],
    ['drive.filesystem-unknown'],
  ],
  [
    'several problems are all listed, in reading order',
    stick({ isSystem: true, isRemovable: false, isReadOnly: true, mountpoints: [], size: 10, fileSystem: 'ext4' }),
    ctx(),
    ['drive.system', 'drive.not-removable', 'drive.read-only', 'drive.no-mountpoint', 'drive.too-small'],
    ['drive.filesystem-unsupported'],
  ],
];

describe('drive rules for USB kits', () => {
  it.each(rows)('%s', (_, drive, context, reasons, warnings) => {
    const verdict = checkKitDrive(drive, context);
    expect(verdict.reasons.map((r) => r.code)).toEqual(reasons);
    expect(verdict.warnings.map((w) => w.code)).toEqual(warnings);
    expect(verdict.allowed).toBe(reasons.length === 0);
  });

  it('every reason and warning says what to do in a sentence naming the drive', () => {
    for (const [, drive, context] of rows) {
      const { reasons, warnings } = checkKitDrive(drive, context);
      for (const r of [...reasons, ...warnings]) {
        expect(r.message).toMatch(/[.?]$/);
        expect(r.message.includes(drive.description) || r.message.includes('USB') || r.message.includes('stick')).toBe(
          true,
        );
      }
    }
  });

  it.each([
    ['C:\\Windows', 'C:\\', true],
    ['c:\\windows\\system32', 'C:\\Windows', true],
    ['C:\\Windows', 'C:\\Windows', true],
    ['C:\\WindowsOld', 'C:\\Windows', false],
    ['D:\\data', 'C:\\', false],
    ['/home/tech', '/', true],
    ['/media/KIT', '/media/KIT', true],
    ['/media/KIT2', '/media/KIT', false],
    ['/media/KIT/../other', '/media/KIT', false],
  ])('isPathInside(%s, %s) is %s', (inner, outer, expected) => {
    expect(isPathInside(inner, outer)).toBe(expected);
  });
});
