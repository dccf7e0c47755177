import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../../src-main/core/ledger/ledger.ts';
import { PackageApplications } from '../../../src-main/core/packages/applications.ts';
import { runCli, spawnCli } from '../../support/cli.ts';
import { makeCorruptPackage, makePackage, wimlibAvailable } from '../../support/packages.ts';
import { tempDir } from '../../support/station.ts';

const dirs: { path: string; remove(): void }[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface InspectJson {
  sha256: string;
  size: number;
  format: string;
  compression: string;
  members: { path: string; size: number; sha256: string | null }[];
  findings: { severity: string; code: string; message: string }[];
}

describe.skipIf(!wimlibAvailable())('holobench ppkg', () => {
  it('inspect --json prints the contract fields and exits 0 for a good package', async () => {
    const file = makePackage(dir(), 'Warehouse.ppkg');
    const r = await runCli(['ppkg', 'inspect', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as InspectJson;
    expect(out).toMatchObject({
      sha256: sha(file),
      size: readFileSync(file).length,
      format: 'wim',
      compression: 'xpress',
    });
    expect(out.members.map((m) => m.path).sort()).toEqual(['customizations.xml', 'notes.txt']);
    expect(out.members.every((m) => /^[0-9a-f]{64}$/.test(m.sha256 ?? ''))).toBe(true);
    expect(out.findings.every((f) => ['block', 'warn', 'info'].includes(f.severity))).toBe(true);
  });

  it('inspect of a corrupt file exits 1 with a block finding', async () => {
    const r = await runCli(['ppkg', 'inspect', makeCorruptPackage(dir()), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as InspectJson;
    expect(out.format).toBe('unknown');
    expect(out.findings[0]).toMatchObject({ severity: 'block', code: 'ppkg.not-wim' });
  });

  it('inspect a missing file or with a bad flag exits 2 with one line on stderr', async () => {
    for (const args of [
      ['ppkg', 'inspect', join(dir(), 'missing.ppkg')],
      ['ppkg', 'inspect', makeCorruptPackage(dir()), '--target', 'hololens3'],
      ['ppkg', 'inspect', makeCorruptPackage(dir()), '--bogus'],
      ['ppkg', 'inspect'],
      ['ppkg', 'frobnicate'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('inspect --target hololens1 --mdm-planned warns about a missing edition upgrade', async () => {
    const file = makePackage(dir(), 'NoUpgrade.ppkg', { noEditionUpgrade: true });
    const r = await runCli(['ppkg', 'inspect', file, '--json', '--target', 'hololens1', '--mdm-planned']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as InspectJson).findings.map((f) => f.code)).toContain('ppkg.hl1-no-edition-upgrade');
  });

  it('the real executable exits 1 on a corrupt package and prints readable text', async () => {
    const r = await spawnCli(['ppkg', 'inspect', makeCorruptPackage(dir())]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/BLOCK/);
    expect(r.stderr).toBe('');
  });

  it('push during setup: the simulated device gets its chord, the copy is verified and recorded', async () => {
    const data = dir();
    const file = makePackage(dir(), 'Warehouse.ppkg');
    const r = await runCli(['ppkg', 'push', file, '--json', '--simulate', 'hl2-oobe', '--no-usb', '--data-dir', data]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      target: 'oobe',
      sha256: sha(file),
      remotePath: 'Internal Storage/Warehouse.ppkg',
      verified: true,
    });
    expect(r.stderr).toMatch(/pressing Volume Down \+ Power/);
    const ledger = Ledger.open(data);
    try {
      expect(new PackageApplications(ledger).list()[0]).toMatchObject({
        method: 'oobe-mtp',
        result: 'copied',
        verified: true,
        serial: 'SIMHL2O0001',
      });
    } finally {
      ledger.close();
    }
  });

  it('push after setup goes into Documents; a corrupt package or a bad target is refused', async () => {
    const data = dir();
    const file = makePackage(dir(), 'Office.ppkg');
    const common = ['--simulate', 'hl2', '--no-usb', '--data-dir', data];
    const ok = await runCli(['ppkg', 'push', file, '--json', ...common]);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      target: 'documents',
      remotePath: 'Internal Storage/Documents/Office.ppkg',
    });
    const bad = await runCli(['ppkg', 'push', makeCorruptPackage(dir()), ...common]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot be applied/);
    expect((await runCli(['ppkg', 'push', file, '--target', 'usb', ...common])).code).toBe(2);
    expect((await runCli(['ppkg', 'push', join(dir(), 'none.ppkg'), ...common])).code).toBe(2);
  });

  it('kit writes to a drive in the listing, refuses one that is not, and refuses a corrupt package', async () => {
    const data = dir();
    const stick = dir();
    const file = makePackage(dir(), 'Kit.ppkg');
    const r = await runCli(['ppkg', 'kit', stick, file, '--json', '--sim-drive', stick, '--data-dir', data]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; files: { name: string; verified: boolean }[]; rules: unknown[] };
    expect(out.files).toEqual([expect.objectContaining({ name: 'Kit.ppkg', verified: true })]);
    expect(out.rules).toHaveLength(3);
    expect(sha(join(stick, 'Kit.ppkg'))).toBe(sha(file));

    const elsewhere = dir();
    const refused = await runCli(['ppkg', 'kit', elsewhere, file, '--data-dir', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/No such drive/);
    expect(existsSync(join(elsewhere, 'Kit.ppkg'))).toBe(false);

    const corrupt = await runCli([
      'ppkg',
      'kit',
      stick,
      makeCorruptPackage(dir()),
      '--sim-drive',
      stick,
      '--data-dir',
      data,
    ]);
    expect(corrupt.code).toBe(1);
    expect(existsSync(join(stick, 'corrupt.ppkg'))).toBe(false);
  });

  it('kit refuses the system disk with its reasons (exit 1)', async () => {
    const r = await runCli(['ppkg', 'kit', '/', makePackage(dir(), 'K.ppkg'), '--json', '--data-dir', dir()]);
    expect(r.code).toBe(1);
    // Either the OS listing names "/" (and the rules refuse it) or it is not listed at all: never written.
    if (r.stdout) {
      const out = JSON.parse(r.stdout) as { ok: boolean; reasons: { code: string }[] };
      expect(out.ok).toBe(false);
      expect(out.reasons.map((x) => x.code)).toContain('drive.holds-os');
    }
    expect(existsSync('/K.ppkg')).toBe(false);
  });

  it('library import, list and remove share the app data folder', async () => {
    const data = dir();
    const file = makePackage(dir(), 'Lib.ppkg');
    const imported = await runCli([
      'ppkg',
      'library',
      'import',
      file,
      '--notes',
      'spare kit',
      '--json',
      '--data-dir',
      data,
    ]);
    expect(imported.code).toBe(0);
    const list = await runCli(['ppkg', 'library', 'list', '--json', '--data-dir', data]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ sha256: sha(file), notes: 'spare kit' })]);
    const human = await runCli(['ppkg', 'library', 'list', '--data-dir', data]);
    expect(human.stdout).toMatch(/Lib\.ppkg/);
    expect((await runCli(['ppkg', 'library', 'remove', sha(file), '--data-dir', data])).code).toBe(0);
    expect((await runCli(['ppkg', 'library', 'remove', 'xyz', '--data-dir', data])).code).toBe(2);
    expect((await runCli(['ppkg', 'library', 'import', join(dir(), 'no.ppkg'), '--data-dir', data])).code).toBe(2);
  });
});
