import { say } from '../../core/language.ts';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { loadManifest, checkPackageFile } from '../../core/api/batch-api.ts';
import { readSettings } from '../../core/api/settings-api.ts';
import { defaultDataDir } from '../../core/paths.ts';
import type { Station } from '../../core/station.ts';
import type { Batch } from '../../core/workflow/batch.ts';
import type { Manifest } from '../../core/workflow/manifest.ts';
import { ProfileLibrary } from '../../core/workflow/profile-library.ts';
import type { Profile } from '../../core/workflow/profiles.ts';
import { STEP_KINDS } from '../../core/workflow/steps/index.ts';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, UsageError, oneOf, parseCommandArgs, required } from '../args.ts';
import { batchProgress, exitCodeFor, humanSummary, summaryJson } from '../batch-progress.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { SIGN_IN_FLAGS } from './autopilot-sign-in.ts';
import { signInFromFlags } from './intune-open.ts';
import { followSavedWarehouse, joinWarehouse, WAREHOUSE_OPTIONS, warehouseFlags } from './warehouse-flags.ts';

export const RUN_OPTIONS = {
  ...COMMON_OPTIONS,
  ...DEVICE_OPTIONS,
  profile: { type: 'string' },
  package: { type: 'string' },
  manifest: { type: 'string' },
  scanner: { type: 'string' },
  baud: { type: 'string' },
  'sim-tech': { type: 'string' },
  override: { type: 'boolean' },
  concurrency: { type: 'string' },
  tech: { type: 'string' },
  new: { type: 'boolean' },
  ...SIGN_IN_FLAGS,
  ...WAREHOUSE_OPTIONS,
} as const;

/** Input errors about the batch's files are bad input (exit 2), not problems found on devices. */
const INPUT_ERRORS = /^(profile-|manifest-|package-not-found)/;

function intFlag(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(say('cli:args.wholeNumber', { flag, min, max }));
  return n;
}

interface RunInput {
  profile: Profile;
  packagePath: string | null;
  manifest: Manifest | null;
}

/** Checks everything the tech typed before any device is touched. */
function readInputs(values: ReturnType<typeof parseRun>['values']): RunInput {
  const dataDir = values['data-dir'] ?? defaultDataDir();
  try {
    const library = new ProfileLibrary(join(dataDir, 'profiles'));
    const { profile } = library.resolve(required('--profile', values.profile));
    const packagePath = values.package ? resolve(values.package) : null;
    const needsPackage = profile.steps.some((s) => STEP_KINDS.get(s.kind)?.requires?.packageFile);
    if (needsPackage && !packagePath) {
      throw new UsageError(say('cli:batch.needsPackage', { profile: profile.name }));
    }
    if (packagePath) checkPackageFile(packagePath);
    const manifest = values.manifest ? loadManifest(resolve(values.manifest)) : null;
    return { profile, packagePath, manifest };
  } catch (error) {
    if (error instanceof StationError && INPUT_ERRORS.test(error.code))
      throw new UsageError(say('cli:main.stationError', { title: error.title, message: error.message }));
    throw error;
  }
}

function parseRun(args: string[]) {
  return parseCommandArgs(args, RUN_OPTIONS);
}

export async function runBatch(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseRun(args);
  const simTech = oneOf('--sim-tech', values['sim-tech'], ['auto', 'off'] as const) === 'auto';
  if (simTech && values.simulate === undefined) {
    throw new UsageError(say('cli:batch.simTechNeedsSim'));
  }
  const concurrency = intFlag('--concurrency', values.concurrency, 1, 256);
  const baud = intFlag('--baud', values.baud, 300, 921600) ?? 9600;
  const input = readInputs(values);
  const warehouse = warehouseFlags(values);
  // With fast simulator timings (tests, demos) the simulated technician is quick too, and a simulated device that
  // goes silent is given up after 3 s instead of the real MTP transfer timeout (20 s, libmtp's own default).
  const pace = ctx.simTiming
    ? { batches: { simTechDelayMs: { min: 40, max: 160 } }, connections: { session: { timeoutMs: 3000 } } }
    : {};
  const station = await openStationFromFlags(values, ctx, pace);
  const stopInput: (() => void)[] = [];
  try {
    signInFromFlags(station, values, ctx); // for verify-enrolled: the same sign-in flags as autopilot upload
    // The warehouse before any device is claimed: from the flags, else the one saved in the settings.
    if (warehouse)
      stopInput.push(await joinWarehouse(station, warehouse, values.tech ?? readSettings(station).technician, ctx));
    else stopInput.push(await followSavedWarehouse(station, ctx));
    // The scanner first, so no label scanned as the first devices join is lost.
    if (values.scanner) stopInput.push(await watchScanner(station, values.scanner, baud, ctx));
    const batch = await startOrResume(station, input, values, { simTech, concurrency }, ctx);
    const progress = batchProgress(ctx.io, process.stdin.isTTY === true);
    stopInput.push(batch.events.on('batchChanged', progress));
    progress(batch.board());
    stopInput.push(onInterrupt(station, ctx), readTechInput(station, ctx));
    const summary = await batch.finished;
    if (summary.devices.length === 0) ctx.io.err(say('cli:batch.noDevices'));
    if (summary.state === 'stopped') ctx.io.err(say('cli:batch.stopped', { id: summary.batchId }));
    const wh = station.warehouse.bench;
    if (wh) {
      await wh.sync();
      const st = wh.status();
      if (st.pending > 0) {
        ctx.io.err(say('cli:batch.pendingWarehouse', { count: st.pending }));
      }
    }
    if (values.json) {
      const st = wh?.status();
      printJson(ctx.io, {
        ...summaryJson(summary),
        ...(st ? { warehouse: { bench: st.bench, server: st.server, online: st.online, pending: st.pending } } : {}),
      });
    } else ctx.io.out(humanSummary(summary));
    return exitCodeFor(summary);
  } finally {
    stopInput.forEach((off) => off());
    await station.close();
  }
}

async function startOrResume(
  station: Station,
  input: RunInput,
  values: ReturnType<typeof parseRun>['values'],
  opts: { simTech: boolean; concurrency: number | undefined },
  ctx: CommandContext,
): Promise<Batch> {
  const svc = station.batches;
  const open = svc.resumable(input.profile.name);
  if (open && !values.new) {
    const rec = svc.store.getBatch(open.batchId)!;
    const sameFiles =
      rec.params.packagePath === input.packagePath &&
      (rec.manifest?.source ?? null) === (input.manifest?.source ?? null);
    if (!sameFiles) {
      throw new UsageError(
        say('cli:batch.otherFiles', {
          id: rec.id,
          profile: rec.profile.name,
          packagePath: rec.params.packagePath ?? say('cli:batch.noPackage'),
          manifest: rec.manifest?.source ?? say('cli:batch.noManifest'),
        }),
      );
    }
    ctx.io.err(say('cli:batch.carryingOn', { id: rec.id, profile: rec.profile.name, when: rec.startedAt }));
    return svc.resume(rec.id, { simTech: opts.simTech, autoFinish: true, concurrency: opts.concurrency ?? null });
  }
  if (open) {
    await svc.finish(open.batchId);
    ctx.io.err(say('cli:batch.closedUnfinished', { id: open.batchId }));
  }
  const batch = await svc.start({
    profile: input.profile,
    packagePath: input.packagePath,
    manifest: input.manifest,
    tech: values.tech ?? readSettings(station).technician,
    concurrency: opts.concurrency ?? null,
    override: values.override ?? false,
    simTech: opts.simTech,
    autoFinish: true,
  });
  ctx.io.err(say('cli:batch.started', { id: batch.id, profile: input.profile.name }));
  return batch;
}

async function watchScanner(station: Station, path: string, baud: number, ctx: CommandContext): Promise<() => void> {
  const off = station.events.on('event', (e) => {
    if (e.name === 'scannerChanged') ctx.io.err(say('cli:batch.scanner', { detail: e.payload.detail }));
    if (e.name === 'scanSeen') {
      ctx.io.err(
        e.payload.ok
          ? say('cli:batch.scan', { text: e.payload.text, serial: e.payload.serial ?? '?' })
          : say('cli:batch.scanRefused', { text: e.payload.text, reason: e.payload.reason ?? '' }),
      );
    }
  });
  await station.batches.startScanner(path, baud);
  return off;
}

/** Ctrl+C (or a service manager's SIGTERM) stops every device where it is; the batch stays resumable. */
function onInterrupt(station: Station, ctx: CommandContext): () => void {
  const stop = () => {
    ctx.io.err(say('cli:batch.stopping'));
    void station.batches.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
}

/**
 * At a terminal the tech answers by typing: a device's serial (or port) confirms what its card asks, and while a
 * device waits for a label, the typed text is taken as that scan (a keyboard-wedge scanner types the same way).
 */
function readTechInput(station: Station, ctx: CommandContext): () => void {
  if (!process.stdin.isTTY) return () => undefined;
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (raw) => {
    const text = raw.trim();
    const batch = station.batches.running;
    if (!text || !batch) return;
    if (batch.awaitingScan()) return void station.batches.scan(text, 'typed');
    const card = batch.board().cards.find((c) => c.serial.toUpperCase() === text.toUpperCase() || c.portPath === text);
    if (card && station.batches.confirm(card.serial)) {
      ctx.io.err(
        say('cli:batch.progressLine', { port: card.portPath, serial: card.serial, line: say('cli:batch.confirmed') }),
      );
    } else ctx.io.err(say('cli:batch.nothingToConfirm', { text }));
  });
  return () => rl.close();
}
