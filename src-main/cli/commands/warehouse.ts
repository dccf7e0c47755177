import { say } from '../../core/language.ts';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ledger } from '../../core/ledger/ledger.ts';
import { defaultDataDir } from '../../core/paths.ts';
import { FloorWatcher, readFloorVia, type FloorView } from '../../core/warehouse/floor.ts';
import { WarehouseLink } from '../../core/warehouse/link.ts';
import { readRecords, recordsCsv } from '../../core/warehouse/records.ts';
import { WarehouseBench } from '../../core/warehouse/warehouse.ts';
import { writeFileAtomic } from '../../core/workflow/files.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import type { Command } from './command.ts';
import { WAREHOUSE_OPTIONS, warehouseFlags, type WarehouseFlags } from './warehouse-flags.ts';

/**
 * `holobench warehouse status|report|export|sync`: the floor of benches sharing one PostgreSQL server. Status,
 * report and export read the server only; sync sends this bench's waiting completions (its outbox) now.
 */

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...WAREHOUSE_OPTIONS,
  watch: { type: 'boolean' },
  csv: { type: 'boolean' },
  out: { type: 'string' },
  all: { type: 'boolean' },
} as const;

function flagsOf(values: Parameters<typeof warehouseFlags>[0]): WarehouseFlags {
  const flags = warehouseFlags(values);
  if (!flags) throw new UsageError(say('cli:warehouse.which'));
  return flags;
}

/** Connects for one command; offline is exit 1 with the reason (never the password). */
async function withLink<T>(flags: WarehouseFlags, ctx: CommandContext, fn: (link: WarehouseLink) => Promise<T>) {
  const link = new WarehouseLink(flags.target);
  try {
    if (!(await link.connect())) {
      ctx.io.err(
        `holobench warehouse: ${say('cli:warehouse.unreachable', { server: link.status.server, reason: link.status.reason ?? '' })}`,
      );
      return null;
    }
    return await fn(link);
  } finally {
    await link.close();
  }
}

export function floorText(v: FloorView): string {
  const rows = v.benches.map((b) => [
    b.name,
    b.tech || '-',
    say('cli:warehouse.ago', { seconds: Math.round(b.silentFor) }),
    b.batchId === null ? '-' : `${b.batchId} ${b.profile ?? ''}`,
    ...[
      b.counts.working + b.counts.waiting,
      b.counts['needs-tech'] + b.counts.paused,
      b.counts.done,
      b.counts.failed,
      b.counts.skipped,
    ].map((n) => say('cli:batch.count', { n })),
  ]);
  const t = v.totals;
  const columns = ['bench', 'tech', 'lastContact', 'batch', 'working', 'needsTech', 'done', 'failed', 'skipped'];
  const lines = [
    say('cli:warehouse.floor', {
      server: v.server,
      benches: say('cli:warehouse.benches', { count: v.benches.length }),
      devices: say('cli:warehouse.devicesOnFloor', { count: t.devices }),
      completed: t.completed,
    }),
    formatTable(
      columns.map((c) => say(`cli:warehouse.column.${c}`)),
      rows,
    ),
  ];
  for (const c of v.conflicts) {
    lines.push(
      say('cli:warehouse.conflictSeen', {
        serial: c.serial,
        profile: c.profile,
        first: c.firstBench,
        firstAt: c.firstAt,
        second: c.secondBench,
        secondAt: c.secondAt,
      }),
    );
  }
  return lines.join('\n');
}

async function status(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const flags = flagsOf(values);
  if (values.watch) return watch(flags, values.json === true, ctx);
  const view = await withLink(flags, ctx, (link) => readFloorVia(link));
  if (!view) return 1;
  if (values.json) printJson(ctx.io, view);
  else ctx.io.out(floorText(view));
  return 0;
}

/** Prints the floor after every change until Ctrl+C (one JSON document per line with --json). */
function watch(flags: WarehouseFlags, json: boolean, ctx: CommandContext): Promise<number> {
  return new Promise((done) => {
    const watcher = new FloorWatcher(
      flags.target,
      (v) => ctx.io.out(json ? JSON.stringify(v) : `${floorText(v)}\n`),
      (reason) => ctx.io.err(say('cli:warehouse.watchProblem', { reason })),
    );
    const stop = () => void watcher.stop().then(() => done(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    void watcher.start();
  });
}

async function report(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const flags = flagsOf(values);
  const bench = values.all ? null : (values.bench ?? null);
  const records = await withLink(flags, ctx, (link) => readRecords(link, bench));
  if (!records) return 1;
  if (values.json) {
    printJson(ctx.io, records);
  } else if (values.csv) {
    ctx.io.out(recordsCsv(records)['completions.csv']!);
  } else {
    const perBench = new Map<string, number>();
    for (const c of records.completions) perBench.set(c.bench, (perBench.get(c.bench) ?? 0) + 1);
    ctx.io.out(
      [
        say(bench ? 'cli:warehouse.reportBench' : 'cli:warehouse.reportAll', {
          bench,
          finished: say('cli:warehouse.finished', { count: records.completions.length }),
          conflicts: say('cli:warehouse.conflicts', { count: records.conflicts.length }),
        }),
        formatTable(
          [say('cli:warehouse.column.bench'), say('cli:warehouse.column.finished')],
          [...perBench].map(([b, n]) => [b, say('cli:batch.count', { n })]),
        ),
        ...records.conflicts.map((c) =>
          say('cli:warehouse.conflict', {
            serial: c.serial,
            profile: c.profile,
            first: c.firstBench,
            second: c.secondBench,
          }),
        ),
      ].join('\n'),
    );
  }
  return records.conflicts.length > 0 ? 1 : 0;
}

async function exportRecords(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const flags = flagsOf(values);
  if (!!values.json === !!values.csv) throw new UsageError(say('cli:ledger.jsonOrCsv'));
  const records = await withLink(flags, ctx, (link) => readRecords(link, values.all ? null : (values.bench ?? null)));
  if (!records) return 1;
  if (values.json && !values.out) {
    printJson(ctx.io, records);
    return 0;
  }
  const dir = resolve(values.out ?? join(values['data-dir'] ?? defaultDataDir(), 'exports', `warehouse-${Date.now()}`));
  mkdirSync(dir, { recursive: true });
  const files = values.json ? { 'warehouse.json': JSON.stringify(records, null, 2) } : recordsCsv(records);
  const written = Object.entries(files).map(([name, text]) => writeFileAtomic(join(dir, name), text).path);
  ctx.io.out(written.join('\n'));
  return 0;
}

/** Sends this bench's finished devices that have not reached the server yet (the outbox), then pulls the others'. */
async function sync(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const flags = flagsOf(values);
  const ledger = Ledger.open(values['data-dir'] ?? defaultDataDir());
  const bench = new WarehouseBench({ ledger, url: flags.url, bench: flags.bench });
  try {
    const before = bench.claims.pendingCompletions();
    const st = await bench.start();
    const after = bench.status();
    const result = {
      bench: st.bench,
      server: st.server,
      online: after.online,
      sent: before - after.pending,
      pending: after.pending,
    };
    if (values.json) printJson(ctx.io, result);
    else if (!after.online)
      ctx.io.err(
        `holobench warehouse: ${say('cli:warehouse.syncOffline', { reason: after.reason ?? '', count: after.pending })}`,
      );
    else {
      ctx.io.out(
        say('cli:warehouse.synced', {
          sent: say('cli:warehouse.sent', { count: result.sent, server: st.server }),
          count: after.pending,
        }),
      );
    }
    return after.online && after.pending === 0 ? 0 : 1;
  } finally {
    await bench.close();
    ledger.close();
  }
}

export const warehouseCommand: Command = {
  name: 'warehouse',
  get summary() {
    return say('cli:summary.warehouse');
  },
  get usage() {
    return [
      'holobench warehouse status [--watch] [--json]',
      '       holobench warehouse report [--bench name | --all] [--csv | --json]',
      '       holobench warehouse export --json|--csv [--bench name | --all] [--out dir]',
      '       holobench warehouse sync [--bench name] [--data-dir dir]',
      say('cli:usageNotes.warehouse'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === 'status') return status(rest, ctx);
    if (sub === 'report') return report(rest, ctx);
    if (sub === 'export') return exportRecords(rest, ctx);
    if (sub === 'sync') return sync(rest, ctx);
    throw new UsageError(say('cli:warehouse.subcommand', { sub: sub ?? '' }));
  },
};
