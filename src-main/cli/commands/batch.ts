import { say } from '../../core/language.ts';
import { resolve } from 'node:path';
import { defaultDataDir } from '../../core/paths.ts';
import { Ledger } from '../../core/ledger/ledger.ts';
import { writeFileAtomic } from '../../core/workflow/files.ts';
import { StationError } from '../../shared/errors.ts';
import { findBatchSummary, reportText } from '../../core/workflow/outputs.ts';
import { WorkflowStore } from '../../core/workflow/store.ts';
import { apartFromTraining, summarizeBatch } from '../../core/workflow/summary.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { exitCodeFor, humanSummary, summaryJson } from '../batch-progress.ts';
import { printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import { trainingLeftOutLine } from '../training.ts';
import { runBatch } from './batch-run.ts';
import type { Command } from './command.ts';

/** Opens the ledger alone: status and reports need no USB and no simulator. */
function withStore<T>(dataDir: string | undefined, fn: (store: WorkflowStore) => T): T {
  const ledger = Ledger.open(dataDir ?? defaultDataDir());
  try {
    return fn(new WorkflowStore(ledger));
  } finally {
    ledger.close();
  }
}

function batchRef(text: string | undefined): number | 'latest' {
  if (text === undefined || text === 'latest') return 'latest';
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(say('cli:batch.badRef', { text }));
  return n;
}

/** A batch the tech named that does not exist is bad input (exit 2). */
function summaryOf(store: WorkflowStore, text: string | undefined) {
  try {
    return findBatchSummary(store, batchRef(text));
  } catch (error) {
    if (error instanceof StationError && error.code === 'batch-not-found') throw new UsageError(error.message);
    throw error;
  }
}

function status(args: string[], ctx: CommandContext): number {
  const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS, 1);
  return withStore(values['data-dir'], (store) => {
    if (positionals[0] !== undefined) {
      const summary = summaryOf(store, positionals[0]);
      if (values.json) printJson(ctx.io, summaryJson(summary));
      else ctx.io.out(humanSummary(summary));
      return exitCodeFor(summary);
    }
    const batches = store.listBatches(20).map((b) => {
      const s = summarizeBatch(store, b.id);
      return {
        batchId: b.id,
        profile: b.profile.name,
        state: b.state,
        startedAt: b.startedAt,
        finishedAt: b.finishedAt,
        tech: b.tech,
        counts: s.counts,
      };
    });
    const unfinished = batches.find((b) => b.state !== 'finished')?.batchId ?? null;
    if (values.json) printJson(ctx.io, { batches, unfinished });
    else if (batches.length === 0) ctx.io.out(say('cli:batch.none'));
    else {
      ctx.io.out(
        formatTable(
          ['batch', 'profile', 'state', 'started', 'devices', 'done', 'failed', 'skipped'].map((c) =>
            say(`cli:batch.column.${c}`),
          ),
          batches.map((b) => [
            String(b.batchId),
            b.profile,
            say(`cli:batch.state.${b.state}`),
            say('cli:list.when', { when: b.startedAt }),
            say('cli:batch.count', { n: b.counts.total }),
            say('cli:batch.count', { n: b.counts.done }),
            say('cli:batch.count', { n: b.counts.failed }),
            say('cli:batch.count', { n: b.counts.skipped }),
          ]),
        ),
      );
      if (unfinished !== null) ctx.io.out(say('cli:batch.unfinished', { id: unfinished }));
    }
    return 0;
  });
}

function report(args: string[], ctx: CommandContext): number {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...COMMON_OPTIONS,
      csv: { type: 'boolean' },
      html: { type: 'boolean' },
      out: { type: 'string' },
      'include-training': { type: 'boolean' },
    },
    1,
  );
  if (positionals[0] === undefined) throw new UsageError(say('cli:batch.whichBatch'));
  if (!!values.csv === !!values.html) throw new UsageError(say('cli:batch.csvOrHtml'));
  const format = values.csv ? 'csv' : 'html';
  return withStore(values['data-dir'], (store) => {
    const summary = apartFromTraining(summaryOf(store, positionals[0]), values['include-training'] === true);
    if (summary.trainingLeftOut > 0) ctx.io.err(trainingLeftOutLine(summary.trainingLeftOut, 'device'));
    const text = reportText(summary, format, store.ledger.now());
    if (!values.out) {
      ctx.io.out(text);
      return 0;
    }
    const saved = writeFileAtomic(resolve(values.out), text);
    if (values.json) printJson(ctx.io, { ...saved, batchId: summary.batchId, format });
    else
      ctx.io.out(
        say('cli:batch.reportWritten', { format: format.toUpperCase(), id: summary.batchId, path: saved.path }),
      );
    return 0;
  });
}

export const batchCommand: Command = {
  name: 'batch',
  get summary() {
    return say('cli:summary.batch');
  },
  get usage() {
    return [
      'holobench batch run --profile <name|file> [--package f.ppkg] [--manifest m.csv] [--scanner <port>] [--baud N]',
      '         [--sim-tech auto] [--override] [--concurrency N] [--new] [--tech name] [--json]',
      '         [--warehouse <postgres-url> --bench <name> [--lease s]]   (or HOLOBENCH_WAREHOUSE_URL)',
      '       holobench batch status [<batch>|latest] [--json]',
      '       holobench batch report <batch>|latest --csv|--html [--out file] [--include-training]',
      say('cli:usageNotes.batch'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === 'run') return runBatch(rest, ctx);
    if (sub === 'status') return status(rest, ctx);
    if (sub === 'report') return report(rest, ctx);
    throw new UsageError(say('cli:batch.subcommand', { sub: sub ?? '' }));
  },
};
