/**
 * Zod schemas for what the enrollment planner returns. Imports zod only, so the shared IPC contract and the CLI can
 * re-export them without pulling in any node or electron code.
 */
import { z } from 'zod';
import { StoredWords } from './stored-words.ts';

/** The five enrollment paths. These identifiers are part of the CLI contract (DESIGN.md): never rename them. */
export const PathId = z.enum(['autopilot', 'entra-oobe', 'entra-settings', 'msa-work-account', 'local-mdm-only']);
export type PathId = z.infer<typeof PathId>;

/** How a device was enrolled, as the ledger records it and `holobench unenroll --enrolled-via` takes it. */
export const EnrolledVia = z.enum(['autopilot', 'entra', 'msa-work-account', 'local-mdm-only']);
export type EnrolledVia = z.infer<typeof EnrolledVia>;

export const UnenrollMethod = z.enum(['settings-disconnect', 'reset-or-reflash']);
export type UnenrollMethod = z.infer<typeof UnenrollMethod>;

export const HoloLensModel = z.enum(['hololens1', 'hololens2']);
export type HoloLensModel = z.infer<typeof HoloLensModel>;

export const Button = z.enum(['power', 'volume-up', 'volume-down']);
export type Button = z.infer<typeof Button>;

/**
 * A button chord. `buttons` are pressed together; `hold` keeps them down for `seconds`. `tapAtStart` covers the
 * flashing-mode move: keep `buttons` held and press-and-release these once at the start of the hold.
 */
export const Chord = z.object({
  buttons: z.array(Button).min(1),
  kind: z.enum(['press', 'hold']),
  seconds: z.number().positive().optional(),
  tapAtStart: z.array(Button).min(1).optional(),
});
export type Chord = z.infer<typeof Chord>;

/**
 * What taking a device out of its tenant involves, in the one order that works (core/recovery/reuse.ts
 * REUSE_ORDER). Defined here so enrollment steps can point at them without importing recovery.
 */
export const ReuseItemId = z.enum([
  'lift-tenant-lockdown',
  'reset-or-reflash',
  'delete-intune-record',
  'deregister-autopilot',
  'delete-entra-device',
]);
export type ReuseItemId = z.infer<typeof ReuseItemId>;

export const StepWhere = z.enum(['device', 'pc', 'portal']);
export type StepWhere = z.infer<typeof StepWhere>;

export const Step = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The catalog key the title was said from: what an enrollment run keeps to say it again in another language. */
  titleWords: StoredWords.optional(),
  /** What the technician does, concretely. */
  action: z.string().min(1),
  /** What the device (or PC, or portal) should show when the step worked. */
  expect: z.string().min(1),
  chord: Chord.optional(),
  /** A wait the UI should count down (not a button hold: that is `chord.seconds`). */
  timerSeconds: z.number().positive().optional(),
  where: StepWhere.optional(),
  /** What to do when the expected result does not appear. */
  ifNot: z.string().optional(),
  /** Id of a recovery procedure this step hands over to (see core/recovery). */
  seeProcedure: z.string().optional(),
  /** The reset-for-reuse items this step carries out, so its order can be checked against REUSE_ORDER. */
  reuseItems: z.array(ReuseItemId).optional(),
});
export type Step = z.infer<typeof Step>;

/** A blocker or warning. `source` names the seed statement or DOMAIN.md section the rule comes from. */
export const Finding = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  source: z.string().min(1),
  /** Present when the finding is raised only because these facts are unknown: it may or may not apply. */
  unknownFacts: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Something to verify before or while following the plan: an unknown fact, or a preflight item from the seed. */
export const Check = z.object({
  id: z.string().min(1),
  kind: z.enum(['unknown-fact', 'preflight']),
  /** The fact this check would fill in, when it is one. */
  fact: z.string().optional(),
  question: z.string().min(1),
  how: z.string().min(1),
  source: z.string().min(1),
});
export type Check = z.infer<typeof Check>;

/** A path the seed advises but the planner could not use, and the confirmed findings that ruled it out. */
export const SetAside = z.object({
  path: PathId,
  findings: z.array(Finding).min(1),
});
export type SetAside = z.infer<typeof SetAside>;

export const EnrollmentPlan = z.object({
  path: PathId,
  pathReason: z.string().min(1),
  /** The path the seed's scenario advice points to before device facts are considered. */
  advisedPath: PathId,
  setAside: z.array(SetAside),
  steps: z.array(Step).min(1),
  blockers: z.array(Finding),
  warnings: z.array(Finding),
  checks: z.array(Check),
  /** True when blockers must be resolved before the steps can work (the CLI exits 1). */
  blocked: z.boolean(),
  enrolledVia: EnrolledVia,
  unenroll: UnenrollMethod,
  unenrollSummary: z.string().min(1),
  /** Ids of the guidance topics (core/knowledge/topics.ts) worth reading for this plan. */
  guidance: z.array(z.string()),
});
export type EnrollmentPlan = z.infer<typeof EnrollmentPlan>;

/** Another way out of the MDM, done from the MDM console (Intune remote wipe or retire). */
export const UnenrollAlternative = z.object({
  id: z.enum(['intune-wipe', 'intune-retire']),
  title: z.string().min(1),
  whenToUse: z.string().min(1),
  steps: z.array(Step).min(1),
  source: z.string().min(1),
  unverified: z.string().optional(),
});
export type UnenrollAlternative = z.infer<typeof UnenrollAlternative>;

export const UnenrollPlan = z.object({
  enrolledVia: EnrolledVia,
  method: UnenrollMethod,
  reason: z.string().min(1),
  steps: z.array(Step).min(1),
  warnings: z.array(Finding),
  alternatives: z.array(UnenrollAlternative),
});
export type UnenrollPlan = z.infer<typeof UnenrollPlan>;
