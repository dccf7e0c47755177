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
  summary: 'Harvest Autopilot hashes from HoloLens 2, write Intune CSVs, upload to Intune',
  usage: [
    'holobench autopilot harvest [--device id] [--timeout s] [--sim-tech auto|off] [--json]',
    '       holobench autopilot csv --out <file> [--in <zip|csv>...] [--group-tag T] [--assigned-user U] [--json]',
    '       holobench autopilot upload [--tenant id] [--client-id id]',
    '             (--client-secret-env VAR | --certificate file.pem | --device-code | --token-env VAR)',
    '             [--cloud global|usgov|usgov-dod|china] [--graph-base url [--allow-graph-host host]] [--verbose] [--group-tag T] [--assigned-user U]',
    '             [--serial S...] [--token-cache memory|file] [--poll-seconds N] [--json]',
    '       holobench autopilot list [--json]',
    '  Common: --data-dir <dir>; harvest also takes --simulate <presets> --no-usb.',
    '  With a simulated HoloLens 2, harvest presses Power + Volume Down itself (--sim-tech off: it waits instead).',
    '  Secrets never go on the command line: name the environment variable that holds them.',
  ].join('\n'),
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = args;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run) {
      throw new UsageError(`use "autopilot harvest", "csv", "upload" or "list" (got "${sub ?? ''}")`);
    }
    return run(rest, ctx);
  },
};

/** A station on the ledger only (no USB, no simulator): for the commands that work on what was harvested. */
export function openLedgerStation(dataDir: string | undefined): Promise<Station> {
  return Station.open({ dataDir: dataDir ?? defaultDataDir(), resourcesDir: RESOURCES_DIR, usb: false });
}
