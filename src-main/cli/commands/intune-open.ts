import { say } from '../../core/language.ts';
import { GRAPH_CLOUDS } from '../../core/autopilot/graph-cloud.ts';
import { IntuneGraph } from '../../core/intune/graph-intune.ts';
import { IntuneService } from '../../core/intune/service.ts';
import { defaultDataDir } from '../../core/paths.ts';
import type { Station } from '../../core/station.ts';
import { COMMON_OPTIONS, UsageError, oneOf } from '../args.ts';
import type { CommandContext } from '../context.ts';
import { openLedgerStation } from './autopilot.ts';
import { checkedGraphBase } from './autopilot-upload.ts';
import { CLOUD_FLAGS, SIGN_IN_FLAGS, tokenProviderFromFlags, type SignInFlags } from './autopilot-sign-in.ts';

/** What every intune subcommand takes. */
export const SIGN_IN_OPTIONS = {
  ...COMMON_OPTIONS,
  ...SIGN_IN_FLAGS,
  serial: { type: 'string', multiple: true },
} as const;

export interface IntuneFlags extends SignInFlags {
  'data-dir'?: string;
  cloud?: string;
  'graph-base'?: string;
  'allow-graph-host'?: string;
}

/** Opens the ledger and a Graph client signed in the way the flags say (the upload's saved tenant and app by default). */
export async function openIntune(
  values: IntuneFlags,
  ctx: CommandContext,
): Promise<{ station: Station; intune: IntuneService }> {
  const cloudFlag = oneOf('--cloud', values.cloud, Object.keys(CLOUD_FLAGS));
  const graphBase =
    values['graph-base'] === undefined ? undefined : checkedGraphBase(values['graph-base'], values['allow-graph-host']);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const station = await openLedgerStation(dataDir);
  try {
    const saved = station.autopilot.uploads.settings();
    const cloud = cloudFlag ? (CLOUD_FLAGS[cloudFlag] ?? 'global') : saved.cloud;
    const { tokens } = tokenProviderFromFlags(values, { cloud, saved, dataDir, io: ctx.io });
    const graph = new IntuneGraph({
      tokens,
      cloud,
      graphBase: graphBase ?? GRAPH_CLOUDS[cloud].graphRoot,
      allowGraphHost: values['allow-graph-host'],
    });
    return { station, intune: new IntuneService({ ledger: station.ledger, graph }) };
  } catch (error) {
    await station.close();
    throw error;
  }
}

/**
 * For commands that sign in only when a step needs it (batch run with verify-enrolled): when a sign-in flag is
 * given, the station's Intune side uses it; otherwise it uses the app's saved sign-in, if any.
 */
export function signInFromFlags(station: Station, values: IntuneFlags, ctx: CommandContext): void {
  const ways = [values['client-secret-env'], values.certificate, values['device-code'], values['token-env']];
  if (ways.every((w) => w === undefined || w === false)) return;
  const cloudFlag = oneOf('--cloud', values.cloud, Object.keys(CLOUD_FLAGS));
  const graphBase =
    values['graph-base'] === undefined ? undefined : checkedGraphBase(values['graph-base'], values['allow-graph-host']);
  const uploads = station.autopilot.uploads;
  const saved = uploads.settings();
  const cloud = cloudFlag ? (CLOUD_FLAGS[cloudFlag] ?? 'global') : saved.cloud;
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const { tokens } = tokenProviderFromFlags(values, { cloud, saved, dataDir, io: ctx.io });
  uploads.configure({
    tokens,
    graphBase: graphBase ?? GRAPH_CLOUDS[cloud].graphRoot,
    allowGraphHost: values['allow-graph-host'],
  });
}

/** --serial, each checked; at least one. */
export function serialsFrom(values: { serial?: string[] }, one = false): string[] {
  const serials = (values.serial ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (serials.length === 0) throw new UsageError(say('cli:args.required', { flags: '--serial', count: 1 }));
  if (one && serials.length > 1) throw new UsageError(say('cli:intune.oneSerial'));
  for (const s of serials) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s))
      throw new UsageError(say('cli:intune.badSerial', { serial: s.slice(0, 70) }));
  }
  return serials;
}
