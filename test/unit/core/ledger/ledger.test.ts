import { afterEach, describe, expect, it } from 'vitest';
import { openLedgerDb, migrate } from '../../../../src-main/core/ledger/db.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import { tempDir } from '../../../support/station.ts';

const dirs: { remove(): void }[] = [];
function dir() {
  const d = tempDir();
  dirs.push(d);
  return d.path;
}
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const sighting = {
  key: 'sn:045E:F0A2:ABC',
  usbId: '045E:F0A2',
  serial: 'ABC',
  model: 'hololens2',
  mode: 'normal',
  confidence: 'confirmed',
  kind: 'hololens',
  rule: 'heuristic:hl2-string-mtp-ncm',
  productName: 'HoloLens 2',
  manufacturer: 'Microsoft',
  portPath: '1-4.2',
  source: 'usb',
};

describe('ledger storage', () => {
  it('uses WAL journaling so the app and the CLI can share it', () => {
    const db = openLedgerDb(dir());
    expect(db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
    db.close();
  });

  it('runs each migration once and records its version', () => {
    const path = dir();
    const db = openLedgerDb(path);
    const versions = db
      .prepare('SELECT version FROM schema_migrations ORDER BY version')
      .all()
      .map((r) => r.version);
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.close();
  });

  it('applies a new migration step on the next open, leaving data in place', () => {
    const path = dir();
    const ledger = new Ledger(openLedgerDb(path));
    ledger.recordSighting(sighting, 'attached');
    ledger.close();
    const next = [
      ...MIGRATIONS,
      { version: 999, name: 'test column', sql: 'ALTER TABLE devices ADD COLUMN extra TEXT' },
    ];
    const db = openLedgerDb(path, next);
    expect(db.prepare('SELECT COUNT(*) AS n FROM devices').get()?.n).toBe(1);
    db.close();
  });

  it('refuses a ledger written by a newer station and leaves it untouched', () => {
    const path = dir();
    openLedgerDb(path, [...MIGRATIONS, { version: 50, name: 'future', sql: 'SELECT 1' }]).close();
    expect(() => openLedgerDb(path)).toThrow(/only knows up to/);
  });

  it('a failing migration is rolled back whole', () => {
    const path = dir();
    const bad = [...MIGRATIONS, { version: 77, name: 'bad', sql: 'CREATE TABLE t1 (a); CREATE TABLE oops (' }];
    expect(() => openLedgerDb(path, bad)).toThrow();
    const db = openLedgerDb(path);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't1'").get()).toBeUndefined();
    db.close();
  });
});

describe('device records', () => {
  it('first sighting sets first and last seen; later ones keep first seen and add events', () => {
    let t = Date.parse('2026-01-01T10:00:00Z');
    const ledger = new Ledger(openLedgerDb(dir()), () => new Date(t));
    const first = ledger.recordSighting(sighting, 'attached');
    t += 60_000;
    const second = ledger.recordSighting({ ...sighting, portPath: '1-4.3' }, 'attached');
    expect(second.firstSeen).toBe(first.firstSeen);
    expect(second.lastSeen).toBe('2026-01-01T10:01:00.000Z');
    expect(second.portPath).toBe('1-4.3');
    ledger.addEvent(sighting.key, 'detached', { portPath: '1-4.3' });
    const events = ledger.events(sighting.key);
    expect(events.map((e) => e.kind)).toEqual(['detached', 'attached', 'attached']);
    expect(events[1]!.detail.portPath).toBe('1-4.3');
    ledger.close();
  });

  it('merges facts learned later into the device info', () => {
    const ledger = new Ledger(openLedgerDb(dir()));
    ledger.recordSighting(sighting, 'attached');
    ledger.mergeDeviceInfo(sighting.key, { batteryPercent: 80 });
    ledger.mergeDeviceInfo(sighting.key, { mtp: { model: 'HoloLens 2' } });
    expect(ledger.getDevice(sighting.key)?.info).toEqual({ batteryPercent: 80, mtp: { model: 'HoloLens 2' } });
    ledger.close();
  });

  it('survives a reopen: nothing recorded is lost', () => {
    const path = dir();
    const a = new Ledger(openLedgerDb(path));
    a.recordSighting(sighting, 'attached');
    a.close();
    const b = new Ledger(openLedgerDb(path));
    expect(b.listDevices()).toHaveLength(1);
    expect(b.countEvents()).toBe(1);
    b.close();
  });
});

describe('labels', () => {
  it('saves, replaces and removes a label by VID:PID', () => {
    const ledger = new Ledger(openLedgerDb(dir()));
    const label = {
      usbId: '045E:0C00',
      model: 'hololens2' as const,
      mode: 'normal' as const,
      note: '',
      labelledBy: 'ana',
      labelledAt: 'x',
    };
    ledger.saveLabel(label);
    ledger.saveLabel({ ...label, mode: 'flashing' });
    expect(ledger.listLabels()).toEqual([{ ...label, mode: 'flashing' }]);
    expect(ledger.removeLabel('045E:0C00')).toBe(true);
    expect(ledger.removeLabel('045E:0C00')).toBe(false);
    ledger.close();
  });
});
