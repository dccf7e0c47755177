import { PROFILE_STATUS_NOT_IN_V1 } from '../../core/intune/graph-shapes.ts';
import { say } from '../../core/language.ts';
import type { SerialStatus } from '../../core/intune/status.ts';
import { UsageError, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import { SIGN_IN_OPTIONS, openIntune, serialsFrom } from './intune-open.ts';

/**
 * `holobench intune status --serial S...`: each serial's Intune managed device(s) (stale duplicates marked), its
 * Autopilot identity and its Entra device, read fresh from Graph. Exit 0 when every serial is enrolled in Intune,
 * 1 when one is not or could not be looked up (offline included), 2 for bad input.
 */
export async function intuneStatus(args: string[], ctx: CommandContext): Promise<number> {
  // `--serial A B C` as a shell glob gives them: values after the flag are serials too.
  const { values, positionals } = parseCommandArgs(args, SIGN_IN_OPTIONS, 10_000);
  if (positionals.length > 0 && !values.serial)
    throw new UsageError(say('cli:args.unexpected', { extra: positionals[0] }));
  const serials = serialsFrom({ serial: [...(values.serial ?? []), ...positionals] });
  const { station, intune } = await openIntune(values, ctx);
  try {
    const devices = await intune.status(serials);
    if (values.json) printJson(ctx.io, { devices });
    else {
      ctx.io.out(statusTable(devices));
      if (devices.some((d) => d.autopilot.length > 0)) {
        ctx.io.out(`Autopilot profile assignment: ${PROFILE_STATUS_NOT_IN_V1}.`);
      }
    }
    for (const d of devices) {
      if (d.error)
        ctx.io.err(`${d.serial}: ${say('cli:main.stationError', { title: d.error.title, message: d.error.message })}`);
    }
    return devices.every((d) => d.state === 'enrolled') ? 0 : 1;
  } finally {
    await station.close();
  }
}

function statusTable(devices: SerialStatus[]): string {
  return formatTable(
    ['serial', 'intune', 'lastSync', 'autopilot', 'entra'].map((c) => say(`cli:intune.column.${c}`)),
    devices.map((d) => {
      const current = d.intune[0];
      // Graph's enrollment state (enrolled, notContacted, ...) is Intune's own word: shown as Intune shows it.
      const autopilot = d.autopilot
        .map((a) =>
          a.groupTag
            ? say('cli:intune.autopilotTag', { state: a.enrollmentState, tag: a.groupTag })
            : a.enrollmentState,
        )
        .join('; ');
      const known = d.state === 'enrolled' || d.state === 'not-enrolled';
      const entra = d.entra.map((e) => e.displayName ?? e.id).join(', ');
      return [
        d.serial,
        d.label,
        current?.lastSyncDateTime ? say('cli:list.when', { when: current.lastSyncDateTime }) : '-',
        known ? autopilot || say('cli:intune.notRegistered') : '?',
        known ? entra || say('cli:intune.none') : '?',
      ];
    }),
  );
}
