import { create } from 'zustand';
import type {
  DeviceFacts,
  EnrolledVia,
  EnrollmentFacts,
  EnrollmentRunResult,
  EnrollmentRunView,
  PlanView,
  UnenrollAdvice,
  UnenrollPlan,
} from '../../../src-main/shared/contract/enrollment.ts';
import { station } from '../api/station.ts';
import { SCENARIOS, type ScenarioId } from '../views/enroll/scenarios.ts';
import { attemptWith } from './attempt.ts';
import { i18n } from '../i18n.ts';

export type WizardStage = 'scenario' | 'facts' | 'plan' | 'run' | 'done';

export interface EnrollmentState {
  deviceId: string | null;
  stage: WizardStage;
  scenario: ScenarioId | null;
  /** The tech's answers. */
  answers: EnrollmentFacts;
  /** What the station read from the device. */
  known: DeviceFacts | null;
  plan: PlanView | null;
  run: EnrollmentRunView | null;
  stepIndex: number;
  busy: boolean;
  error: string | null;
  /** Unenroll: what the ledger says about the device, or a plan for an enrollment the tech names. */
  advice: UnenrollAdvice | null;
  /** Earlier enrollments of the device, newest first. */
  history: EnrollmentRunView[];
  unenrollPlan: UnenrollPlan | null;
  begin: (deviceId: string | null) => Promise<void>;
  /** Switches device, keeping the answers; the facts from the new device may change the plan. */
  selectDevice: (deviceId: string | null) => Promise<void>;
  chooseScenario: (id: ScenarioId) => void;
  setAnswer: <K extends keyof EnrollmentFacts>(key: K, value: EnrollmentFacts[K] | undefined) => void;
  makePlan: () => Promise<void>;
  back: (stage: WizardStage) => void;
  startRun: () => Promise<void>;
  toggleStep: (stepId: string, done: boolean) => Promise<void>;
  goToStep: (index: number) => void;
  finish: (result: EnrollmentRunResult) => Promise<void>;
  loadAdvice: (deviceId: string, movingTenant?: boolean) => Promise<void>;
  planUnenrollFor: (
    enrolledVia: EnrolledVia,
    movingTenant?: boolean,
    model?: 'hololens1' | 'hololens2',
  ) => Promise<void>;
  reset: () => void;
}

const initial = {
  deviceId: null,
  stage: 'scenario' as WizardStage,
  scenario: null,
  answers: {},
  known: null,
  plan: null,
  run: null,
  stepIndex: 0,
  busy: false,
  error: null,
  advice: null,
  unenrollPlan: null,
  history: [] as EnrollmentRunView[],
};

/** The facts the plan is made from: what the device says, then the tech's answers (never overriding the model). */
export function mergedFacts(s: Pick<EnrollmentState, 'answers' | 'known'>): EnrollmentFacts {
  const known = s.known?.facts ?? {};
  const merged: EnrollmentFacts = { ...known, ...s.answers };
  if (known.model) merged.model = known.model;
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}

export const useEnrollment = create<EnrollmentState>()((set, get) => {
  const attempt = attemptWith(set);
  const loadDevice = async (deviceId: string) => {
    const [known, history] = await Promise.all([
      station().call('deviceFacts', { deviceId }),
      station().call('enrollmentHistory', { deviceId }),
    ]);
    if (get().deviceId === deviceId) set({ known, history });
  };
  return {
    ...initial,
    begin: async (deviceId) => {
      set({ ...initial, deviceId });
      if (!deviceId) return;
      await attempt(() => loadDevice(deviceId));
    },
    selectDevice: async (deviceId) => {
      set((s) => ({ deviceId, known: null, history: [], plan: null, stage: s.stage === 'plan' ? 'facts' : s.stage }));
      if (!deviceId) return;
      await attempt(() => loadDevice(deviceId));
    },
    chooseScenario: (id) => {
      const scenario = SCENARIOS.find((x) => x.id === id);
      set((s) => ({ scenario: id, answers: { ...s.answers, ...scenario?.facts }, stage: 'facts', error: null }));
    },
    setAnswer: (key, value) =>
      set((s) => {
        const answers = { ...s.answers };
        if (value === undefined) delete answers[key];
        else answers[key] = value;
        return { answers };
      }),
    makePlan: () =>
      attempt(async () => {
        const plan = await station().call('planEnrollment', mergedFacts(get()));
        set({ plan, stage: 'plan' });
      }),
    back: (stage) => set({ stage, error: null }),
    startRun: () =>
      attempt(async () => {
        const deviceId = get().deviceId;
        if (!deviceId) throw new Error(i18n.t('enroll:error.noDevice'));
        const { run, plan } = await station().call('startEnrollmentRun', { deviceId, facts: mergedFacts(get()) });
        set({ run, plan, stage: 'run', stepIndex: 0 });
      }),
    toggleStep: (stepId, done) => {
      const run = get().run;
      if (!run) return Promise.resolve();
      // Show the tick at once; the ledger's answer (with time and name) replaces it, or the error undoes it.
      const steps = run.steps.map((x) => (x.id === stepId ? { ...x, done } : x));
      set({ run: { ...run, steps } });
      return attempt(async () => {
        try {
          set({ run: await station().call('recordEnrollmentStep', { runId: run.id, stepId, done }) });
        } catch (error) {
          set({ run });
          throw error;
        }
      });
    },
    goToStep: (index) => {
      const total = get().plan?.steps.length ?? 0;
      set({ stepIndex: Math.max(0, Math.min(index, total - 1)) });
    },
    finish: (result) =>
      attempt(async () => {
        const run = get().run;
        if (!run) return;
        set({ run: await station().call('finishEnrollmentRun', { runId: run.id, result }), stage: 'done' });
      }),
    loadAdvice: (deviceId, movingTenant) =>
      attempt(async () => {
        const advice = await station().call('unenrollAdvice', { deviceId, movingTenant });
        set({ advice, unenrollPlan: advice.plan });
      }),
    planUnenrollFor: (enrolledVia, movingTenant, model) =>
      attempt(async () => {
        set({ unenrollPlan: await station().call('planUnenroll', { enrolledVia, movingTenant, model }) });
      }),
    reset: () => set(initial),
  };
});
