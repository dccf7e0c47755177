import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../../../src-main/core/ledger/ledger.ts';
import { parseWarehouseUrl } from '../../../../src-main/core/warehouse/connection.ts';
import { FloorWatcher, type FloorView } from '../../../../src-main/core/warehouse/floor.ts';
import { WarehouseLink } from '../../../../src-main/core/warehouse/link.ts';
import { migrateWarehouse, WAREHOUSE_MIGRATIONS } from '../../../../src-main/core/warehouse/pg-schema.ts';
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
});
