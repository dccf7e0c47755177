import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackageApplications } from '../../../../src-main/core/packages/applications.ts';
import { packageFileName } from '../../../../src-main/core/packages/library.ts';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { makeCorruptPackage, makePackage, wimlibAvailable } from '../../../support/packages.ts';
import { openTestStation, tempDir } from '../../../support/station.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.skipIf(!wimlibAvailable())('package library', () => {
  let station: Awaited<ReturnType<typeof openTestStation>>;
  let src: { path: string; remove(): void };

  beforeEach(async () => {
    station = await openTestStation({ drives: null });
    station.ledger.setSetting('station', { technician: 'Grace Hopper' });
    src = tempDir();
  });
  afterEach(async () => {
    await station.dispose();
    src.remove();
  });

  it('imports a package under its SHA-256, keeps name, size, notes and findings, and lists it', async () => {
    const file = makePackage(src.path, 'Warehouse.ppkg');
    const { package: pkg, duplicate } = await station.packages.library.import(file, { notes: '  bench 3  ' });
    expect(duplicate).toBe(false);
    expect(pkg).toMatchObject({
      sha256: sha(file),
      name: 'Warehouse.ppkg',
      size: readFileSync(file).length,
      notes: 'bench 3',
      importedBy: 'Grace Hopper',
      version: '1.4',
      fileExists: true,
    });
    expect(pkg.sets).toEqual(expect.arrayContaining(['wifi', 'local-account', 'entra-bulk-token']));
    const dir = station.packages.library.dir;
    // Only the hash-named file is left: no temporary file from the copy.
    expect(readdirSync(dir)).toEqual([`${pkg.sha256}.ppkg`]);
    expect(sha(join(dir, `${pkg.sha256}.ppkg`))).toBe(pkg.sha256);
    expect(station.packages.library.list().map((p) => p.sha256)).toEqual([pkg.sha256]);
    const inspection = station.packages.library.inspection(pkg.sha256);
    expect(inspection.members.map((m) => m.path).sort()).toEqual(['customizations.xml', 'notes.txt']);
  });

  it('findings are kept as words: a package checked in English reads in German after the switch', async () => {
    const expiry = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const file = makePackage(src.path, 'Warehouse.ppkg', { tokenExpiry: expiry });
    const { package: pkg } = await station.packages.library.import(file);
    const english = station.packages.library
      .inspection(pkg.sha256)
      .findings.find((f) => f.code === 'ppkg.token-expiring');
    expect(english?.message).toMatch(/^The bulk enrollment token in this package expires on /);
    setStationLanguage('de');
    try {
      const german = station.packages.library
        .inspection(pkg.sha256)
        .findings.find((f) => f.code === 'ppkg.token-expiring');
      expect(german?.message).toMatch(
        /^Das Token für die Massenregistrierung in diesem Paket läuft am .* ab, in 3 Tagen\./,
      );
      // The words kept with the stored inspection are neutral: the key and the ISO date.
      expect(german?.words).toEqual({ key: 'finding.token-expiring', params: { when: expiry, count: 3 } });
    } finally {
      setStationLanguage('en');
    }
  });

  it('importing the same bytes again is a duplicate, not a second copy', async () => {
    const file = makePackage(src.path, 'A.ppkg');
    const first = await station.packages.library.import(file);
    const copy = join(src.path, 'renamed.ppkg');
    writeFileSync(copy, readFileSync(file));
    const again = await station.packages.library.import(copy, { notes: 'from the red bench' });
    expect(again.duplicate).toBe(true);
    expect(again.package.notes).toBe('from the red bench');
    expect((await station.packages.library.import(copy, { notes: 'other' })).package.notes).toBe('from the red bench');
    expect(again.package.sha256).toBe(first.package.sha256);
    expect(station.packages.library.list()).toHaveLength(1);
    expect(readdirSync(station.packages.library.dir)).toHaveLength(1);
  });

  it('a corrupt file is imported with a block finding, so the tech sees why it cannot be used', async () => {
    const { package: pkg } = await station.packages.library.import(makeCorruptPackage(src.path));
    expect(pkg.worst).toBe('block');
    expect(pkg.counts.block).toBe(1);
    expect(station.packages.library.inspection(pkg.sha256).findings[0]).toMatchObject({ code: 'ppkg.not-wim' });
  });

  it('a missing file is refused with a clear error and leaves nothing behind', async () => {
    await expect(station.packages.library.import(join(src.path, 'nope.ppkg'))).rejects.toMatchObject({
      code: 'ppkg.file-not-found',
    });
    expect(readdirSync(station.packages.library.dir)).toEqual([]);
  });

  it('notes are editable; remove deletes file and row but keeps the apply history', async () => {
    const { package: pkg } = await station.packages.library.import(makePackage(src.path, 'B.ppkg'));
    expect(station.packages.library.updateNotes(pkg.sha256, 'for the red bench').notes).toBe('for the red bench');
    const apps = new PackageApplications(station.ledger);
    const app = apps.start({
      packageSha256: pkg.sha256,
      packageName: pkg.name,
      method: 'documents-settings',
      deviceKey: 'sn:045E:0000:X1',
      deviceId: null,
      serial: 'X1',
      model: 'hololens2',
      technician: 'Grace Hopper',
    });
    apps.finish(app.id, 'applied', 'technician');
    expect(await station.packages.library.remove(pkg.sha256)).toBe(true);
    expect(existsSync(station.packages.library.filePath(pkg.sha256))).toBe(false);
    expect(station.packages.library.list()).toEqual([]);
    expect(await station.packages.library.remove(pkg.sha256)).toBe(false);
    const kept = apps.list({ sha256: pkg.sha256 });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ result: 'applied', confirmedBy: 'technician', packageName: 'B.ppkg' });
  });

  it('a finished apply is never rewritten, but one left at "copied" may still be confirmed', () => {
    const apps = new PackageApplications(station.ledger);
    const base = {
      packageSha256: 'a'.repeat(64),
      packageName: 'x.ppkg',
      method: 'oobe-mtp' as const,
      deviceKey: null,
      deviceId: null,
      serial: null,
      model: null,
      technician: '',
    };
    const a = apps.start(base);
    apps.finish(a.id, 'copied', 'station', { remotePath: 'Internal Storage/x.ppkg', verified: true });
    expect(apps.finish(a.id, 'applied', 'station').result).toBe('applied');
    expect(() => apps.finish(a.id, 'failed', null)).toThrow(/already finished/);
  });

  it('recheck for a target changes the findings without replacing the stored ones', async () => {
    const { package: pkg } = await station.packages.library.import(
      makePackage(src.path, 'C.ppkg', { noEditionUpgrade: true }),
    );
    const forHl1 = await station.packages.library.recheck(pkg.sha256, { target: 'hololens1', mdmPlanned: true });
    expect(forHl1.findings.map((f) => f.code)).toContain('ppkg.hl1-no-edition-upgrade');
    expect(station.packages.library.inspection(pkg.sha256).findings.map((f) => f.code)).not.toContain(
      'ppkg.hl1-no-edition-upgrade',
    );
  });

  it('an expired bulk token blocks the package', async () => {
    const { package: pkg } = await station.packages.library.import(
      makePackage(src.path, 'Old.ppkg', { tokenExpiry: '2020-01-01T00:00:00Z' }),
    );
    expect(pkg.worst).toBe('block');
    expect(station.packages.library.inspection(pkg.sha256).findings[0]?.code).toBe('ppkg.token-expired');
  });

  it('names keep the .ppkg the device looks for', () => {
    expect(packageFileName('/x/Warehouse.ppkg')).toBe('Warehouse.ppkg');
    expect(packageFileName('C:\\pk\\Kit.PPKG')).toBe('Kit.PPKG');
    expect(packageFileName('/x/export')).toBe('export.ppkg');
  });
});
