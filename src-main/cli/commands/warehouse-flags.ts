import { say } from '../../core/language.ts';
import { hostname } from 'node:os';
import type { Station } from '../../core/station.ts';
import { parseWarehouseUrl, type WarehouseTarget } from '../../core/warehouse/connection.ts';
import type { LinkStatus } from '../../core/warehouse/link.ts';
import { StationError } from '../../shared/errors.ts';
import { UsageError } from '../args.ts';
import type { CommandContext } from '../context.ts';

/** `--warehouse <url> --bench <name> [--lease <s>]`, shared by `batch run` and `warehouse`. */
export const WAREHOUSE_OPTIONS = {
  warehouse: { type: 'string' },
  bench: { type: 'string' },
  lease: { type: 'string' },
} as const;

export interface WarehouseFlags {
  target: WarehouseTarget;
  url: string;
  bench: string;
  leaseMs: number | undefined;
}

const BENCH_NAME = /^[\w.-]{1,40}$/;

/** The warehouse to join: --warehouse, else HOLOBENCH_WAREHOUSE_URL; null when neither is given (a lone bench). */
export function warehouseFlags(values: { warehouse?: string; bench?: string; lease?: string }): WarehouseFlags | null {
  const url = values.warehouse ?? process.env.HOLOBENCH_WAREHOUSE_URL;
  if (url === undefined || url === '') {
    if (values.bench !== undefined) throw new UsageError(say('cli:warehouse.benchNeedsUrl'));
    return null;
  }
  let target: WarehouseTarget;
  try {
    target = parseWarehouseUrl(url);
  } catch (error) {
    if (error instanceof StationError) throw new UsageError(error.message);
    throw error;
  }
  const bench = values.bench ?? process.env.HOLOBENCH_BENCH ?? hostname();
  if (!BENCH_NAME.test(bench)) {
    throw new UsageError(say('cli:warehouse.badBench', { bench }));
  }
  let leaseMs: number | undefined;
  if (values.lease !== undefined) {
    const s = Number(values.lease);
    if (!Number.isFinite(s) || s < 1 || s > 3600)
      throw new UsageError(say('cli:args.seconds', { flag: '--lease', min: 1, max: 3600 }));
    leaseMs = Math.round(s * 1000);
  }
  return { target, url, bench, leaseMs };
}

export function describeLink(s: LinkStatus, bench: string): string {
  return s.online
    ? say('cli:warehouse.online', { server: s.server, bench })
    : say('cli:warehouse.offline', { reason: s.reason ?? say('cli:warehouse.noAnswer'), bench });
}

/** Joins the warehouse for this run and reports every change of the link on stderr; returns the unsubscribe. */
export async function joinWarehouse(
  station: Station,
  flags: WarehouseFlags,
  tech: string,
  ctx: CommandContext,
): Promise<() => void> {
  const status = await station.warehouse.connect({
    url: flags.url,
    bench: flags.bench,
    tech,
    ...(flags.leaseMs ? { leaseMs: flags.leaseMs } : {}),
  });
  ctx.io.err(describeLink(status, flags.bench));
  const bench = station.warehouse.bench;
  return bench?.link.events.on('status', (s) => ctx.io.err(describeLink(s, flags.bench))) ?? (() => undefined);
}

/** The warehouse saved in the app's settings (joined by the station as it opened): reported like a joined one. */
export async function followSavedWarehouse(station: Station, ctx: CommandContext): Promise<() => void> {
  await station.warehouse.settled();
  const bench = station.warehouse.bench;
  if (!bench) return () => undefined;
  ctx.io.err(describeLink(bench.link.status, bench.bench));
  return bench.link.events.on('status', (s) => ctx.io.err(describeLink(s, bench.bench)));
}
