/** Answers for the enrollment, recovery and knowledge calls, from the real (pure) core, for component tests. */
import type { CallName } from '../../src-main/shared/contract/index.ts';
import type { EnrollmentFacts } from '../../src-main/shared/contract/enrollment-facts.ts';
import { autopilotInPlay, PATHS, planEnrollment, planUnenroll } from '../../src-main/core/enrollment/index.ts';
import {
  lookupError,
  normalizeErrorCode,
  searchKnowledge,
  GUIDANCE_TOPICS,
  TROUBLESHOOTING_CHECKLIST,
} from '../../src-main/core/knowledge/index.ts';
import { ledPatterns, recoveryProcedures, resetForReuse } from '../../src-main/core/recovery/index.ts';
import type { EnrollmentRunView } from '../../src-main/shared/contract/enrollment.ts';
import type { Result } from '../../src-main/shared/errors.ts';

type Answer = (input: unknown) => Result<unknown>;
const ok = (value: unknown): Result<unknown> => ({ ok: true, value });

export function planView(facts: EnrollmentFacts) {
  const plan = planEnrollment(facts);
  return { ...plan, pathTitle: PATHS[plan.path].title };
}

export function enrollmentAnswers(known: EnrollmentFacts = { model: 'hololens2', batteryPercent: 80 }) {
  let run: EnrollmentRunView | null = null;
  const answers: Partial<Record<CallName, Answer>> = {
    deviceFacts: (i) => ok({ deviceId: (i as { deviceId: string }).deviceId, facts: known, sources: {} }),
    planEnrollment: (i) => ok(planView(i as EnrollmentFacts)),
    enrollmentQuestions: (i) => ok({ autopilot: autopilotInPlay(i as EnrollmentFacts) }),
    planUnenroll: (i) => {
      const { enrolledVia, ...rest } = i as { enrolledVia: 'entra' };
      return ok(planUnenroll(enrolledVia, rest));
    },
    lookupError: (i) => {
      const code = (i as { code: string }).code;
      return ok({ input: code, code: normalizeErrorCode(code), entry: lookupError(code) });
    },
    searchKnowledge: (i) => ok(searchKnowledge((i as { query: string }).query)),
    recoveryProcedures: () => ok(recoveryProcedures()),
    ledPatterns: () => ok(ledPatterns()),
    resetForReuse: () => ok(resetForReuse()),
    checklist: () => ok(TROUBLESHOOTING_CHECKLIST),
    guidanceTopics: () => ok([...GUIDANCE_TOPICS]),
    unenrollAdvice: (i) =>
      ok({
        deviceId: (i as { deviceId: string }).deviceId,
        run: null,
        enrolledVia: null,
        disconnectWorks: null,
        message: 'The station has no record of enrolling this device.',
        plan: null,
      }),
    enrollmentHistory: () => ok(run && run.result ? [run] : []),
    startEnrollmentRun: (i) => {
      const { deviceId, facts } = i as { deviceId: string; facts: EnrollmentFacts };
      const plan = planView(facts);
      run = {
        id: 1,
        deviceKey: 'sn:X',
        deviceId,
        serial: 'SN123',
        model: facts.model ?? null,
        portPath: '1-4.2',
        path: plan.path,
        plannedEnrolledVia: plan.enrolledVia,
        enrolledVia: null,
        unenroll: plan.unenroll,
        facts,
        technician: 'Ada',
        startedAt: '2026-01-01T10:00:00.000Z',
        finishedAt: null,
        result: null,
        note: '',
        steps: plan.steps.map((s) => ({ id: s.id, title: s.title, done: false, at: null, by: '' })),
      };
      return ok({ run, plan });
    },
    recordEnrollmentStep: (i) => {
      const { stepId, done } = i as { stepId: string; done: boolean };
      if (!run) throw new Error('no run');
      run = {
        ...run,
        steps: run.steps.map((s) => (s.id === stepId ? { ...s, done, at: '2026-01-01T10:01:00.000Z', by: 'Ada' } : s)),
      };
      return ok(run);
    },
    finishEnrollmentRun: (i) => {
      const { result } = i as { result: 'enrolled' };
      if (!run) throw new Error('no run');
      run = {
        ...run,
        result,
        finishedAt: '2026-01-01T10:30:00.000Z',
        enrolledVia: result === 'enrolled' ? run.plannedEnrolledVia : null,
      };
      return ok(run);
    },
  };
  return { answers, current: () => run };
}
