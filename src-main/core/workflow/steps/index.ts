import type { AnyStepKind } from '../types.ts';
import { applyPackageStep } from './apply-package.ts';
import { coachEnrollmentStep } from './coach-enrollment.ts';
import { doneStep } from './done.ts';
import { gateStep } from './gate.ts';
import { harvestAutopilotStep } from './harvest-autopilot.ts';
import { identifyStep } from './identify.ts';
import { renameStep } from './rename.ts';
import { verifyEnrolledStep } from './verify-enrolled.ts';

export type StepRegistry = ReadonlyMap<string, AnyStepKind>;

/** The step kinds this station knows; a new kind is one file plus one line here. */
export const STEP_KINDS: StepRegistry = new Map(
  [
    identifyStep,
    gateStep,
    applyPackageStep,
    coachEnrollmentStep,
    harvestAutopilotStep,
    renameStep,
    verifyEnrolledStep,
    doneStep,
  ].map((s) => [s.kind, s]),
);

export function stepRegistry(...extra: AnyStepKind[]): StepRegistry {
  return new Map([...STEP_KINDS, ...extra.map((s) => [s.kind, s] as const)]);
}
