import { z } from 'zod';
import { StationError } from '../../shared/errors.ts';
import { say } from '../language.ts';

/**
 * The warehouse server's connection string, checked at the edge. The password may come in the URL (from
 * --warehouse or HOLOBENCH_WAREHOUSE_URL) or from PGPASSWORD / ~/.pgpass, which node-postgres reads itself; it is
 * kept only in memory: what the ledger, logs, screens and exports show is `display`, the URL without it.
 */

const SSL_MODES = ['disable', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'] as const;

export interface WarehouseTarget {
  /** The full string node-postgres gets (may hold the password: never print or store it). */
  connectionString: string;
  /** The same URL without the password: safe to show, log and store. */
  display: string;
  sslmode: (typeof SSL_MODES)[number] | null;
  password: string | null;
}

const Url = z
  .string()
  .trim()
  .min(1)
  .transform((s, ctx) => {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'it is not a URL like postgres://user@host:5432/database' });
      return z.NEVER;
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      ctx.addIssue({ code: 'custom', message: `it must start with postgres:// (got ${url.protocol}//)` });
      return z.NEVER;
    }
    if (!url.hostname && !url.searchParams.get('host')) {
      ctx.addIssue({ code: 'custom', message: 'it names no server host' });
      return z.NEVER;
    }
    const sslmode = url.searchParams.get('sslmode');
    if (sslmode !== null && !(SSL_MODES as readonly string[]).includes(sslmode)) {
      ctx.addIssue({ code: 'custom', message: `sslmode must be one of ${SSL_MODES.join(', ')} (got "${sslmode}")` });
      return z.NEVER;
    }
    return url;
  });

export function parseWarehouseUrl(text: string): WarehouseTarget {
  const r = Url.safeParse(text);
  if (!r.success) {
    throw new StationError(
      'usage',
      say('records:warehouse-address.title'),
      say('records:warehouse-address.message', { detail: r.error.issues[0]?.message ?? '?' }),
    );
  }
  const url = r.data;
  const password = url.password ? decodeURIComponent(url.password) : null;
  const shown = new URL(url.href);
  shown.password = '';
  return {
    connectionString: url.href,
    display: shown.href,
    sslmode: (url.searchParams.get('sslmode') as WarehouseTarget['sslmode']) ?? null,
    password,
  };
}

/** Any text that might echo the connection string (a driver's error) with the password taken out. */
export function withoutSecret(text: string, target: WarehouseTarget): string {
  let out = text.split(target.connectionString).join(target.display);
  if (target.password) {
    out = out.split(target.password).join('***');
    out = out.split(encodeURIComponent(target.password)).join('***');
  }
  return out;
}
