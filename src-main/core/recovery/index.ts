/** Recovery knowledge as data: procedures per model, LED patterns, and the reset-for-reuse checklist. */
export { RECOVERY_PROCEDURES, proceduresFor, getProcedure, procedureById, busExpectationMet } from './procedures.ts';
export type { BusObservation } from './procedures.ts';
export { LED_PATTERNS, ledPattern } from './leds.ts';
export { RESET_FOR_REUSE } from './reuse.ts';
export * from '../../shared/contract/recovery.ts';
