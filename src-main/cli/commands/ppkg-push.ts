import { say } from '../../core/language.ts';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyOptionsFor } from '../../core/api/packages-api.ts';
import type { DeviceTarget } from '../../core/packages/apply.ts';
import type { Station } from '../../core/station.ts';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, UsageError, oneOf, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { awaitDevice, isHoloLens, isHoloLensOrFfsGadget, selectDevice } from '../device-select.ts';
import { progressPrinter } from '../progress.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...DEVICE_OPTIONS,
  device: { type: 'string' },
  target: { type: 'string' },
  wait: { type: 'string' },
} as const;

/** Waits for the device to show its storage; a simulated device gets its buttons pressed (training mode). */
async function waitForStorage(
  station: Station,
  deviceId: string,
  target: DeviceTarget,
  seconds: number,
  ctx: CommandContext,
): Promise<void> {
  const ready = () => station.registry.get(deviceId)?.view.storageState === 'available';
  if (ready()) return;
  // Storage that something else owns will not appear by waiting: say why and the way around now.
  if (station.registry.get(deviceId)?.view.storageState === 'unreachable') await station.connections.storage(deviceId);
  const sim = station.simulatedDevice(deviceId);
  if (sim && target === 'oobe' && sim.state.phase === 'oobe-first-page') {
    ctx.io.err(say('cli:ppkg.push.simPressing'));
    sim.act('volume-down-power');
  } else if (sim && target === 'documents' && sim.state.phase === 'desktop' && sim.state.locked) {
    ctx.io.err(say('cli:ppkg.push.simSigningIn'));
    sim.act('unlock');
  } else {
    ctx.io.err(say(`cli:ppkg.push.waiting.${target}`, { seconds }));
  }
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      off();
      fail(
        new StationError('no-storage-yet', say('cli:ppkg.push.noStorage'), say(`cli:ppkg.push.noStorage.${target}`)),
      );
    }, seconds * 1000);
    const off = station.registry.events.on('changed', () => {
      if (!ready()) return;
      clearTimeout(timer);
      off();
      done();
    });
    if (ready()) {
      clearTimeout(timer);
      off();
      done();
    }
  });
}

/** `holobench ppkg push <file>`: copy a package to a HoloLens over MTP, verified by reading it back. */
export async function pushSubcommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
  const file = positionals[0];
  if (!file) throw new UsageError(say('cli:ppkg.needsFile', { sub: 'ppkg push' }));
  const wanted = oneOf('--target', values.target, ['oobe', 'documents'] as const);
  const wait = values.wait === undefined ? 120 : Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0 || wait > 3600) throw new UsageError(say('cli:ppkg.push.badWait'));
  const path = resolve(file);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UsageError(say('cli:ppkg.noFile', { file }));
  const ffs = values['ffs-dir'] !== undefined;
  const station = await openStationFromFlags(values, ctx);
  try {
    if (ffs) await awaitDevice(station, wait, isHoloLensOrFfsGadget);
    else await station.connections.settled(5000);
    const device = selectDevice(station, values.device, ffs ? isHoloLensOrFfsGadget : isHoloLens);
    const target: DeviceTarget =
      wanted ?? (applyOptionsFor(station, device.id).suggested === 'oobe-mtp' ? 'oobe' : 'documents');
    await waitForStorage(station, device.id, target, wait, ctx);
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once('SIGINT', onSigint);
    try {
      const r = await station.packages.pushToDevice({
        deviceId: device.id,
        path,
        target,
        signal: abort.signal,
        onProgress: progressPrinter(ctx.io, 'push'),
      });
      if (values.json) {
        printJson(ctx.io, {
          ok: true,
          deviceId: device.id,
          target,
          sha256: r.packageSha256,
          bytes: r.bytes,
          remotePath: r.remotePath,
          verified: r.verified,
          applicationId: r.id,
          next: say(`cli:ppkg.push.next.${target}`),
        });
      } else {
        ctx.io.out(
          `${say('cli:ppkg.push.done', { name: r.packageName, size: r.bytes, path: r.remotePath })}\n${say(`cli:ppkg.push.next.${target}`)}`,
        );
      }
      return 0;
    } finally {
      process.off('SIGINT', onSigint);
    }
  } finally {
    await station.close();
  }
}
