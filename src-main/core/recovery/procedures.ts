/** All recovery procedures, lookups by model and kind, and matching a bus observation against a step. */
import { hololens1Procedures } from './hololens1.ts';
import { hololens2Procedures } from './hololens2.ts';
import type { BusExpectation, ProcedureKind, RecoveryProcedure } from '../../shared/contract/recovery.ts';

/** Every procedure, in the station's language at the moment of the call (a language change applies to the next). */
export function recoveryProcedures(): RecoveryProcedure[] {
  return [...hololens2Procedures(), ...hololens1Procedures()];
}

export function proceduresFor(model: 'hololens1' | 'hololens2'): RecoveryProcedure[] {
  return model === 'hololens2' ? hololens2Procedures() : hololens1Procedures();
}

export function getProcedure(model: 'hololens1' | 'hololens2', kind: ProcedureKind): RecoveryProcedure {
  const found = proceduresFor(model).find((p) => p.kind === kind);
  // Every model has every kind (a test checks it), so this only fires on a broken data edit.
  if (!found) throw new Error(`No ${kind} procedure for ${model}`);
  return found;
}

export function procedureById(id: string): RecoveryProcedure | undefined {
  return recoveryProcedures().find((p) => p.id === id);
}

/** What the station sees on the followed port: absent, or a device in some mode (and of some model). */
export interface BusObservation {
  present: boolean;
  mode?: 'normal' | 'flashing' | 'unknown' | null;
  model?: 'hololens1' | 'hololens2' | 'unknown' | null;
}

/**
 * Whether the bus confirms a step, so the wizard moves on without the technician ticking it. In flashing mode any
 * identity counts (without drivers a HoloLens 2 shows a Qualcomm one); running normally, it must be the model
 * followed (or one the station cannot name).
 */
export function busExpectationMet(
  expectation: BusExpectation,
  seen: BusObservation,
  followedModel?: 'hololens1' | 'hololens2' | 'unknown',
): boolean {
  if (expectation.kind === 'device-gone') return !seen.present;
  if (!seen.present || seen.mode !== expectation.mode) return false;
  if (expectation.mode === 'flashing' || followedModel === undefined) return true;
  return seen.model === followedModel || seen.model === 'unknown' || followedModel === 'unknown';
}
