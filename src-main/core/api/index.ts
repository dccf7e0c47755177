import type { Station } from '../station.ts';
import { deviceHandlers } from './devices-api.ts';
import { simHandlers } from './sim-api.ts';
import { jobHandlers } from './jobs-api.ts';
import { settingsHandlers } from './settings-api.ts';
import { enrollmentHandlers } from './enrollment-api.ts';
import type { Handlers } from './types.ts';

/** Every call of the contract, bound to a station. The type makes a forgotten call a compile error. */
export function createHandlers(station: Station): Handlers {
  return {
    ...deviceHandlers(station),
    ...simHandlers(station),
    ...jobHandlers(station),
    ...settingsHandlers(station),
    ...enrollmentHandlers(station),
  };
}

export type { Handlers } from './types.ts';
