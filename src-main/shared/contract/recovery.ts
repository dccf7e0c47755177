/** Zod schemas for recovery procedures, LED patterns and the reset-for-reuse checklist. Imports zod only. */
import { z } from 'zod';
import { HoloLensModel, ReuseItemId, Step } from './enrollment-plan.ts';

/** What the USB bus shows when a step worked, so a wizard can move on by itself. */
export const BusExpectation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device-gone') }),
  z.object({ kind: z.literal('device-present'), mode: z.enum(['normal', 'flashing']) }),
]);
export type BusExpectation = z.infer<typeof BusExpectation>;

export const RecoveryStep = Step.extend({ busExpectation: BusExpectation.optional() });
export type RecoveryStep = z.infer<typeof RecoveryStep>;

export const ProcedureKind = z.enum(['restart', 'hard-restart', 'reset', 'reflash', 'flashing-mode']);
export type ProcedureKind = z.infer<typeof ProcedureKind>;

export const Requirement = z.object({ id: z.string().min(1), text: z.string().min(1) });
export type Requirement = z.infer<typeof Requirement>;

export const RecoveryProcedure = z.object({
  /** `${model}-${kind}`, e.g. "hololens2-flashing-mode". */
  id: z.string().min(1),
  model: HoloLensModel,
  kind: ProcedureKind,
  title: z.string().min(1),
  whenToUse: z.string().min(1),
  erasesDevice: z.boolean(),
  /** The PC tool it needs, if any. */
  tool: z.string().optional(),
  requirements: z.array(Requirement),
  steps: z.array(RecoveryStep).min(1),
  source: z.string().min(1),
  unverified: z.string().optional(),
});
export type RecoveryProcedure = z.infer<typeof RecoveryProcedure>;

/** One LED: off, lit, or fading in and out (the charging light). */
export const LedState = z.enum(['off', 'on', 'pulse']);
export type LedState = z.infer<typeof LedState>;

export const LedFrame = z.object({
  /** LED 1 is the one that stays lit at the lowest battery level; LED 3 is the middle one. */
  leds: z.tuple([LedState, LedState, LedState, LedState, LedState]),
  ms: z.number().int().positive(),
});
export type LedFrame = z.infer<typeof LedFrame>;

export const LedPattern = z.object({
  id: z.string().min(1),
  models: z.array(HoloLensModel).min(1),
  name: z.string().min(1),
  frames: z.array(LedFrame).min(1),
  /** How many times the frames play; then all LEDs are off. */
  repeat: z.union([z.literal('forever'), z.number().int().positive()]),
  meaning: z.string().min(1),
  action: z.string().min(1),
  severity: z.enum(['info', 'attention', 'fault']),
  /** The docs give no timing: the frame durations only make the animation readable. */
  timingIllustrative: z.boolean(),
  source: z.string().min(1),
});
export type LedPattern = z.infer<typeof LedPattern>;

/** The cloud record a reuse item deletes, named for whoever automates it (Graph clean-up). */
export const CloudRecord = z.enum(['intune-device', 'autopilot-device', 'entra-device']);
export type CloudRecord = z.infer<typeof CloudRecord>;

export const ReuseItem = z.object({
  id: ReuseItemId,
  where: z.enum(['portal', 'device']),
  when: z.enum(['always', 'moving-tenant', 'autopilot-hololens2']),
  title: z.string().min(1),
  how: z.string().min(1),
  why: z.string().min(1),
  /** Present on items that delete a cloud record: never before the lift and the wipe (REUSE_ORDER). */
  cloudRecord: CloudRecord.optional(),
  source: z.string().min(1),
});
export type ReuseItem = z.infer<typeof ReuseItem>;

export const ResetForReuse = z.object({
  id: z.literal('reset-for-reuse'),
  title: z.string().min(1),
  intro: z.string().min(1),
  items: z.array(ReuseItem).min(1),
  errorCode: z.literal('0x80180014'),
  errorExplanation: z.string().min(1),
});
export type ResetForReuse = z.infer<typeof ResetForReuse>;

export const RecoveryRunResult = z.enum(['done', 'failed', 'abandoned']);
export type RecoveryRunResult = z.infer<typeof RecoveryRunResult>;

/** Who confirmed a step: the station saw it on the USB bus, or the technician said it was done. */
export const StepConfirmedBy = z.enum(['station', 'technician']);
export type StepConfirmedBy = z.infer<typeof StepConfirmedBy>;

export const RecoveryRunStep = z.object({
  id: z.string(),
  title: z.string(),
  /** Null while the step is not confirmed. */
  confirmedBy: StepConfirmedBy.nullable(),
  at: z.string().nullable(),
  by: z.string(),
});
export type RecoveryRunStep = z.infer<typeof RecoveryRunStep>;

export const RecoveryRunView = z.object({
  id: z.number().int().positive(),
  deviceKey: z.string(),
  deviceId: z.string().nullable(),
  serial: z.string().nullable(),
  model: HoloLensModel,
  portPath: z.string().nullable(),
  procedureId: z.string(),
  technician: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: RecoveryRunResult.nullable(),
  note: z.string(),
  steps: z.array(RecoveryRunStep),
});
export type RecoveryRunView = z.infer<typeof RecoveryRunView>;
