import { join } from 'node:path';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../core/paths.ts';
import { stationLanguage } from '../core/language.ts';
import type { Station, StationConfig } from '../core/station.ts';
import type { SimTiming } from '../sim/sim-device.ts';
import type { LanguageChoice } from '../shared/i18n/languages.ts';

/**
 * The repository (or installed package) root. This file sits two folders below it, and so does every chunk of the
 * prebuilt CLI in out/cli: paths from here mean the same in both. Other modules take paths from these, never from
 * their own import.meta.url, since bundling moves them.
 */
export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESOURCES_DIR = join(APP_ROOT, 'resources');

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export interface CommandContext {
  io: Output;
  /** Fast simulator timings for tests (HOLOBENCH_SIM_FAST=1). */
  simTiming?: Partial<SimTiming>;
  /** The language asked for with --lang, when it was; `serve` hands it to the station over its saved setting. */
  language?: LanguageChoice;
}

export interface StationFlags {
  'data-dir'?: string;
  simulate?: string;
  'no-usb'?: boolean;
  'ffs-dir'?: string;
  'take-over'?: boolean;
  capture?: string;
  replay?: string;
}

/**
 * Opens a station for a device command: real USB unless --no-usb (or, with --ffs-dir, the ffs-loopback sockets in
 * that folder as the bus), plus simulated devices from --simulate.
 */
export async function openStationFromFlags(
  flags: StationFlags,
  ctx: CommandContext,
  extra: Partial<StationConfig> = {},
): Promise<Station> {
  // Loaded here, not at the top: commands that never open a station (error, plan, --help) must not pay for it.
  const [{ Station }, { parseSimulateList }, { FfsDeviceSource }] = await Promise.all([
    import('../core/station.ts'),
    import('../sim/sim-bus.ts'),
    import('../core/devices/ffs-source.ts'),
  ]);
  const simulate = flags.simulate === undefined ? undefined : parseSimulateList(flags.simulate);
  // Loaded only when asked: commands that open no device must stay light (see the start-up test).
  const replay =
    flags.replay === undefined
      ? undefined
      : await (await import('../core/mtp/capture.ts')).readCaptureFile(flags.replay);
  return Station.open({
    dataDir: flags['data-dir'] ?? defaultDataDir(),
    resourcesDir: RESOURCES_DIR,
    usb: !flags['no-usb'] || flags['ffs-dir'] !== undefined,
    usbSource: flags['ffs-dir'] !== undefined ? new FfsDeviceSource(flags['ffs-dir']) : undefined,
    simulate,
    simTiming: ctx.simTiming,
    takeOver: () => flags['take-over'] === true,
    capture: flags.capture === undefined ? undefined : resolve(flags.capture),
    replay,
    // The station speaks the command line's language (English under --json), not the UI's saved setting.
    language: stationLanguage(),
    ...extra,
  });
}

export function printJson(io: Output, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
