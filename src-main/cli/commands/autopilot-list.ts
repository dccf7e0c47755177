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
      ctx.io.out('No Autopilot hash harvested yet.');
      return 0;
    }
    ctx.io.out(
      formatTable(
        ['SERIAL', 'PRODUCT ID', 'HASH', 'HARVESTED', 'FROM', 'UPLOAD'],
        harvests.map((h) => [
          h.serialNumber,
          h.productId || '-',
          h.fingerprint,
          h.harvestedAt.replace('T', ' ').slice(0, 19),
          h.simulated ? 'simulated device' : h.source === 'device' ? 'device' : 'file',
          h.simulated
            ? 'never (training)'
            : h.upload
              ? `${h.upload.state}${h.upload.message ? `: ${h.upload.message}` : ''}`
              : 'not uploaded',
        ]),
      ),
    );
    return 0;
  } finally {
    await station.close();
  }
}
