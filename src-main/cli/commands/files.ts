import { say } from '../../core/language.ts';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { awaitDevice, isHoloLens, isHoloLensOrFfsGadget, selectDevice } from '../device-select.ts';
import { progressPrinter } from '../progress.ts';
import { formatTable } from '../table.ts';
import type { Command } from './command.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...DEVICE_OPTIONS,
  device: { type: 'string' },
  wait: { type: 'string' },
} as const;

export const filesCommand: Command = {
  name: 'files',
  get summary() {
    return say('cli:summary.files');
  },
  get usage() {
    return [
      'holobench files ls <path> [--device id] [--json]',
      '       holobench files pull <remote-file> <local-file> [--device id] [--json]',
      '       holobench files push <local-file> <remote-folder> [--device id] [--json]',
      say('cli:usageNotes.files'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    const wanted = sub === 'ls' ? 1 : sub === 'pull' || sub === 'push' ? 2 : -1;
    if (wanted < 0) throw new UsageError(say('cli:files.subcommand', { sub: sub ?? '' }));
    const { values, positionals } = parseCommandArgs(rest, OPTIONS, wanted);
    if (sub === 'ls' && positionals.length === 0) positionals.push('');
    if (positionals.length < wanted) throw new UsageError(say('cli:files.needsPaths', { sub, count: wanted }));
    const wait = values.wait === undefined ? (values['ffs-dir'] !== undefined ? 10 : 0) : Number(values.wait);
    if (!Number.isFinite(wait) || wait < 0 || wait > 3600) throw new UsageError(say('cli:ppkg.push.badWait'));
    const want = values['ffs-dir'] !== undefined ? isHoloLensOrFfsGadget : isHoloLens;
    // A local file that is not there is a mistyped command line (exit 2), found before any device is touched.
    if (sub === 'push' && !isFile(resolve(positionals[0]!))) {
      throw new UsageError(say('cli:files.noLocalFile', { file: positionals[0]! }));
    }
    const station = await openStationFromFlags(values, ctx);
    try {
      await awaitDevice(station, wait, want);
      const device = selectDevice(station, values.device, want);
      const storage = await station.connections.storage(device.id);
      if ((await storage.storages()).length === 0) {
        throw new StationError('no-storage-yet', say('cli:files.noStorage'), say('cli:files.noStorageHow'));
      }
      if (sub === 'ls') {
        const entries = await storage.list(positionals[0]!);
        if (values.json) printJson(ctx.io, entries);
        else if (entries.length === 0) ctx.io.out(say('cli:files.empty'));
        else {
          ctx.io.out(
            formatTable(
              ['name', 'kind', 'size', 'modified'].map((c) => say(`cli:files.column.${c}`)),
              entries.map((e) => [
                e.name,
                say(`cli:files.kind.${e.kind}`),
                e.size === null ? '' : say('cli:library.size', { size: e.size }),
                e.modified ? say('cli:list.when', { when: e.modified }) : '',
              ]),
            ),
          );
        }
        return 0;
      }
      const abort = new AbortController();
      const onSigint = () => abort.abort();
      process.once('SIGINT', onSigint);
      try {
        if (sub === 'pull') {
          const local = resolve(positionals[1]!);
          const r = await storage.pull(positionals[0]!, local, {
            signal: abort.signal,
            onProgress: progressPrinter(ctx.io, 'pull'),
          });
          if (values.json) printJson(ctx.io, r);
          else ctx.io.out(say('cli:files.pulled', { size: r.bytes, path: local, sha256: r.sha256 }));
          return 0;
        }
        const r = await storage.push(resolve(positionals[0]!), positionals[1]!, {
          signal: abort.signal,
          onProgress: progressPrinter(ctx.io, 'push'),
        });
        const ok = r.verified;
        if (values.json) printJson(ctx.io, { ...r, ok });
        else
          ctx.io.out(
            ok
              ? say('cli:files.pushed', { size: r.bytes, path: r.remotePath })
              : say('cli:files.pushedUnverified', { size: r.bytes }),
          );
        return ok ? 0 : 1;
      } finally {
        process.off('SIGINT', onSigint);
      }
    } finally {
      await station.close();
    }
  },
};

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
