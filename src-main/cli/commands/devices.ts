import { say, stationLanguage } from '../../core/language.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import type { DeviceView } from '../../shared/contract/devices.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';
import type { Command } from './command.ts';
import { serialNumberOf } from '../../core/devices/device-readings.ts';

/** The `holobench devices` output: the CLI contract's fields first, then extras. */
export function deviceJson(d: DeviceView) {
  return {
    id: d.id,
    model: d.model,
    mode: d.mode,
    confidence: d.confidence,
    vendorId: d.vendorId,
    productId: d.productId,
    portPath: d.portPath,
    serialNumber: d.serialNumber,
    productName: d.productName,
    usbId: d.usbId,
    kind: d.kind,
    present: d.present,
    source: d.source,
    reason: d.identification.reason,
    nextAction: d.nextAction.title,
    storageState: d.storageState,
    storageProblem: d.storageProblem ?? null,
    storages: d.storages,
    batteryPercent: d.batteryPercent,
    mtp: d.mtpInfo,
  };
}

export const devicesCommand: Command = {
  name: 'devices',
  get summary() {
    return say('cli:summary.devices');
  },
  usage: 'holobench devices [--json] [--watch] [--simulate <presets>] [--no-usb] [--data-dir <dir>]',
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs(args, { ...COMMON_OPTIONS, ...DEVICE_OPTIONS, watch: { type: 'boolean' } });
    const station = await openStationFromFlags(values, ctx);
    try {
      // Give each device a moment to answer over MTP, so the list carries storage, battery and build.
      await station.connections.settled(5000);
      const shown = () => station.registry.list().filter((d) => d.present);
      const print = () => {
        const list = shown();
        if (values.json) {
          if (values.watch) ctx.io.out(JSON.stringify(list.map(deviceJson)));
          else printJson(ctx.io, list.map(deviceJson));
        } else {
          ctx.io.out(humanList(list, station.busState().usb.detail));
        }
      };
      if (!values.watch) {
        print();
        return 0;
      }
      // Listen for Ctrl+C before printing anything: a script may stop us as soon as it reads the first line.
      await new Promise<void>((resolve) => {
        const off = station.registry.events.on('changed', print);
        // Hot-plug callbacks alone do not keep Node's event loop alive.
        const keepAlive = setInterval(() => undefined, 60_000);
        const stop = () => {
          off();
          clearInterval(keepAlive);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        print();
      });
      return 0;
    } finally {
      await station.close();
    }
  },
};

function humanList(list: DeviceView[], usbDetail: string): string {
  if (list.length === 0) return say('cli:devices.none', { detail: usbDetail });
  const language = stationLanguage();
  const rows = list.map((d) => [
    d.id,
    d.kind === 'not-hololens' ? say('cli:devices.notHololens') : say(`cli:devices.model.${d.model}`),
    say(`cli:devices.mode.${d.mode}`),
    say(`cli:devices.confidence.${d.confidence}`),
    d.usbId,
    d.portPath,
    serialNumberOf(d) ?? '-',
    d.batteryPercent === null ? '-' : formatNumber(d.batteryPercent / 100, language, { style: 'percent' }),
    d.mtpInfo?.deviceVersion.replace(/^10\.0\./, '') || '-',
    d.nextAction.title,
  ]);
  const header = ['id', 'model', 'mode', 'sure', 'usbId', 'port', 'serial', 'battery', 'build', 'next'];
  return formatTable(
    header.map((h) => say(`cli:devices.column.${h}`)),
    rows,
  );
}
