import { say, stationLanguage } from '../../core/language.ts';
import { defaultDataDir } from '../../core/paths.ts';
import { Station } from '../../core/station.ts';
import { UsageError } from '../args.ts';
import { RESOURCES_DIR, type CommandContext } from '../context.ts';
import type { Command } from './command.ts';
import { autopilotCsv } from './autopilot-csv.ts';
import { autopilotHarvest } from './autopilot-harvest.ts';
import { autopilotList } from './autopilot-list.ts';
import { autopilotUpload } from './autopilot-upload.ts';

const SUBCOMMANDS: Record<string, (args: string[], ctx: CommandContext) => Promise<number>> = {
  harvest: autopilotHarvest,
  csv: autopilotCsv,
  upload: autopilotUpload,
  list: autopilotList,
};

export const autopilotCommand: Command = {
  name: 'autopilot',
  get summary() {
    return say('cli:summary.autopilot');
  },
  get usage() {
    return [
      'holobench autopilot harvest [--device id] [--timeout s] [--sim-tech auto|off] [--json]',
      '       holobench autopilot csv --out <file> [--in <zip|csv>...] [--group-tag T] [--assigned-user U] [--json]',
      '       holobench autopilot upload [--tenant id] [--client-id id]',
      '             (--client-secret-env VAR | --certificate file.pem | --device-code | --token-env VAR)',
      '             [--cloud global|usgov|usgov-dod|china] [--graph-base url [--allow-graph-host host]] [--verbose] [--group-tag T] [--assigned-user U]',
      '             [--serial S...] [--token-cache memory|file] [--poll-seconds N] [--json]',
      '       holobench autopilot list [--json]',
      say('cli:usageNotes.autopilot'),
    ].join('\n');
  },
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run) {
      throw new UsageError(say('cli:autopilot.subcommand', { sub: sub ?? '' }));
    }
    return run(rest, ctx);
  },
};

/** A station on the ledger only (no USB, no simulator): for the commands that work on what was harvested. */
export function openLedgerStation(dataDir: string | undefined): Promise<Station> {
  return Station.open({
    dataDir: dataDir ?? defaultDataDir(),
    resourcesDir: RESOURCES_DIR,
    usb: false,
    // The command line's language (English under --json), not the UI's saved setting.
    language: stationLanguage(),
  });
}
