import { say } from '../../core/language.ts';
import { resolve } from 'node:path';
import { writeDoctorZip, doctorText } from '../../core/doctor/bundle.ts';
import { buildDoctorReport, stationVersion } from '../../core/doctor/report.ts';
import { COMMON_OPTIONS, DEVICE_OPTIONS, parseCommandArgs } from '../args.ts';
import { openStationFromFlags, printJson, type CommandContext } from '../context.ts';
import type { Command } from './command.ts';

/** `holobench doctor`: what the station sees, and one fix per problem. Exit 0: nothing needs attention. */
export const doctorCommand: Command = {
  name: 'doctor',
  get summary() {
    return say('cli:summary.doctor');
  },
  usage:
    'holobench doctor [--json] [--out <report.zip>] [--simulate <presets>] [--no-usb] [--take-over] [--data-dir <dir>]',
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const { values } = parseCommandArgs(args, { ...COMMON_OPTIONS, ...DEVICE_OPTIONS, out: { type: 'string' } });
    const station = await openStationFromFlags(values, ctx);
    try {
      await station.connections.settled(5000);
      const report = buildDoctorReport(station, { version: stationVersion() });
      if (values.out) {
        const file = resolve(values.out);
        await writeDoctorZip(report, file);
        ctx.io.err(say('cli:doctor.written', { file }));
      }
      if (values.json) printJson(ctx.io, report);
      else ctx.io.out(doctorText(report));
      return report.problems.length === 0 ? 0 : 1;
    } finally {
      await station.close();
    }
  },
};
