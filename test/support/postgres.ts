import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and the bench: initdb + pg_ctl from Debian's server binaries, on a
 * free local TCP port and a socket folder of its own, with a password (so tests can check it never leaks), torn
 * down at the end. PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
 * `.ci/run` may instead export HOLOBENCH_TEST_PG_BIN to point at other server binaries.
 */

export const PG_BIN = process.env.HOLOBENCH_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';
export const PG_USER = 'holobench';
export const PG_PASSWORD = 'bench-secret-4242';

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresMissing(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'pg_ctl'))) {
    return `no PostgreSQL server binaries in ${PG_BIN} (Debian package "postgresql")`;
  }
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return 'running as root and there is no "postgres" user to own the test cluster';
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export class TestPostgres {
  readonly dir: string;
  readonly port: number;
  private readonly asRoot = process.getuid?.() === 0;

  private constructor(dir: string, port: number) {
    this.dir = dir;
    this.port = port;
  }

  /** The connection string a bench would be given (password included, as a technician would type it). */
  get url(): string {
    return `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${this.port}/postgres?sslmode=disable`;
  }

  /** The same server seen through another port (a proxy the test can cut). */
  urlVia(port: number): string {
    return `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres?sslmode=disable`;
  }

  static async start(): Promise<TestPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'holobench-pg-'));
    const pg = new TestPostgres(dir, await freePort());
    if (pg.asRoot) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
    }
    chmodSync(dir, 0o700);
    const pwfile = join(dir, 'pw');
    writeFileSync(pwfile, `${PG_PASSWORD}\n`);
    if (pg.asRoot) spawnSync('chown', ['postgres', pwfile]);
    pg.run('initdb', [
      '-D',
      join(dir, 'data'),
      '-U',
      PG_USER,
      '--auth=scram-sha-256',
      `--pwfile=${pwfile}`,
      '-E',
      'UTF8',
    ]);
    rmSync(pwfile);
    pg.startServer();
    return pg;
  }

  /** (Re)starts the server on the same port: the data survives a kill. */
  startServer(): void {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-o', opts, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  /** Kills the server at once (as a crash or a pulled cable would): no clean shutdown of sessions. */
  killServer(): void {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  stop(): void {
    spawnSync(...this.command('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private command(tool: string, args: string[]): [string, string[], { encoding: 'utf8' }] {
    const bin = join(PG_BIN, tool);
    return this.asRoot
      ? ['runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' }]
      : [bin, args, { encoding: 'utf8' }];
  }

  private run(tool: string, args: string[]): void {
    const r = spawnSync(...this.command(tool, args));
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout}`);
  }
}
