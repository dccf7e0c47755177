import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialFolderName } from '../../../../src-main/core/autopilot/service.ts';
import { LEDGER_FILE, openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { spawnCli } from '../../../support/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'holobench-perms-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8);

describe('only the station user can read the ledger and the hashes', () => {
  it('a new ledger: data folder 0700, database and WAL 0600, even under umask 022', () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(root, 'fresh', 'HoloBench');
      const db = openLedgerDb(dir);
      db.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'probe', 'now')");
      expect(mode(dir)).toBe('700');
      for (const f of [LEDGER_FILE, `${LEDGER_FILE}-wal`, `${LEDGER_FILE}-shm`]) {
        if (existsSync(join(dir, f))) expect(mode(join(dir, f)), f).toBe('600');
      }
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it('the CLI writes everything for its user only (umask 077)', async () => {
    const dir = join(root, 'cli');
    const r = await spawnCli(['ledger', 'export', '--data-dir', dir, '--json']);
    expect(r.signal).toBeNull();
    expect(mode(dir)).toBe('700');
    expect(mode(join(dir, LEDGER_FILE))).toBe('600');
  });
});

describe('a device serial never names a folder outside its own', () => {
  it.each([
    ['..', '__'],
    ['.', '_'],
    ['...', '___'],
    ['', 'unknown-serial'],
    ['../../etc', '.._.._etc'],
    ['SN/../x', 'SN_.._x'],
    ['HL2-0042.A', 'HL2-0042.A'],
  ])('%j -> %j', (serial, folder) => {
    const name = serialFolderName(serial);
    expect(name).toBe(folder);
    const rel = relative(join(root, 'autopilot'), join(root, 'autopilot', name));
    expect(rel === '' || rel === '..' || rel.startsWith(`..${sep}`)).toBe(false);
    expect(name).not.toMatch(/[/\\]/);
  });
});
