import { say } from '../../core/language.ts';
import { inspectPackage, type PackageInspection } from '../../core/packages/inspect.ts';
import { DecodePool } from '../../core/packages/wim/decode-pool.ts';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, UsageError, oneOf, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import type { Command } from './command.ts';

const INSPECT_OPTIONS = {
  ...COMMON_OPTIONS,
  target: { type: 'string' },
  'mdm-planned': { type: 'boolean' },
} as const;

/** A missing or unreadable path is bad input (exit 2); everything wrong inside the file is a finding. */
export function asUsage(error: unknown): never {
  if (error instanceof StationError && /^ppkg\.(file-not-found|not-a-file|unreadable)$/.test(error.code)) {
    throw new UsageError(error.message);
  }
  throw error;
}

function humanInspection(file: string, r: PackageInspection): string {
  const lines = [
    say('cli:ppkg.inspect.package', { file }),
    say('cli:ppkg.inspect.sha256', { sha256: r.sha256 }),
    say('cli:ppkg.inspect.size', { size: r.size, bytes: r.size }),
    r.format === 'wim'
      ? say('cli:ppkg.inspect.formatWim', { compression: r.compression })
      : say('cli:ppkg.inspect.formatOther'),
  ];
  const { name, version, owner } = r.package;
  if (name || version || owner) {
    // Each part the package names, as one labelled list: the name, "version 1.2", "owner IT Admin".
    const parts = [
      name,
      version && say('cli:ppkg.inspect.version', { version }),
      owner && say('cli:ppkg.inspect.owner', { owner }),
    ].filter(Boolean);
    lines.push(say('cli:ppkg.inspect.identity', { identity: parts.join(', ') }));
  }
  lines.push('', say('cli:ppkg.inspect.members', { count: r.members.length }));
  for (const m of r.members) {
    const size = say('cli:ppkg.inspect.memberSize', { size: m.size });
    lines.push(`  ${m.path}  ${m.sha256 ? size : say('cli:ppkg.inspect.memberUnreadable', { size })}`);
  }
  const settings = r.settings.filter((s) => s.kind === 'setting');
  lines.push('', settings.length ? say('cli:ppkg.inspect.sets') : say('cli:ppkg.inspect.setsNothing'));
  for (const s of settings)
    lines.push(`  ${s.value ? say('cli:ppkg.inspect.setting', { label: s.label, value: s.value }) : s.label}`);
  lines.push('', r.findings.length ? say('cli:ppkg.inspect.findings') : say('cli:ppkg.inspect.findingsNone'));
  for (const f of r.findings) lines.push(`  ${say(`cli:ppkg.severity.${f.severity}`)} ${f.message}`);
  return lines.join('\n');
}

async function inspect(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, INSPECT_OPTIONS, 1);
  const file = positionals[0];
  if (!file) throw new UsageError(say('cli:ppkg.needsFile', { sub: 'ppkg inspect' }));
  const target = oneOf('--target', values.target, ['hololens1', 'hololens2'] as const);
  try {
    const result = await inspectPackage(file, { target, mdmPlanned: values['mdm-planned'] }).catch(asUsage);
    if (values.json) printJson(ctx.io, result);
    else ctx.io.out(humanInspection(file, result));
    return result.findings.some((f) => f.severity === 'block') ? 1 : 0;
  } finally {
    await DecodePool.closeShared();
  }
}

export const ppkgCommand: Command = {
  name: 'ppkg',
  get summary() {
    return say('cli:summary.ppkg');
  },
  get usage() {
    return [
      'holobench ppkg inspect <file> [--json] [--target hololens1|hololens2] [--mdm-planned]',
      '       holobench ppkg push <file> [--device id] [--target oobe|documents] [--wait seconds] [--json]',
      '       holobench ppkg kit <drive-mount> <files...> [--json] [--sim-drive <folder>]',
      '       holobench ppkg library list|import <file> [--notes text]|remove <sha256> [--json]',
      say('cli:usageNotes.ppkg'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'inspect':
        return inspect(rest, ctx);
      // Loaded on use: push and kit bring the device and drive code, which inspect never needs.
      case 'push':
        return (await import('./ppkg-push.ts')).pushSubcommand(rest, ctx);
      case 'kit':
        return (await import('./ppkg-kit.ts')).kitSubcommand(rest, ctx);
      case 'library':
        return (await import('./ppkg-library.ts')).librarySubcommand(rest, ctx);
      default:
        throw new UsageError(say('cli:ppkg.subcommand', { sub: sub ?? '' }));
    }
  },
};
