import { say } from '../../core/language.ts';
import { UsageError } from '../args.ts';
import type { CommandContext } from '../context.ts';
import type { Command } from './command.ts';
import { intuneCleanup, intuneWipe } from './intune-cleanup.ts';
import { intuneStatus } from './intune-status.ts';
import { intuneTag } from './intune-tag.ts';

const SUBCOMMANDS: Record<string, (args: string[], ctx: CommandContext) => Promise<number>> = {
  status: intuneStatus,
  cleanup: intuneCleanup,
  wipe: intuneWipe,
  tag: intuneTag,
};

const SIGN_IN_FLAGS =
  '(--client-secret-env VAR | --certificate f.pem | --device-code | --token-env VAR)\n' +
  '    [--tenant id] [--client-id id] [--cloud global|usgov|usgov-dod|china] [--graph-base url] [--token-cache memory|file]';

export const intuneCommand: Command = {
  name: 'intune',
  get summary() {
    return say('cli:summary.intune');
  },
  get usage() {
    return [
      'holobench intune status --serial S [--serial S...] [--json]',
      '       holobench intune cleanup --serial S --for reuse|leave-organization [--reset wipe|on-device] [--plan | --yes] [--json]',
      '       holobench intune wipe --serial S [--plan | --yes] [--json]',
      '       holobench intune tag --serial S [--group-tag T] [--assigned-user U] [--json]',
      say('cli:usageNotes.intuneSignIn', { flags: SIGN_IN_FLAGS }),
      say('cli:usageNotes.intune'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run) throw new UsageError(say('cli:intune.subcommand', { sub: sub ?? '' }));
    return run(rest, ctx);
  },
};
