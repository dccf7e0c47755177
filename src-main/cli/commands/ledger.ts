import { say } from '../../core/language.ts';
import { join, resolve } from 'node:path';
import { defaultDataDir } from '../../core/paths.ts';
import { Ledger } from '../../core/ledger/ledger.ts';
import { exportLedger } from '../../core/workflow/ledger-export.ts';
import { exportFolderName, writeLedgerExport } from '../../core/workflow/outputs.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import type { CommandContext } from '../context.ts';
import { trainingLeftOutLine } from '../training.ts';
import type { Command } from './command.ts';

/**
 * `holobench ledger export --json|--csv [--out dir]`: everything the station recorded. JSON goes to stdout (or
 * ledger.json in --out); CSV is one file per table, into --out (default: a new folder in the data folder's
 * exports), and the files written are listed on stdout.
 */
export const ledgerCommand: Command = {
  name: 'ledger',
  get summary() {
    return say('cli:summary.ledger');
  },
  usage: 'holobench ledger export --json|--csv [--out dir] [--include-training] [--data-dir <dir>]',
  run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    if (sub !== 'export') throw new UsageError(say('cli:ledger.subcommand', { sub: sub ?? '' }));
    const { values } = parseCommandArgs(rest, {
      ...COMMON_OPTIONS,
      csv: { type: 'boolean' },
      out: { type: 'string' },
      'include-training': { type: 'boolean' },
    });
    if (!!values.json === !!values.csv) throw new UsageError(say('cli:ledger.jsonOrCsv'));
    const options = { includeTraining: values['include-training'] === true };
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const ledger = Ledger.open(dataDir);
    try {
      if (values.json && !values.out) {
        const made = exportLedger(ledger, 'json', options);
        if (made.trainingLeftOut > 0) ctx.io.err(trainingLeftOutLine(made.trainingLeftOut, 'row'));
        ctx.io.out(made.files[0]!.text);
        return Promise.resolve(0);
      }
      const folder = values.out ? resolve(values.out) : join(dataDir, 'exports', exportFolderName(ledger.now()));
      const made = writeLedgerExport(ledger, folder, values.json ? 'json' : 'csv', options);
      if (made.trainingLeftOut > 0) ctx.io.err(trainingLeftOutLine(made.trainingLeftOut, 'row'));
      ctx.io.out(made.files.map((f) => f.path).join('\n'));
      return Promise.resolve(0);
    } finally {
      ledger.close();
    }
  },
};
