import pg from 'pg';
import { Emitter } from '../emitter.ts';
import { withoutSecret, type WarehouseTarget } from './connection.ts';
import { migrateWarehouse } from './pg-schema.ts';

/**
 * One bench's connection to the warehouse server. It is either online (a connected, migrated client) or offline
 * with the reason; any failed query takes it offline, and `connect()` (called by the sync loop) tries again.
 * Queries time out so a server that stops answering (a cut cable) is noticed as quickly as one that refuses.
 */

export interface LinkStatus {
  online: boolean;
  /** The server without its password. */
  server: string;
  /** Why the bench is offline (never holds the password), or null. */
  reason: string | null;
  since: string;
}

export interface LinkEvents extends Record<string, unknown> {
  status: LinkStatus;
}

export interface LinkOptions {
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
}

export class WarehouseOffline extends Error {}

export class WarehouseLink {
  readonly target: WarehouseTarget;
  readonly events = new Emitter<LinkEvents>();
  private client: pg.Client | null = null;
  private connecting: Promise<boolean> | null = null;
  private current: LinkStatus;
  private readonly opts: Required<LinkOptions>;
  private closed = false;
  /** node-postgres runs one query at a time per client; callers queue here instead of inside the driver. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(target: WarehouseTarget, opts: LinkOptions = {}) {
    this.target = target;
    this.opts = { connectTimeoutMs: opts.connectTimeoutMs ?? 3000, queryTimeoutMs: opts.queryTimeoutMs ?? 5000 };
    this.current = {
      online: false,
      server: target.display,
      reason: 'not connected yet',
      since: new Date().toISOString(),
    };
  }

  get status(): LinkStatus {
    return this.current;
  }

  get online(): boolean {
    return this.current.online;
  }

  /** Connects and brings the schema up to date; false (and offline with the reason) when that fails. */
  connect(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.client) return Promise.resolve(true);
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<boolean> {
    const client = new pg.Client({
      connectionString: this.target.connectionString,
      connectionTimeoutMillis: this.opts.connectTimeoutMs,
      query_timeout: this.opts.queryTimeoutMs,
      keepAlive: true,
      application_name: 'holobench',
    });
    // A dropped connection is reported here; without a listener node-postgres would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the server closed the connection')));
    try {
      await client.connect();
      await migrateWarehouse(client);
    } catch (error) {
      await client.end().catch(() => undefined);
      // A schema from a newer HoloBench is not a network problem: the caller must see it.
      if (error instanceof Error && 'code' in error && error.code === 'warehouse-too-new') throw error;
      this.setStatus(false, this.describe(error));
      return false;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return false;
    }
    this.client = client;
    this.setStatus(true, null);
    return true;
  }

  /** Runs queries on the server; throws WarehouseOffline (and goes offline) when it cannot. */
  query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    const run = this.queue.then(() => this.queryNow<R>(sql, values));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async queryNow<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    const client = this.client;
    if (!client) throw new WarehouseOffline(this.current.reason ?? 'offline');
    try {
      return await client.query<R>(sql, values);
    } catch (error) {
      // An error the server answered with (a constraint, bad SQL) is a bug to surface; anything else is the link.
      if (error instanceof pg.DatabaseError && !/^(57P|08|53)/.test(error.code ?? '')) throw error;
      this.lost(client, error);
      throw new WarehouseOffline(this.describe(error));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (!this.closed) this.setStatus(false, this.describe(error));
  }

  private describe(error: unknown): string {
    const msg = error instanceof Error ? error.message || error.name : String(error);
    return withoutSecret(msg, this.target);
  }

  private setStatus(online: boolean, reason: string | null): void {
    if (this.current.online === online && this.current.reason === reason) return;
    this.current = { online, server: this.target.display, reason, since: new Date().toISOString() };
    this.events.emit('status', this.current);
  }
}
