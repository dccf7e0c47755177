/** Recovery knowledge: procedures per model, LED patterns, and the reset-for-reuse checklist, built in the station's language. */
export { recoveryProcedures, proceduresFor, getProcedure, procedureById, busExpectationMet } from './procedures.ts';
export type { BusObservation } from './procedures.ts';
export { ledPatterns, ledPattern } from './leds.ts';
export { resetForReuse, RESET_FOR_REUSE_ID } from './reuse.ts';
export * from '../../shared/contract/recovery.ts';
