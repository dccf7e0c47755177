import { parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { SIGN_IN_OPTIONS, openIntune, serialsFrom } from './intune-open.ts';

const OPTIONS = {
  ...SIGN_IN_OPTIONS,
  'group-tag': { type: 'string' },
  'assigned-user': { type: 'string' },
} as const;

/** `holobench intune tag --serial S --group-tag T [--assigned-user U]`: updateDeviceProperties on its Autopilot identity. */
export async function intuneTag(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const [serial] = serialsFrom(values, true);
  const { station, intune } = await openIntune(values, ctx);
  try {
    const result = await intune.tag(serial ?? '', {
      groupTag: values['group-tag'],
      assignedUser: values['assigned-user'],
    });
    if (values.json) printJson(ctx.io, result);
    else ctx.io.out(result.message);
    return result.ok ? 0 : 1;
  } finally {
    await station.close();
  }
}
