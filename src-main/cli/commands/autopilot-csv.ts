import { say } from '../../core/language.ts';
import { resolve } from 'node:path';
import { BAD_INPUT_CODES, exportIntuneCsv, readAutopilotInputs } from '../../core/autopilot/csv-export.ts';
import { checkAssignedUser, checkGroupTag, type AutopilotDeviceRecord } from '../../core/autopilot/values.ts';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, UsageError, parseCommandArgs, required } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { openLedgerStation } from './autopilot.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string' },
  in: { type: 'string', multiple: true },
  'group-tag': { type: 'string' },
  'assigned-user': { type: 'string' },
  'include-training': { type: 'boolean' },
} as const;

/** Checks the batch-wide values once, so a bad flag is one clear line rather than an error per device. */
export function batchValues(values: { 'group-tag'?: string; 'assigned-user'?: string }): {
  groupTag?: string;
  assignedUser?: string;
} {
  const groupTag = values['group-tag']?.trim();
  const assignedUser = values['assigned-user']?.trim();
  const tagProblem = groupTag ? checkGroupTag(groupTag) : null;
  if (tagProblem) throw new UsageError(`--group-tag: ${tagProblem}`);
  const userProblem = assignedUser ? checkAssignedUser(assignedUser) : null;
  if (userProblem) throw new UsageError(`--assigned-user: ${userProblem}`);
  return { groupTag: groupTag || undefined, assignedUser: assignedUser || undefined };
}

/**
 * `holobench autopilot csv`: the Intune import CSV (exact header, ASCII, no quotes, 500 rows per file) from the
 * ledger's latest harvests, or from the zips and CSVs given with --in. Bad values exit 2 naming the device;
 * nothing to export exits 1.
 */
export async function autopilotCsv(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const out = resolve(required('--out', values.out));
  const batch = batchValues(values);
  try {
    let devices: AutopilotDeviceRecord[];
    if (values.in && values.in.length > 0) {
      devices = await readAutopilotInputs(values.in.map((p) => resolve(p)));
    } else {
      const station = await openLedgerStation(values['data-dir']);
      try {
        const latest = station.autopilot.store.latestHarvests();
        devices = values['include-training'] ? latest : latest.filter((h) => !h.simulated);
        const left = latest.length - devices.length;
        if (left > 0) {
          ctx.io.err(say('cli:csv.leftOut', { count: left }));
        }
      } finally {
        await station.close();
      }
    }
    const result = await exportIntuneCsv(devices, out, batch);
    for (const w of result.warnings) ctx.io.err(say('cli:csv.warning', { message: w.message }));
    if (values.json) {
      printJson(ctx.io, { ok: true, files: result.files, devices: result.devices, warnings: result.warnings });
    } else {
      ctx.io.out(say('cli:csv.wrote', { count: result.devices }));
      for (const f of result.files) ctx.io.out(`  ${say('cli:csv.file', { path: f.path, count: f.rows })}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof StationError && BAD_INPUT_CODES.has(error.code)) {
      ctx.io.err(
        `holobench autopilot csv: ${say('cli:main.stationError', { title: error.title, message: error.message })}`,
      );
      return 2;
    }
    throw error;
  }
}
