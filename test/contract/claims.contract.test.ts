import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src-main/core/ledger/ledger.ts';
import type { ClaimRequest, ClaimsPort } from '../../src-main/core/workflow/claims.ts';
import { LocalClaims } from '../../src-main/core/warehouse/local-claims.ts';
import { WarehouseBench } from '../../src-main/core/warehouse/warehouse.ts';
import { postgresMissing, TestPostgres } from '../support/postgres.ts';
import { tempDir } from '../support/station.ts';

/**
 * One contract for every ClaimsPort: what the workflow engine relies on so no device is worked twice. Runs against
 * the bench ledger alone (two processes on one data folder, the app and the CLI) and against a warehouse of
 * benches on a real PostgreSQL server (each bench with its own data folder).
 */
interface Bench {
  claims: ClaimsPort;
  /** Keeps this bench's leases alive now. */
  renew(): Promise<void>;
  close(): Promise<void>;
}

type Floor = (leaseMs: number) => Promise<{ bench(name: string): Promise<Bench>; close(): Promise<void> }>;

const sqliteFloor: Floor = (leaseMs) => {
  const dir = tempDir('holobench-claims-');
  const ledgers: Ledger[] = [];
  return Promise.resolve({
    bench: (name) => {
      const ledger = Ledger.open(dir.path);
      ledgers.push(ledger);
      const claims = new LocalClaims(ledger, { bench: name, leaseMs });
      return Promise.resolve({
        claims,
        renew: () => Promise.resolve(claims.renew()),
        close: () => Promise.resolve(claims.close()),
      });
    },
    close: () => {
      ledgers.forEach((l) => l.close());
      dir.remove();
      return Promise.resolve();
    },
  });
};

let server: TestPostgres | null = null;
const pgMissing = postgresMissing();

const postgresFloor: Floor = async (leaseMs) => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  const benches: WarehouseBench[] = [];
  const ledgers: Ledger[] = [];
  // Each floor gets a fresh database so the cases do not see each other's devices.
  const db = `floor_${Math.random().toString(36).slice(2, 10)}`;
  const adminDir = tempDir();
  const adminLedger = Ledger.open(adminDir.path);
  const admin = new WarehouseBench({ ledger: adminLedger, url: server!.url, bench: 'admin' });
  await admin.link.connect();
  await admin.link.query(`CREATE DATABASE ${db}`);
  await admin.close();
  adminLedger.close();
  adminDir.remove();
  const url = server!.url.replace('/postgres?', `/${db}?`);
  return {
    bench: async (name) => {
      const dir = tempDir('holobench-claims-');
      dirs.push(dir);
      const ledger = Ledger.open(dir.path);
      ledgers.push(ledger);
      const b = new WarehouseBench({ ledger, url, bench: name, leaseMs, syncMs: 60_000 });
      await b.link.connect();
      benches.push(b);
      return {
        claims: b.claims,
        renew: () => b.claims.renewLeases(),
        close: () => b.close(),
      };
    },
    close: async () => {
      for (const b of benches) await b.close();
      ledgers.forEach((l) => l.close());
      dirs.forEach((d) => d.remove());
    },
  };
};

const req = (serial: string, over: Partial<ClaimRequest> = {}): ClaimRequest => ({
  serial,
  profile: 'inventory',
  batchId: 1,
  override: false,
  ...over,
});

const done = (serial: string, batchId = 1) => ({
  serial,
  profile: 'inventory',
  batchId,
  tech: 'ana',
  override: false,
  finishedAt: new Date().toISOString(),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  if (!pgMissing) server = await TestPostgres.start();
}, 30_000);
afterAll(() => server?.stop());

const floors: [string, Floor, string | null][] = [
  ['bench ledger (SQLite, two processes on one data folder)', sqliteFloor, null],
  ['warehouse (PostgreSQL, benches with their own ledgers)', postgresFloor, pgMissing],
];

describe.each(floors)('claims contract: %s', (_name, makeFloor, missing) => {
  const run = missing ? it.skip : it;
  if (missing) it.skip(`skipped: ${missing}`, () => undefined);

  run('the first claim wins; the other bench is told who holds the device and until when', async () => {
    const floor = await makeFloor(30_000);
    const a = await floor.bench('bench-1');
    const b = await floor.bench('bench-2');
    expect(await a.claims.claim(req('SN1'))).toEqual({ kind: 'claimed', offline: false });
    const other = await b.claims.claim(req('sn1'));
    expect(other).toMatchObject({ kind: 'held', bench: 'bench-1' });
    expect(Date.parse((other as { until: string }).until)).toBeGreaterThan(Date.now());
    expect(await a.claims.claim(req('SN1'))).toEqual({ kind: 'claimed', offline: false });
    await floor.close();
  });

  run('a released device can be claimed by another bench at once', async () => {
    const floor = await makeFloor(30_000);
    const a = await floor.bench('bench-1');
    const b = await floor.bench('bench-2');
    await a.claims.claim(req('SN2'));
    await a.claims.release('SN2');
    expect(await b.claims.claim(req('SN2'))).toEqual({ kind: 'claimed', offline: false });
    await floor.close();
  });

  run('a lease that is not renewed runs out and another bench takes the device over', async () => {
    const floor = await makeFloor(600);
    const a = await floor.bench('bench-1');
    const b = await floor.bench('bench-2');
    await a.claims.claim(req('SN3'));
    await sleep(350);
    await a.renew();
    await sleep(350);
    expect(await b.claims.claim(req('SN3'))).toMatchObject({ kind: 'held', bench: 'bench-1' });
    await sleep(800);
    expect(await b.claims.claim(req('SN3'))).toEqual({ kind: 'claimed', offline: false });
    expect(await a.claims.claim(req('SN3'))).toMatchObject({ kind: 'held', bench: 'bench-2' });
    await floor.close();
  });

  run(
    'a device done at one bench is done elsewhere at every other, with where and when; override runs it',
    async () => {
      const floor = await makeFloor(30_000);
      const a = await floor.bench('bench-1');
      const b = await floor.bench('bench-2');
      await a.claims.claim(req('SN4'));
      await a.claims.markDone(done('SN4'));
      const answer = await b.claims.claim(req('SN4', { batchId: 7 }));
      expect(answer).toMatchObject({ kind: 'done-elsewhere', bench: 'bench-1' });
      expect(Date.parse((answer as { at: string }).at)).not.toBeNaN();
      expect(await b.claims.claim(req('SN4', { batchId: 7, override: true }))).toEqual({
        kind: 'claimed',
        offline: false,
      });
      // Another profile is another piece of work on the same device.
      expect(await a.claims.claim(req('SN4', { profile: 'autopilot-harvest', batchId: 2 }))).toMatchObject({
        kind: 'held',
        bench: 'bench-2',
      });
      await floor.close();
    },
  );

  run('recording the same completion twice keeps one and leaves the device free of claims', async () => {
    const floor = await makeFloor(30_000);
    const a = await floor.bench('bench-1');
    const b = await floor.bench('bench-2');
    await a.claims.claim(req('SN5'));
    await a.claims.markDone(done('SN5'));
    await a.claims.markDone(done('SN5'));
    expect(await b.claims.claim(req('SN5', { profile: 'autopilot-harvest' }))).toEqual({
      kind: 'claimed',
      offline: false,
    });
    await floor.close();
  });
});
