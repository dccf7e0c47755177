import { say } from '../../core/language.ts';
import { GRAPH_CLOUDS, parseGraphRoot, tokenDestination } from '../../core/autopilot/graph-cloud.ts';
import { StationError } from '../../shared/errors.ts';
import { defaultDataDir } from '../../core/paths.ts';
import { COMMON_OPTIONS, UsageError, oneOf, parseCommandArgs } from '../args.ts';
import { printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import { openLedgerStation } from './autopilot.ts';
import { batchValues } from './autopilot-csv.ts';
import { parseSeconds } from './autopilot-harvest.ts';
import { CLOUD_FLAGS, SIGN_IN_FLAGS, tokenProviderFromFlags } from './autopilot-sign-in.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...SIGN_IN_FLAGS,
  verbose: { type: 'boolean' },
  'group-tag': { type: 'string' },
  'assigned-user': { type: 'string' },
  serial: { type: 'string', multiple: true },
  'poll-seconds': { type: 'string' },
} as const;

interface DeviceResult {
  serialNumber: string;
  status: string;
  message: string;
}

/**
 * `holobench autopilot upload`: queues the latest harvests in the ledger, then imports them into Intune through
 * Graph and follows each import to its end. Offline, everything stays queued (exit 1) and goes with the next run
 * (or the app's background send). Exit 0 only when every device is registered.
 */
export async function autopilotUpload(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const cloudFlag = oneOf('--cloud', values.cloud, Object.keys(CLOUD_FLAGS));
  const poll = parseSeconds('--poll-seconds', values['poll-seconds'], 0.01, 600);
  const batch = batchValues(values);
  const allowGraphHost = values['allow-graph-host'];
  const graphBase =
    values['graph-base'] === undefined ? undefined : checkedGraphBase(values['graph-base'], allowGraphHost);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const station = await openLedgerStation(dataDir);
  try {
    const uploads = station.autopilot.uploads;
    const saved = uploads.settings();
    const cloud = cloudFlag ? (CLOUD_FLAGS[cloudFlag] ?? 'global') : saved.cloud;
    const { tokens } = tokenProviderFromFlags(values, { cloud, saved, dataDir, io: ctx.io });
    const root = graphBase ?? GRAPH_CLOUDS[cloud].graphRoot;
    ctx.io.err(tokenDestination(root));
    uploads.configure({
      tokens,
      graphBase: root,
      allowGraphHost,
      // Every line is redacted (the token it was given, anything token-shaped) before it reaches stderr.
      ...(values.verbose ? { log: (level, message) => ctx.io.err(`${level}: ${message}`) } : {}),
      ...(poll === undefined ? {} : { graphPollIntervalMs: poll * 1000 }),
    });
    const { result, done } = await uploads.upload({ serialNumbers: values.serial, ...batch });
    for (const s of result.skipped) ctx.io.err(say('cli:upload.skipped', { serial: s.serialNumber, reason: s.reason }));
    if (!done) {
      const alreadyDone =
        result.queued === 0 && result.skipped.length > 0 && result.skipped.every((s) => s.reason.startsWith('Already'));
      if (values.json) printJson(ctx.io, { ok: alreadyDone, ...result, results: [] });
      else ctx.io.out(alreadyDone ? say('cli:upload.allRegistered') : result.message);
      if (result.offline) ctx.io.err(`holobench autopilot upload: ${say('cli:upload.offline')}`);
      return alreadyDone ? 0 : 1;
    }
    ctx.io.err(result.message);
    const job = await done;
    const r = job.result ?? {};
    const results = (Array.isArray(r.results) ? r.results : []) as DeviceResult[];
    const ok =
      job.state === 'done' && !r.interrupted && results.length > 0 && results.every((d) => d.status === 'complete');
    if (values.json) {
      printJson(ctx.io, { ok, ...result, job: undefined, state: job.state, summary: job.message, ...r });
    } else {
      if (results.length > 0) {
        ctx.io.out(
          formatTable(
            ['serial', 'result', 'detail'].map((c) => say(`cli:upload.column.${c}`)),
            results.map((d) => [d.serialNumber, d.status, d.message]),
          ),
        );
      }
      ctx.io.out(job.message);
    }
    if (job.state === 'failed') ctx.io.err(`holobench autopilot upload: ${job.message}`);
    return ok ? 0 : 1;
  } finally {
    await station.close();
  }
}

export function checkedGraphBase(value: string, allowedHost: string | undefined): string {
  try {
    return parseGraphRoot(value, allowedHost);
  } catch (error) {
    if (error instanceof StationError)
      throw new UsageError(say('cli:args.flagProblem', { flag: '--graph-base', problem: error.message }));
    throw error;
  }
}
