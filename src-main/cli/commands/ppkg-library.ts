import { say } from '../../core/language.ts';
import { resolve } from 'node:path';
import { COMMON_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import { asUsage } from './ppkg.ts';

const OPTIONS = { ...COMMON_OPTIONS, notes: { type: 'string' } } as const;

/** `holobench ppkg library list|import|remove`: the same library the app shows, in the same data folder. */
export async function librarySubcommand(args: string[], ctx: CommandContext): Promise<number> {
  const [action, ...rest] = args;
  const wanted = action === 'list' ? 0 : action === 'import' || action === 'remove' ? 1 : -1;
  if (wanted < 0) throw new UsageError(say('cli:library.subcommand', { action: action ?? '' }));
  const { values, positionals } = parseCommandArgs(rest, OPTIONS, wanted);
  if (positionals.length < wanted) throw new UsageError(say(`cli:library.needs.${action}`));
  if (action === 'remove' && !/^[0-9a-f]{64}$/.test(positionals[0] ?? '')) {
    throw new UsageError(say('cli:library.badSha'));
  }
  const station = await openStationFromFlags({ 'data-dir': values['data-dir'], 'no-usb': true }, ctx);
  try {
    const lib = station.packages.library;
    if (action === 'list') {
      const list = lib.list();
      if (values.json) printJson(ctx.io, list);
      else if (list.length === 0) ctx.io.out(say('cli:library.empty'));
      else {
        ctx.io.out(
          formatTable(
            ['sha256', 'name', 'size', 'findings', 'notes'].map((c) => say(`cli:library.column.${c}`)),
            list.map((p) => [
              p.sha256.slice(0, 12),
              p.name,
              say('cli:library.size', { size: p.size }),
              say('cli:library.counts', p.counts),
              p.notes,
            ]),
          ),
        );
      }
      return 0;
    }
    if (action === 'import') {
      const r = await lib.import(resolve(positionals[0]!), { notes: values.notes }).catch(asUsage);
      if (values.json) printJson(ctx.io, r);
      else
        ctx.io.out(
          say(r.duplicate ? 'cli:library.already' : 'cli:library.imported', {
            name: r.package.name,
            sha256: r.package.sha256,
          }),
        );
      return r.package.worst === 'block' ? 1 : 0;
    }
    const removed = await lib.remove(positionals[0]!);
    if (values.json) printJson(ctx.io, { removed });
    else ctx.io.out(say(removed ? 'cli:library.removed' : 'cli:library.notThere'));
    return removed ? 0 : 1;
  } finally {
    await station.close();
  }
}
