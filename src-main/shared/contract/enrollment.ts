/**
 * Enrollment guidance, recovery, offline knowledge and the ledger's enrollment runs, as station calls. The planner's,
 * knowledge and recovery schemas are the contract's own (enrollment-facts.ts, enrollment-plan.ts, knowledge.ts,
 * recovery.ts, zod only): core imports them from here, never the reverse (a test checks it).
 */
import { z } from 'zod';
import { EnrollmentFacts, UnenrollOptions } from './enrollment-facts.ts';
import { EnrolledVia, EnrollmentPlan, HoloLensModel, PathId, UnenrollMethod, UnenrollPlan } from './enrollment-plan.ts';
import { ChecklistItem, ErrorCodeInfo, KnowledgeHit } from './knowledge.ts';
import { LedPattern, RecoveryProcedure, ResetForReuse } from './recovery.ts';
import { call } from './define.ts';
import { Mode, Model } from './devices.ts';

export {
  EnrollmentFacts,
  EnrollmentPlan,
  EnrolledVia,
  HoloLensModel,
  PathId,
  UnenrollMethod,
  UnenrollPlan,
  ErrorCodeInfo,
  KnowledgeHit,
  ChecklistItem,
  LedPattern,
  RecoveryProcedure,
  ResetForReuse,
};
export type { Button, Chord, Check, Finding, SetAside, Step, StepWhere } from './enrollment-plan.ts';
export type { Identity, Users, Stage, Edition, Tenant, Mdm, Network } from './enrollment-facts.ts';
export type { BusExpectation, LedFrame, LedState, ProcedureKind, RecoveryStep, ReuseItem } from './recovery.ts';

const DeviceId = z.string().min(1).max(200);
const RunId = z.number().int().positive();

/** The plan as the station answers it: the planner's plan plus the path's readable title. */
export const PlanView = EnrollmentPlan.extend({ pathTitle: z.string().min(1) });
export type PlanView = z.infer<typeof PlanView>;

export const ErrorLookup = z.object({
  input: z.string(),
  /** The canonical form ("0x80180014"), or null when the input is not an error code at all. */
  code: z.string().nullable(),
  entry: ErrorCodeInfo.nullable(),
});
export type ErrorLookup = z.infer<typeof ErrorLookup>;

/** What the station already knows about a device, so the wizard does not ask for it. */
export const DeviceFacts = z.object({
  deviceId: z.string(),
  facts: EnrollmentFacts,
  /** Readable notes on where each known fact came from, e.g. "model: read over USB". */
  sources: z.record(z.string(), z.string()),
});
export type DeviceFacts = z.infer<typeof DeviceFacts>;

export const EnrollmentRunResult = z.enum(['enrolled', 'failed', 'abandoned']);
export type EnrollmentRunResult = z.infer<typeof EnrollmentRunResult>;

export const EnrollmentRunStep = z.object({
  id: z.string(),
  title: z.string(),
  done: z.boolean(),
  /** When it was last ticked or unticked; null when never touched. */
  at: z.string().nullable(),
  by: z.string(),
});
export type EnrollmentRunStep = z.infer<typeof EnrollmentRunStep>;

/** One enrollment of one device as the ledger keeps it. */
export const EnrollmentRunView = z.object({
  id: RunId,
  deviceKey: z.string(),
  deviceId: z.string().nullable(),
  serial: z.string().nullable(),
  model: z.string().nullable(),
  portPath: z.string().nullable(),
  path: PathId,
  /** How the device ends up enrolled if this path is followed. */
  plannedEnrolledVia: EnrolledVia,
  /** Set once the run finished with the device enrolled. */
  enrolledVia: EnrolledVia.nullable(),
  unenroll: UnenrollMethod,
  facts: EnrollmentFacts,
  technician: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: EnrollmentRunResult.nullable(),
  note: z.string(),
  steps: z.array(EnrollmentRunStep),
});
export type EnrollmentRunView = z.infer<typeof EnrollmentRunView>;

export const UnenrollAdvice = z.object({
  deviceId: z.string(),
  /** The ledger's last finished enrollment of this device, if any. */
  run: EnrollmentRunView.nullable(),
  enrolledVia: EnrolledVia.nullable(),
  /** True: Disconnect in Settings works; false: reset or reflash; null: the ledger does not know. */
  disconnectWorks: z.boolean().nullable(),
  message: z.string(),
  plan: UnenrollPlan.nullable(),
});
export type UnenrollAdvice = z.infer<typeof UnenrollAdvice>;

/**
 * A recovery procedure followed on the bus: the station decides when a step is confirmed by what it sees on the
 * device's port and sends this view on every change; the wizard shows it.
 */
export const RecoveryFollowView = z.object({
  id: z.string(),
  procedureId: z.string(),
  followed: z.object({ deviceId: z.string(), portPath: z.string(), model: Model }),
  /** The step to show (steps.length when every step is done). */
  stepIndex: z.number().int().min(0),
  /** Step id -> who confirmed it: the station (bus) or the technician. */
  confirmed: z.record(z.string(), z.enum(['bus', 'tech'])),
  seen: z.object({
    present: z.boolean(),
    mode: Mode.nullable(),
    model: Model.nullable(),
    deviceId: z.string().nullable(),
  }),
  /** What the station last did by itself, in words (empty before it did anything). */
  announcement: z.string(),
});
export type RecoveryFollowView = z.infer<typeof RecoveryFollowView>;

const FollowId = z.string().min(1).max(100);

export const enrollmentEvents = {
  recoveryFollowChanged: RecoveryFollowView,
};

export const enrollmentCalls = {
  planEnrollment: call(EnrollmentFacts, PlanView),
  /** Which of the optional questions matter for these facts (decided by the planner, shown by the wizard). */
  enrollmentQuestions: call(EnrollmentFacts, z.object({ autopilot: z.boolean() })),
  planUnenroll: call(UnenrollOptions.extend({ enrolledVia: EnrolledVia }), UnenrollPlan),
  lookupError: call(z.object({ code: z.string().max(40) }), ErrorLookup),
  searchKnowledge: call(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).optional() }),
    z.array(KnowledgeHit),
  ),
  recoveryProcedures: call(z.object({ model: HoloLensModel.optional() }), z.array(RecoveryProcedure)),
  ledPatterns: call(z.object({ model: HoloLensModel.optional() }), z.array(LedPattern)),
  resetForReuse: call(z.object({}), ResetForReuse),
  checklist: call(z.object({}), z.array(ChecklistItem)),
  deviceFacts: call(z.object({ deviceId: DeviceId }), DeviceFacts),
  startEnrollmentRun: call(
    z.object({ deviceId: DeviceId, facts: EnrollmentFacts }),
    z.object({ run: EnrollmentRunView, plan: PlanView }),
  ),
  recordEnrollmentStep: call(
    z.object({ runId: RunId, stepId: z.string().min(1).max(100), done: z.boolean() }),
    EnrollmentRunView,
  ),
  finishEnrollmentRun: call(
    z.object({ runId: RunId, result: EnrollmentRunResult, note: z.string().max(500).optional() }),
    EnrollmentRunView,
  ),
  enrollmentHistory: call(z.object({ deviceId: DeviceId }), z.array(EnrollmentRunView)),
  unenrollAdvice: call(z.object({ deviceId: DeviceId, movingTenant: z.boolean().optional() }), UnenrollAdvice),
  followRecovery: call(
    z.object({
      procedureId: z.string().min(1).max(100),
      deviceId: DeviceId,
      stepIndex: z.number().int().min(0).max(100).optional(),
    }),
    RecoveryFollowView,
  ),
  updateRecoveryFollow: call(
    z.object({
      followId: FollowId,
      stepIndex: z.number().int().min(0).max(100).optional(),
      step: z.object({ stepId: z.string().min(1).max(100), done: z.boolean() }).optional(),
    }),
    RecoveryFollowView,
  ),
  stopRecoveryFollow: call(z.object({ followId: FollowId }), z.object({ stopped: z.boolean() })),
};
