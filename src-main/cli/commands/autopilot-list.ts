import { say } from '../../core/language.ts';
import { uploadView } from '../../core/autopilot/views.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import { openLedgerStation } from './autopilot.ts';

/** `holobench autopilot list`: the latest harvest of every serial and where its upload stands. */
export async function autopilotList(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, COMMON_OPTIONS);
  const station = await openLedgerStation(values['data-dir']);
  try {
    const harvests = station.autopilot.harvests();
    const uploads = station.autopilot.store.listUploads().map(uploadView);
    if (values.json) {
      printJson(ctx.io, { harvests, uploads });
      return 0;
    }
    if (harvests.length === 0) {
      ctx.io.out(say('cli:list.none'));
      return 0;
    }
    ctx.io.out(
      formatTable(
        ['serial', 'productId', 'hash', 'harvested', 'from', 'upload'].map((c) => say(`cli:list.column.${c}`)),
        harvests.map((h) => [
          h.serialNumber,
          h.productId || '-',
          h.fingerprint,
          say('cli:list.when', { when: h.harvestedAt }),
          say(`cli:list.from.${h.simulated ? 'simulated' : h.source === 'device' ? 'device' : 'file'}`),
          h.simulated
            ? say('cli:list.upload.training')
            : h.upload
              ? h.upload.message
                ? say('cli:list.upload.stateMessage', {
                    state: say(`cli:list.state.${h.upload.state}`),
                    message: h.upload.message,
                  })
                : say(`cli:list.state.${h.upload.state}`)
              : say('cli:list.upload.none'),
        ]),
      ),
    );
    return 0;
  } finally {
    await station.close();
  }
}
