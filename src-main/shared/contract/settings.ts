import { z } from 'zod';
import { call } from './define.ts';

/** Station-wide settings, kept in the ledger. The technician's name goes into every record of work done. */
export const StationSettings = z.object({
  technician: z.string().trim().max(80).default(''),
  /** Play a sound when a device needs the technician (batch board). */
  sound: z.boolean().default(true),
});
export type StationSettings = z.infer<typeof StationSettings>;

export const settingsCalls = {
  getSettings: call(z.object({}), StationSettings),
  updateSettings: call(StationSettings.partial(), StationSettings),
};

export const settingsEvents = {
  settingsChanged: StationSettings,
};
