import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { parseWarehouseUrl } from '../../../../src-main/core/warehouse/connection.ts';
import { FloorWatcher, readFloorVia, type FloorView } from '../../../../src-main/core/warehouse/floor.ts';
import { WarehouseLink } from '../../../../src-main/core/warehouse/link.ts';
import { migrateWarehouse, WAREHOUSE_MIGRATIONS } from '../../../../src-main/core/warehouse/pg-schema.ts';
import { readRecords } from '../../../../src-main/core/warehouse/records.ts';
import { WarehouseBench } from '../../../../src-main/core/warehouse/warehouse.ts';
import { PG_PASSWORD, postgresMissing, TestPostgres } from '../../../support/postgres.ts';
import { tempDir } from '../../../support/station.ts';

/** The warehouse server's schema, TLS setting, errors and floor view against a real PostgreSQL. */

const missing = postgresMissing();
let server: TestPostgres | null = null;
beforeAll(async () => {
  if (!missing) server = await TestPostgres.start();
}, 30_000);
afterAll(() => server?.stop());

async function freshUrl(): Promise<string> {
  const name = `t_${Math.random().toString(36).slice(2, 10)}`;
  const c = new pg.Client({ connectionString: server!.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return server!.url.replace('/postgres?', `/${name}?`);
}

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

const run = missing ? it.skip : it;
if (missing) it.skip(`skipped: ${missing}`, () => undefined);

describe('the warehouse server (real PostgreSQL)', () => {
  run('two benches migrating at once: one creates the schema, the other waits and finds nothing to do', async () => {
    const url = await freshUrl();
    const [a, b] = [await client(url), await client(url)];
    const ran = await Promise.all([migrateWarehouse(a), migrateWarehouse(b)]);
    expect(ran.flat()).toEqual(WAREHOUSE_MIGRATIONS.map((m) => m.version));
    const rows = await a.query('SELECT version FROM schema_migrations');
    expect(rows.rows).toHaveLength(WAREHOUSE_MIGRATIONS.length);
    await Promise.all([a.end(), b.end()]);
  });

  run('a server with a newer schema is refused and left untouched', async () => {
    const url = await freshUrl();
    const c = await client(url);
    await migrateWarehouse(c);
    await c.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
    await expect(migrateWarehouse(c)).rejects.toThrow(/schema is version 99.*only knows up to 1/);
    const link = new WarehouseLink(parseWarehouseUrl(url));
    await expect(link.connect()).rejects.toThrow(/newer HoloBench|version 99/);
    expect((await c.query<{ v: number }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v).toBe(99);
    await c.end();
    await link.close();
  });

  run(
    'sslmode is honoured: require against a server without TLS fails with the reason, never the password',
    async () => {
      const url = (await freshUrl()).replace('sslmode=disable', 'sslmode=require');
      const link = new WarehouseLink(parseWarehouseUrl(url));
      expect(await link.connect()).toBe(false);
      expect(link.status.reason).toMatch(/SSL|ssl/);
      expect(JSON.stringify(link.status)).not.toContain(PG_PASSWORD);
      await link.close();
    },
  );

  run('a wrong password is a plain offline reason without the password in it', async () => {
    const url = (await freshUrl()).replace(PG_PASSWORD, 'wrong-one');
    const link = new WarehouseLink(parseWarehouseUrl(url));
    expect(await link.connect()).toBe(false);
    expect(link.status.online).toBe(false);
    expect(link.status.reason).toMatch(/password/);
    expect(link.status.reason).not.toContain('wrong-one');
    await link.close();
  });

  run('a change at one bench reaches a floor view on another connection within 2 s (LISTEN/NOTIFY)', async () => {
    const url = await freshUrl();
    const dir = tempDir();
    const ledger = Ledger.open(dir.path);
    const bench = new WarehouseBench({ ledger, url, bench: 'bench-7', tech: 'ana', syncMs: 60_000 });
    await bench.start();
    const views: FloorView[] = [];
    const watcher = new FloorWatcher(
      parseWarehouseUrl(url),
      (v) => views.push(v),
      () => undefined,
      60_000,
    );
    await watcher.start();
    await new Promise((r) => setTimeout(r, 200));
    const changedAt = Date.now();
    bench.reportBoard({ batchId: 1, profile: 'inventory', cards: [{ serial: 'SN1', state: 'needs-tech' }] as never });
    const seen = await new Promise<number>((resolve, reject) => {
      const t = setInterval(() => {
        const v = views.at(-1);
        if (v?.benches[0]?.counts['needs-tech'] === 1) {
          clearInterval(t);
          resolve(Date.now() - changedAt);
        }
        if (Date.now() - changedAt > 5000) {
          clearInterval(t);
          reject(new Error('the floor view never showed the change'));
        }
      }, 10);
    });
    expect(seen).toBeLessThan(2000);
    expect(views.at(-1)?.benches[0]).toMatchObject({ name: 'bench-7', tech: 'ana' });
    await watcher.stop();
    await bench.close();
    ledger.close();
    dir.remove();
  });
  run(
    "a conflict reads the same on the floor and in the records; a bench's records hold the conflicts it was in",
    async () => {
      const url = await freshUrl();
      const c = await client(url);
      await migrateWarehouse(c);
      await c.query(
        `INSERT INTO conflicts (serial, profile, first_key, first_bench, first_at, second_key, second_bench, second_at,
                              detected_at)
       VALUES ('SN1', 'inventory', 'k1', 'bench-1', '2026-12-05T08:00:00Z', 'k2', 'bench-2', '2026-12-05T08:05:00Z',
               '2026-12-05T09:00:00Z'),
              ('SN2', 'inventory', 'k3', 'bench-3', '2026-12-05T08:10:00Z', 'k4', 'bench-1', '2026-12-05T08:15:00Z',
               '2026-12-05T09:01:00Z')`,
      );
      await c.end();
      const first = {
        serial: 'SN1',
        profile: 'inventory',
        firstBench: 'bench-1',
        firstAt: '2026-12-05T08:00:00.000Z',
        secondBench: 'bench-2',
        secondAt: '2026-12-05T08:05:00.000Z',
        detectedAt: '2026-12-05T09:00:00.000Z',
      };
      const second = {
        serial: 'SN2',
        profile: 'inventory',
        firstBench: 'bench-3',
        firstAt: '2026-12-05T08:10:00.000Z',
        secondBench: 'bench-1',
        secondAt: '2026-12-05T08:15:00.000Z',
        detectedAt: '2026-12-05T09:01:00.000Z',
      };
      const link = new WarehouseLink(parseWarehouseUrl(url));
      expect(await link.connect()).toBe(true);
      const readers: [string, () => Promise<unknown[]>, unknown[]][] = [
        ['the floor', async () => (await readFloorVia(link)).conflicts, [first, second]],
        ['the records of the whole floor', async () => (await readRecords(link, null)).conflicts, [first, second]],
        [
          'the records of a bench first to finish',
          async () => (await readRecords(link, 'bench-3')).conflicts,
          [second],
        ],
        [
          'the records of a bench second to finish',
          async () => (await readRecords(link, 'bench-2')).conflicts,
          [first],
        ],
        ['the records of a bench in both', async () => (await readRecords(link, 'bench-1')).conflicts, [first, second]],
        ['the records of a bench in none', async () => (await readRecords(link, 'bench-9')).conflicts, []],
      ];
      for (const [where, read, expected] of readers) expect(await read(), where).toEqual(expected);
      expect((await readFloorVia(link)).totals.conflicts).toBe(2);
      await link.close();
    },
  );
});
