/**
 * The names of the station's calls and events, as plain strings with no schema library behind them, so the
 * sandboxed preload can expose one named function per call without bundling zod. A unit test checks this list
 * against the contract, so a call added there and forgotten here fails the build.
 */
export const CALL_NAMES = [
  'listDevices',
  'busState',
  'labelDevice',
  'removeLabel',
  'listLabels',
  'deviceHistory',
  'simStatus',
  'simEnable',
  'simPlug',
  'simUnplug',
  'simReplug',
  'simAction',
  'listJobs',
  'cancelJob',
  'getSettings',
  'updateSettings',
  'planEnrollment',
  'planUnenroll',
  'lookupError',
  'searchKnowledge',
  'recoveryProcedures',
  'ledPatterns',
  'resetForReuse',
  'checklist',
  'deviceFacts',
  'startEnrollmentRun',
  'recordEnrollmentStep',
  'finishEnrollmentRun',
  'enrollmentHistory',
  'unenrollAdvice',
] as const;

export const EVENT_NAMES = ['deviceChanged', 'busChanged', 'simChanged', 'jobChanged', 'settingsChanged'] as const;

export const IPC_EVENT_CHANNEL = 'station:event';

export function ipcChannel(name: string): string {
  return `station:call:${name}`;
}
