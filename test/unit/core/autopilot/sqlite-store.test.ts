import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autopilotMigration } from '../../../../src-main/core/autopilot/schema.ts';
import { SqliteAutopilotStore } from '../../../../src-main/core/autopilot/sqlite-store.ts';
import type { NewHarvest } from '../../../../src-main/core/autopilot/store.ts';
import { openLedgerDb } from '../../../../src-main/core/ledger/db.ts';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { MIGRATIONS } from '../../../../src-main/core/ledger/migrations.ts';
import { simulatedHardwareHash } from '../../../../src-main/sim/autopilot/diagnostics-zip.ts';

let ledger: Ledger;
let store: SqliteAutopilotStore;
let now: number;

const harvest = (serial: string, at: string, extra: Partial<NewHarvest> = {}): NewHarvest => ({
  serialNumber: serial,
  productId: '',
  hardwareHash: simulatedHardwareHash(`${serial}@${at}`),
  source: 'device',
  deviceKey: `usb-${serial}`,
  harvestedAt: at,
  ...extra,
});

beforeEach(() => {
  now = Date.UTC(2025, 0, 1, 9);
  const dir = mkdtempSync(join(tmpdir(), 'holobench-ap-store-'));
  ledger = new Ledger(openLedgerDb(dir, MIGRATIONS), () => new Date(now));
  store = new SqliteAutopilotStore(ledger);
});
afterEach(() => ledger.close());

describe('the autopilot migration', () => {
  it('is version 5 and creates its tables', () => {
    expect(autopilotMigration.version).toBe(5);
    const tables = ledger.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'autopilot_%' ORDER BY name")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual(['autopilot_harvests', 'autopilot_uploads']);
  });
});

describe('harvests are history', () => {
  it('keeps every harvest and finds the latest per serial', () => {
    const first = store.saveHarvest(
      harvest('SN1', '2025-01-01T08:00:00.000Z', { zipPath: '/data/zips/a.zip', csvName: 'DeviceHash_A.csv' }),
    );
    store.saveHarvest(harvest('SN2', '2025-01-01T08:30:00.000Z', { deviceKey: null, source: 'file' }));
    const again = store.saveHarvest(harvest('sn1', '2025-01-01T09:00:00.000Z'));
    expect(first).toMatchObject({
      id: 1,
      zipPath: '/data/zips/a.zip',
      csvName: 'DeviceHash_A.csv',
      recordedAt: '2025-01-01T09:00:00.000Z',
    });
    expect(first.hashSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(store.harvestHistory('SN1').map((h) => h.id)).toEqual([1, 3]);
    expect(store.latestHarvests().map((h) => [h.serialNumber, h.id])).toEqual([
      ['SN2', 2],
      ['sn1', again.id],
    ]);
    expect(store.getHarvest(2)).toMatchObject({ deviceKey: null, source: 'file' });
  });
});

describe('the upload queue table', () => {
  it('keeps one active upload per serial', () => {
    const h = store.saveHarvest(harvest('SN1', '2025-01-01T08:00:00.000Z'));
    const a = store.enqueueUpload({ harvestId: h.id, groupTag: 'Bench-A' });
    const b = store.enqueueUpload({ harvestId: h.id });
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, upload: { id: a.upload.id, groupTag: 'Bench-A' } });
    expect(a.upload).toMatchObject({ state: 'queued', hardwareHash: h.hardwareHash, attempts: 0 });
  });

  it('claims, releases, submits and finishes with Graph ids and statuses', () => {
    const h = store.saveHarvest(harvest('SN1', '2025-01-01T08:00:00.000Z'));
    const { upload } = store.enqueueUpload({ harvestId: h.id });
    expect(store.claimQueued(10).map((u) => [u.id, u.state, u.attempts])).toEqual([[upload.id, 'sending', 1]]);
    expect(store.claimQueued(10)).toEqual([]); // claimed once only
    store.releaseToQueue(upload.id, 'network down');
    expect(store.listUploads({ states: ['queued'] })[0]).toMatchObject({ message: 'network down' });
    store.claimQueued(10);
    store.markSubmitted(upload.id, 'graph-1', { importStatus: 'pending', message: 'importing' });
    store.markPolled(upload.id, { importStatus: 'unknown', message: 'still importing' });
    store.markFinished(upload.id, 'error', {
      importStatus: 'error',
      errorCode: 806,
      errorName: 'ZtdDeviceAlreadyAssigned',
      message: 'refused',
    });
    expect(store.listUploads({ serialNumber: 'sn1' })[0]).toMatchObject({
      state: 'error',
      graphId: 'graph-1',
      importStatus: 'error',
      errorCode: 806,
      errorName: 'ZtdDeviceAlreadyAssigned',
      attempts: 2,
      submittedAt: '2025-01-01T09:00:00.000Z',
      finishedAt: '2025-01-01T09:00:00.000Z',
    });
    expect(store.enqueueUpload({ harvestId: h.id }).created).toBe(true); // finished: a new attempt may be queued
  });

  it('gives back claims abandoned by a crashed run', () => {
    const h = store.saveHarvest(harvest('SN1', '2025-01-01T08:00:00.000Z'));
    store.enqueueUpload({ harvestId: h.id });
    store.claimQueued(10);
    now += 5 * 60_000;
    expect(store.claimQueued(10)).toEqual([]);
    now += 6 * 60_000;
    expect(store.claimQueued(10).map((u) => u.attempts)).toEqual([2]);
  });

  it('claims in queue order, up to the limit', () => {
    for (const serial of ['SN1', 'SN2', 'SN3']) {
      store.enqueueUpload({ harvestId: store.saveHarvest(harvest(serial, '2025-01-01T08:00:00.000Z')).id });
    }
    expect(store.claimQueued(2).map((u) => u.serialNumber)).toEqual(['SN1', 'SN2']);
    store.releaseToQueue(1, 'try later');
    expect(store.claimQueued(2, { excludeIds: [1] }).map((u) => u.serialNumber)).toEqual(['SN3']);
    expect(store.claimQueued(2).map((u) => u.serialNumber)).toEqual(['SN1']);
  });
});
