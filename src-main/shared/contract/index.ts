import type { z } from 'zod';
import type { CallSpec } from './define.ts';
import { deviceCalls, deviceEvents } from './devices.ts';
import { simCalls, simEvents } from './sim.ts';
import { jobCalls, jobEvents } from './jobs.ts';
import { settingsCalls, settingsEvents } from './settings.ts';
import { enrollmentCalls, enrollmentEvents } from './enrollment.ts';
import { batchCalls, batchEvents } from './batch.ts';
import { fileCalls } from './files.ts';
import { autopilotCalls, autopilotEvents } from './autopilot.ts';
import { packageCalls, packageEvents } from './packages.ts';
import { intuneCalls } from './intune.ts';
import { recoveryCalls } from './recovery-runs.ts';
import { warehouseCalls, warehouseEvents } from './warehouse.ts';
import { doctorCalls } from './doctor.ts';

/**
 * The whole station API: every call the renderer (or any bridge client) may make, and every event it may receive.
 * Electron IPC, the WebSocket bridge and the preload are all generated from these two objects.
 */
export const calls = {
  ...deviceCalls,
  ...simCalls,
  ...jobCalls,
  ...settingsCalls,
  ...enrollmentCalls,
  ...batchCalls,
  ...fileCalls,
  ...autopilotCalls,
  ...packageCalls,
  ...intuneCalls,
  ...recoveryCalls,
  ...warehouseCalls,
  ...doctorCalls,
} satisfies Record<string, CallSpec>;

export const events = {
  ...deviceEvents,
  ...simEvents,
  ...jobEvents,
  ...settingsEvents,
  ...enrollmentEvents,
  ...batchEvents,
  ...autopilotEvents,
  ...packageEvents,
  ...warehouseEvents,
} satisfies Record<string, z.ZodType>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;
export type StationEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];

export * from './devices.ts';
export * from './sim.ts';
export * from './jobs.ts';
export * from './settings.ts';
export * from './batch.ts';
export * from './files.ts';
export * from './autopilot.ts';
export * from './packages.ts';
export * from './intune.ts';
export * from './warehouse.ts';
export * from './doctor.ts';
export { CALL_NAMES, EVENT_NAMES, IPC_EVENT_CHANNEL, ipcChannel } from './names.ts';
