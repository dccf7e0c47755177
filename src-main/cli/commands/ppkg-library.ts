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
  if (wanted < 0)
    throw new UsageError(`use "ppkg library list", "import <file>" or "remove <sha256>" (got "${action ?? ''}")`);
  const { values, positionals } = parseCommandArgs(rest, OPTIONS, wanted);
  if (positionals.length < wanted)
    throw new UsageError(`ppkg library ${action} needs ${action === 'import' ? 'a file' : 'a SHA-256'}`);
  if (action === 'remove' && !/^[0-9a-f]{64}$/.test(positionals[0] ?? '')) {
    throw new UsageError('ppkg library remove needs the package SHA-256 (64 hex digits, see "ppkg library list")');
  }
  const station = await openStationFromFlags({ 'data-dir': values['data-dir'], 'no-usb': true }, ctx);
  try {
    const lib = station.packages.library;
    if (action === 'list') {
      const list = lib.list();
      if (values.json) printJson(ctx.io, list);
      else if (list.length === 0) ctx.io.out('The library is empty.');
      else {
        ctx.io.out(
          formatTable(
            ['SHA-256', 'NAME', 'SIZE', 'FINDINGS', 'NOTES'],
            list.map((p) => [
              p.sha256.slice(0, 12),
              p.name,
              String(p.size),
              `${p.counts.block} block, ${p.counts.warn} warn, ${p.counts.info} info`,
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
        ctx.io.out(`${r.duplicate ? 'Already in the library' : 'Imported'}: ${r.package.name} (${r.package.sha256})`);
      return r.package.worst === 'block' ? 1 : 0;
    }
    const removed = await lib.remove(positionals[0]!);
    if (values.json) printJson(ctx.io, { removed });
    else
      ctx.io.out(removed ? 'Removed from the library (its apply history stays in the ledger).' : 'Not in the library.');
    return removed ? 0 : 1;
  } finally {
    await station.close();
  }
}
