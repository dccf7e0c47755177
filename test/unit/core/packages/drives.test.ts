import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKitDrive } from '../../../../src-main/core/packages/drive-rules.ts';
import type { RunTool } from '../../../../src-main/core/packages/drives.ts';
import { LinuxDriveLister, parseLsblk } from '../../../../src-main/core/packages/drives-linux.ts';
import { MacDriveLister, parseDiskutil } from '../../../../src-main/core/packages/drives-macos.ts';
import { parseWindowsVolumes, WindowsDriveLister } from '../../../../src-main/core/packages/drives-windows.ts';
import { parsePlist } from '../../../../src-main/core/packages/plist.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/drives', name), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));
const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((d) => d.id === id);
  if (!found) throw new Error(`no drive ${id} in ${list.map((d) => d.id).join(', ')}`);
  return found;
};
const ctx = { kitBytes: 1_000_000, osPaths: ['/', '/boot'] };

describe('lsblk listing (Linux)', () => {
  const drives = parseLsblk(json('lsblk-laptop-with-stick.json'));

  it('lists each volume with its disk flags: the USB stick is allowed, the system disk is not', () => {
    const stick = byId(drives, '/dev/sda1');
    expect(stick).toMatchObject({
      description: 'HOLOKIT (SanDisk Ultra)',
      mountpoints: [{ path: '/media/tech/HOLOKIT', label: 'HOLOKIT' }],
      isRemovable: true,
      isSystem: false,
      busType: 'usb',
      fileSystem: 'vfat',
      size: 15517876224,
    });
    expect(checkKitDrive({ ...stick, freeBytes: 10e9 }, ctx).allowed).toBe(true);
    for (const id of ['/dev/nvme0n1p1', '/dev/nvme0n1p2', '/dev/nvme0n1p3']) {
      const system = byId(drives, id);
      expect(system.isSystem).toBe(true);
      expect(checkKitDrive({ ...system, freeBytes: 10e9 }, ctx).reasons.map((r) => r.code)).toContain('drive.system');
    }
  });

  it('a USB hard disk counts as removable (hot-plugged) but is flagged as too large for a stick', () => {
    const backup = byId(drives, '/dev/sdb1');
    expect(backup).toMatchObject({ isRemovable: true, busType: 'usb' });
    // lsblk says hotplug and usb: the station counts it removable, and the size rule warns it is no stick.
    expect(checkKitDrive({ ...backup, freeBytes: 1e12 }, ctx).warnings.map((w) => w.code)).toContain('drive.large');
  });

  it('loop devices are virtual and read-only', () => {
    expect(byId(drives, '/dev/loop0')).toMatchObject({ isVirtual: true, isReadOnly: true });
  });

  it('reads odd output: string flags, no mountpoint, several mountpoints, no path, junk entries', () => {
    const odd = parseLsblk(json('lsblk-odd.json'));
    const notMounted = byId(odd, '/dev/sdc1');
    expect(notMounted).toMatchObject({ isRemovable: true, mountpoints: [], size: 8003780608, fileSystem: 'exfat' });
    expect(checkKitDrive(notMounted, ctx).reasons.map((r) => r.code)).toContain('drive.no-mountpoint');
    expect(byId(odd, '/dev/sdd1').mountpoints.map((m) => m.path)).toEqual(['/mnt/kit', '/srv/share/kit']);
    const locked = byId(odd, '/dev/sde');
    expect(locked).toMatchObject({ isReadOnly: true, mountpoints: [{ path: '/media/locked', label: 'LOCKED' }] });
    expect(checkKitDrive({ ...locked, freeBytes: 1e9 }, ctx).reasons.map((r) => r.code)).toContain('drive.read-only');
    // A disk with nothing on it is listed once, not mounted.
    expect(byId(odd, '/dev/mmcblk0')).toMatchObject({ isRemovable: false, mountpoints: [] });
    const noSize = byId(odd, '/dev/sdf');
    expect(noSize).toMatchObject({ size: null, isRemovable: true });
    expect(checkKitDrive(noSize, ctx).reasons.map((r) => r.code)).toContain('drive.size-unknown');
    expect(odd.map((d) => d.id)).not.toContain('42');
  });

  it('gives nothing for output that is not a listing', () => {
    expect(parseLsblk(null)).toEqual([]);
    expect(parseLsblk({ blockdevices: 'no' })).toEqual([]);
    expect(parseLsblk([1, 2, 3])).toEqual([]);
  });

  it('the lister retries without MOUNTPOINTS on an old lsblk, and says plainly when lsblk is missing', async () => {
    const calls: string[][] = [];
    const oldLsblk: RunTool = (_file, args) => {
      calls.push([...args]);
      return Promise.resolve(
        args.join(' ').includes('MOUNTPOINTS')
          ? { ok: false, reason: 'lsblk failed', stderr: 'lsblk: unknown column: MOUNTPOINTS' }
          : { ok: true, stdout: fixture('lsblk-laptop-with-stick.json') },
      );
    };
    const listed = await new LinuxDriveLister(oldLsblk).list();
    expect(calls).toHaveLength(2);
    expect(listed.problem).toBeNull();
    expect(listed.drives.map((d) => d.id)).toContain('/dev/sda1');
    const missing: RunTool = () =>
      Promise.resolve({ ok: false, reason: 'lsblk is not installed on this computer', stderr: '' });
    expect(await new LinuxDriveLister(missing).list()).toEqual({
      drives: [],
      problem: 'The drive list is not available: lsblk is not installed on this computer.',
    });
    const notJson: RunTool = () => Promise.resolve({ ok: true, stdout: 'NAME SIZE\nsda 8G' });
    expect((await new LinuxDriveLister(notJson).list()).problem).toMatch(/could not be read/);
  });
});

describe('Get-Volume listing (Windows)', () => {
  const drives = parseWindowsVolumes(json('windows-volumes.json'), 'C:');

  it('the USB stick is allowed; the Windows drive is a system drive; a fixed USB disk is removable by bus', () => {
    const e = byId(drives, 'E:');
    expect(e).toMatchObject({
      isRemovable: true,
      mountpoints: [{ path: 'E:\\' }],
      freeBytes: 15e9,
      fileSystem: 'FAT32',
    });
    expect(checkKitDrive(e, { kitBytes: 1e6, osPaths: ['C:\\Windows'] }).allowed).toBe(true);
    expect(byId(drives, 'C:')).toMatchObject({ isSystem: true, isRemovable: false });
    const f = byId(drives, 'F:');
    expect(checkKitDrive(f, { kitBytes: 1e6 }).reasons.map((r) => r.code)).toContain('drive.too-small');
    expect(byId(drives, 'G:')).toMatchObject({ isRemovable: false, isReadOnly: true });
    expect(drives).toHaveLength(4); // the volume without a letter is skipped
  });

  it('one volume alone comes as an object, not an array', () => {
    const one = parseWindowsVolumes({ DriveLetter: 'E', DriveType: 'Removable', Size: 8e9, SizeRemaining: 8e9 });
    expect(one.map((d) => d.id)).toEqual(['E:']);
  });

  it('the lister reports a missing PowerShell plainly', async () => {
    const none: RunTool = () =>
      Promise.resolve({ ok: false, reason: 'powershell.exe is not installed on this computer', stderr: '' });
    expect((await new WindowsDriveLister(none).list()).problem).toMatch(/powershell/);
  });
});

describe('diskutil listing (macOS)', () => {
  const infos = new Map([
    ['disk0', parsePlist(fixture('diskutil-info-disk0.plist'))],
    ['disk4', parsePlist(fixture('diskutil-info-disk4.plist'))],
  ]);

  it('reads the plist: the USB stick volume is removable; the internal disk is a system disk', () => {
    const drives = parseDiskutil(parsePlist(fixture('diskutil-list.plist')), infos);
    const stick = byId(drives, '/dev/disk4s1');
    expect(stick).toMatchObject({
      description: 'HOLO & KIT (SanDisk Ultra)',
      mountpoints: [{ path: '/Volumes/HOLO & KIT' }],
      isRemovable: true,
      fileSystem: 'fat32',
      busType: 'USB',
    });
    expect(byId(drives, '/dev/disk0s2')).toMatchObject({ isSystem: true, isRemovable: false });
  });

  it('a disk without its info is never taken for removable', () => {
    const drives = parseDiskutil(parsePlist(fixture('diskutil-list.plist')), new Map());
    expect(byId(drives, '/dev/disk4s1').isRemovable).toBe(false);
  });

  it('the lister asks diskutil info for each whole disk', async () => {
    const run: RunTool = (_f, args) =>
      Promise.resolve({
        ok: true,
        stdout: args[0] === 'list' ? fixture('diskutil-list.plist') : fixture(`diskutil-info-${args[2]}.plist`),
      });
    const listed = await new MacDriveLister(run).list();
    expect(byId(listed.drives, '/dev/disk4s1').isRemovable).toBe(true);
  });

  it('the plist reader refuses broken input instead of guessing', () => {
    expect(parsePlist('<plist><dict><key>a</key></dict></plist>')).toBeNull();
    expect(parsePlist('not xml')).toBeNull();
    expect(parsePlist('<plist><dict><key>__proto__</key><string>x</string></dict></plist>')).toEqual({});
    expect(parsePlist('<plist><array><integer>12</integer><true/><string>a&lt;b</string></array></plist>')).toEqual([
      12,
      true,
      'a<b',
    ]);
  });
});
