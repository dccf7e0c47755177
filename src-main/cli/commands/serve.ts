import { say } from '../../core/language.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startBridge, tokenProblem } from '../../bridge/server.ts';
import { createHandlers } from '../../core/api/index.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, UsageError, parseCommandArgs } from '../args.ts';
import { APP_ROOT, openStationFromFlags, type CommandContext } from '../context.ts';
import { defaultDataDir, trainingDataDir } from '../../core/paths.ts';
import type { Command } from './command.ts';

const DEFAULT_STATIC = join(APP_ROOT, 'out', 'renderer');

/** Training mode works in a data folder of its own unless --data-dir names one. */
export function serveDataDir(values: { 'data-dir'?: string; training?: boolean }, base = defaultDataDir()): string {
  return values['data-dir'] ?? (values.training ? trainingDataDir(base) : base);
}

export const serveCommand: Command = {
  name: 'serve',
  get summary() {
    return say('cli:summary.serve');
  },
  usage:
    'holobench serve [--port N] [--training] [--simulate <presets>] [--no-usb] [--data-dir <dir>] [--token T] [--json]',
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs(args, {
      ...COMMON_OPTIONS,
      ...DEVICE_OPTIONS,
      port: { type: 'string' },
      token: { type: 'string' },
      static: { type: 'string' },
      training: { type: 'boolean' },
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(say('cli:args.wholeNumber', { flag: '--port', min: 0, max: 65535 }));
    const weak = values.token === undefined ? null : tokenProblem(values.token);
    if (weak) throw new UsageError(say('cli:args.flagProblem', { flag: '--token', problem: weak }));
    const staticDir = values.static ?? DEFAULT_STATIC;
    if (!existsSync(staticDir)) {
      throw new UsageError(say('cli:serve.notBuilt', { dir: staticDir }));
    }
    const dataDir = serveDataDir(values);
    // --lang names the language of this run over the saved setting, until the technician picks one on screen;
    // the screens speak whatever the station speaks.
    const station = await openStationFromFlags({ ...values, 'data-dir': dataDir }, ctx, { language: ctx.language });
    // A full disk or read-only data folder: one plain line; the station keeps answering and takes no new work.
    station.ledger.health.onProblem((p) =>
      ctx.io.err(`holobench serve: ${say('cli:main.stationError', { title: p.title, message: p.message })}`),
    );
    if (values.training && !station.simulator) await station.enableSimulator(true);
    const bridge = await startBridge({
      handlers: createHandlers(station),
      subscribe: (listener) => station.events.on('event', listener),
      port,
      token: values.token,
      staticDir,
      transfers: station.transferDirs(),
    });
    // Listen for Ctrl+C before printing the address: a script may stop us as soon as it has read it.
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      if (values.json) {
        ctx.io.out(JSON.stringify({ url: bridge.pageUrl, bridge: bridge.url, port: bridge.port, dataDir }));
      } else {
        const lines = [
          say('cli:serve.serving', { url: bridge.pageUrl }),
          ...(values.training && !values['data-dir'] ? [say('cli:serve.training', { dir: dataDir })] : []),
          say('cli:serve.stop'),
        ];
        ctx.io.out(lines.join('\n'));
      }
    });
    await bridge.close();
    await station.close();
    return 0;
  },
};
