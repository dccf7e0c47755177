import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DriveLister, ListedDrive } from '../../../../src-main/core/packages/drives.ts';
import type { KitResult } from '../../../../src-main/shared/contract/packages.ts';
import { makePackage, wimlibAvailable } from '../../../support/packages.ts';
import { openTestStation, tempDir, waitFor } from '../../../support/station.ts';

/** A "system listing" that names the folders the test chooses, as the OS tool would. */
function fakeSystem(drives: ListedDrive[]): DriveLister {
  return { source: 'system', list: () => Promise.resolve({ drives, problem: null }) };
}

function drive(mount: string, over: Partial<ListedDrive> = {}): ListedDrive {
  return {
    id: `/dev/${over.description ?? 'sdx1'}`,
    source: 'system',
    device: '/dev/sdx1',
    description: 'Stick',
    size: 8e9,
    freeBytes: 8e9,
    mountpoints: [{ path: mount }],
    isRemovable: true,
    isSystem: false,
    isReadOnly: false,
    isVirtual: false,
    busType: 'usb',
    fileSystem: 'vfat',
    ...over,
  };
}

describe.skipIf(!wimlibAvailable())('USB drive kits', () => {
  let station: Awaited<ReturnType<typeof openTestStation>>;
  let dir: { path: string; remove(): void };
  let stick: string;
  let disk: string;
  let hdd: string;

  beforeEach(async () => {
    dir = tempDir();
    stick = join(dir.path, 'stick');
    disk = join(dir.path, 'system');
    hdd = join(dir.path, 'fixed');
    const system = fakeSystem([
      drive(stick),
      drive(disk, { description: 'System', isSystem: true, isRemovable: false, id: '/dev/nvme0n1p2' }),
      drive(hdd, { description: 'Fixed disk', isRemovable: false, id: '/dev/sdb1' }),
    ]);
    for (const d of [stick, disk, hdd]) mkdirSync(d, { recursive: true });
    station = await openTestStation({ drives: system });
  });
  afterEach(async () => {
    await station.dispose();
    dir.remove();
  });

  async function imported(name: string, salt = name) {
    return (await station.packages.library.import(makePackage(dir.path, name, { salt }))).package;
  }

  it('lists drives with the rules applied: the stick allowed, system and fixed disks refused with reasons', async () => {
    const pkg = await imported('A.ppkg');
    const listing = await station.packages.listDrives([pkg.sha256]);
    expect(listing.kitBytes).toBe(pkg.size);
    expect(listing.rules.map((r) => r.from)).toEqual(['19041.1103', '19041.1128', '19041.1361']);
    const stickView = listing.drives.find((d) => d.mountpoints[0] === stick)!;
    expect(stickView.verdict.allowed).toBe(true);
    const system = listing.drives.find((d) => d.mountpoints[0] === disk)!;
    expect(system.verdict.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['drive.system', 'drive.not-removable']),
    );
    const fixed = listing.drives.find((d) => d.mountpoints[0] === hdd)!;
    expect(fixed.verdict.reasons.map((r) => r.code)).toEqual(['drive.not-removable']);
    expect(listing.drives[0]!.verdict.allowed).toBe(true); // usable drives first
  });

  it('writes the packages to the stick root by temp file and rename, verifies them, and records each', async () => {
    const a = await imported('A.ppkg');
    const b = await imported('B.ppkg');
    writeFileSync(join(stick, 'Old.ppkg'), 'left from before');
    const job = station.packages.startKit(stick, [a.sha256, b.sha256]);
    const end = await waitFor(
      () => {
        const j = station.jobs.get(job.id);
        return j && j.state !== 'running' ? j : null;
      },
      5000,
      'the kit job',
    );
    expect(end.state).toBe('done');
    const result = end.result as KitResult;
    expect(result.files.map((f) => [f.name, f.verified])).toEqual([
      ['A.ppkg', true],
      ['B.ppkg', true],
    ]);
    expect(result.packagesOnDrive).toEqual(['A.ppkg', 'B.ppkg', 'Old.ppkg']);
    expect(readdirSync(stick).sort()).toEqual(['A.ppkg', 'B.ppkg', 'Old.ppkg']); // no temporary file left
    expect(
      createHash('sha256')
        .update(readFileSync(join(stick, 'A.ppkg')))
        .digest('hex'),
    ).toBe(a.sha256);
    const apps = station.packages.applications.list({});
    expect(apps.map((x) => [x.method, x.result, x.verified])).toEqual([
      ['usb-drive-kit', 'copied', true],
      ['usb-drive-kit', 'copied', true],
    ]);
    expect(apps[0]!.detail).toMatchObject({ mountPath: stick, drive: 'Stick' });
  });

  it('never writes to a system drive or a fixed disk', async () => {
    const a = await imported('A.ppkg');
    for (const mount of [disk, hdd]) {
      await expect(
        station.packages.kits.write(mount, [{ ...a, path: station.packages.library.filePath(a.sha256) }]),
      ).rejects.toMatchObject({
        code: 'kit.drive-refused',
      });
      expect(readdirSync(mount)).toEqual([]);
    }
    expect(station.packages.applications.list({})).toEqual([]);
  });

  it('refuses a folder that is not in the drive list, and a subfolder of a drive', async () => {
    const a = await imported('A.ppkg');
    const pkgs = [{ ...a, path: station.packages.library.filePath(a.sha256) }];
    await expect(station.packages.kits.write(dir.path, pkgs)).rejects.toMatchObject({ code: 'kit.drive-not-found' });
    await expect(station.packages.kits.write(join(stick, 'sub'), pkgs)).rejects.toMatchObject({
      code: 'kit.drive-not-found',
    });
  });

  it('refuses two different packages with one name', async () => {
    const a = await imported('Same.ppkg', 'one');
    const other = makePackage(join(dir.path), 'Same.ppkg', { salt: 'two' });
    const b = {
      sha256: createHash('sha256').update(readFileSync(other)).digest('hex'),
      name: 'Same.ppkg',
      path: other,
      size: 1,
    };
    await expect(
      station.packages.kits.write(stick, [{ ...a, path: station.packages.library.filePath(a.sha256) }, b]),
    ).rejects.toMatchObject({ code: 'kit.same-name' });
  });

  it('training mode adds a simulated stick (allowed) and a simulated system disk (refused)', async () => {
    await station.enableSimulator(true);
    const listing = await station.packages.listDrives();
    const sims = listing.drives.filter((d) => d.source === 'sim');
    expect(sims.map((d) => [d.description, d.verdict.allowed])).toEqual([
      ['KIT-STICK (simulated)', true],
      ['System disk (simulated)', false],
    ]);
  });
});
