import { buildDoctorReport, stationVersion } from '../doctor/report.ts';
import type { Station } from '../station.ts';
import type { HandlerGroup } from './types.ts';

export function doctorHandlers(station: Station): HandlerGroup<'doctorReport'> {
  return {
    doctorReport: async () => {
      // Devices still being opened get a moment, so the report does not catch them half-way.
      await station.connections.settled(3000);
      return buildDoctorReport(station, { version: stationVersion() });
    },
  };
}
