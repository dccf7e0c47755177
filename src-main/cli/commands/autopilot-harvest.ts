import { say } from '../../core/language.ts';
import type { JobView } from '../../shared/contract/jobs.ts';
import { StationError } from '../../shared/errors.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, UsageError, oneOf, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { isHoloLens, selectDevice } from '../device-select.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...DEVICE_OPTIONS,
  device: { type: 'string' },
  timeout: { type: 'string' },
  'sim-tech': { type: 'string' },
} as const;

export function parseSeconds(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(say('cli:args.seconds', { flag, min, max }));
  return n;
}

/**
 * `holobench autopilot harvest`: coaches Power + Volume Down on the chosen HoloLens 2, waits for a new
 * AutopilotDiagnostics.zip, copies it, reads the hash and saves it in the ledger. In a simulated run nobody is there
 * to press the buttons, so with a simulated device the command presses them itself (and says so).
 */
export async function autopilotHarvest(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const timeout = parseSeconds('--timeout', values.timeout, 1, 1800);
  const simTech = oneOf('--sim-tech', values['sim-tech'], ['auto', 'off'] as const) ?? 'auto';
  const station = await openStationFromFlags(values, ctx);
  let jobId: string | null = null;
  const onSigint = () => {
    if (jobId) station.jobs.cancel(jobId);
  };
  process.once('SIGINT', onSigint);
  try {
    await station.connections.settled(5000);
    // Among several HoloLens, the only HoloLens 2 is the one meant (Autopilot has nothing for the others).
    const hl2 = station.registry.list().filter((d) => d.present && isHoloLens(d) && d.model === 'hololens2');
    const device = values.device === undefined && hl2.length === 1 ? hl2[0]! : selectDevice(station, values.device);
    const sim =
      device.source === 'sim' ? station.simulator?.list().find((d) => d.portPath === device.portPath) : undefined;
    let said = '';
    const off = station.jobs.events.on('changed', (job: JobView) => {
      if (job.id !== jobId || job.message === said || job.state !== 'running') return;
      said = job.message;
      if (!values.json || process.stderr.isTTY) ctx.io.err(said);
    });
    let done: Promise<JobView>;
    try {
      const started = station.autopilot.startHarvest(device.id, {
        timeoutMs: timeout === undefined ? undefined : timeout * 1000,
        onWaiting: () => {
          if (!sim || simTech === 'off') return;
          ctx.io.err(say('cli:harvest.simPressing', { port: device.portPath }));
          sim.act('power-volume-down');
        },
      });
      jobId = started.view.id;
      done = started.done;
    } catch (error) {
      off();
      throw error;
    }
    const job = await done;
    off();
    if (job.state === 'done' && job.result) {
      const r = job.result;
      if (values.json) printJson(ctx.io, { ok: true, deviceId: device.id, ...r });
      else {
        const found = { serial: String(r.serialNumber), productId: String(r.productId), hash: String(r.fingerprint) };
        ctx.io.out(found.productId ? say('cli:harvest.done', found) : say('cli:harvest.doneNoProductId', found));
        ctx.io.out(say('cli:harvest.zipKept', { path: String(r.zipPath) }));
        if (device.source === 'sim') ctx.io.out(say('cli:harvest.training'));
      }
      return 0;
    }
    if (job.state === 'canceled')
      throw new StationError('canceled', say('cli:harvest.canceledTitle'), say('cli:harvest.canceled'));
    const e = job.error ?? { code: 'internal', title: say('cli:harvest.failed'), message: job.message };
    if (values.json) printJson(ctx.io, { ok: false, deviceId: device.id, error: e });
    throw new StationError(e.code, e.title, e.message);
  } finally {
    process.off('SIGINT', onSigint);
    await station.close();
  }
}
