import type { Station } from '../station.ts';
import { deviceHandlers } from './devices-api.ts';
import { simHandlers } from './sim-api.ts';
import { jobHandlers } from './jobs-api.ts';
import { settingsHandlers } from './settings-api.ts';
import { enrollmentHandlers } from './enrollment-api.ts';
import { batchHandlers } from './batch-api.ts';
import { fileHandlers } from './files-api.ts';
import { autopilotHandlers } from './autopilot-api.ts';
import { packageHandlers } from './packages-api.ts';
import { intuneHandlers } from './intune-api.ts';
import { recoveryHandlers } from './recovery-api.ts';
import { warehouseHandlers } from './warehouse-api.ts';
import { doctorHandlers } from './doctor-api.ts';
import type { Handlers } from './types.ts';

/** Every call of the contract, bound to a station. The type makes a forgotten call a compile error. */
export function createHandlers(station: Station): Handlers {
  return {
    ...deviceHandlers(station),
    ...simHandlers(station),
    ...jobHandlers(station),
    ...settingsHandlers(station),
    ...enrollmentHandlers(station),
    ...batchHandlers(station),
    ...fileHandlers(station),
    ...autopilotHandlers(station),
    ...packageHandlers(station),
    ...intuneHandlers(station),
    ...recoveryHandlers(station),
    ...warehouseHandlers(station),
    ...doctorHandlers(station),
  };
}

export type { Handlers } from './types.ts';
