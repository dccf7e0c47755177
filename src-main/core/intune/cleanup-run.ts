import { toErrorInfo, type ErrorInfo } from '../../shared/errors.ts';
import { isTransientGraphError } from '../autopilot/graph-http.ts';
import type { StationAction } from '../autopilot/graph-permissions.ts';
import {
  planCleanup,
  plannedRequests,
  type CleanupPlan,
  type CleanupPurpose,
  type CleanupStep,
  type ResetHow,
} from './cleanup-plan.ts';
import type { IntuneGraph } from './graph-intune.ts';
import { existsRequest, type GraphRequest } from './graph-requests.ts';
import { lookUpSerial } from './status.ts';
import type { IntuneStore, StepRow, StepState } from './store.ts';
import { say } from '../language.ts';

/**
 * Runs a clean-up plan step by step against Graph, writing each step to the ledger before and after its request.
 * A technician's confirmations are given per step id (or all at once: the CLI's --yes); a confirmation step not
 * given stops the run there, waiting. When the network goes the run stops where it is and stays open: nothing is
 * queued or sent later by itself. Running it again (the technician again) carries on from the first unfinished
 * step, asking Graph first about any delete whose answer never came.
 */

export interface CleanupInput {
  serial: string;
  purpose: CleanupPurpose;
  reset?: ResetHow;
  /** plan: look up and list, change nothing. run: do it. */
  mode: 'plan' | 'run';
  confirmations: 'all' | ReadonlySet<string>;
  /** Who confirmed, as recorded: "--yes on the command line", a technician's name in the app. */
  confirmedBy: string;
}

export interface StepReport {
  id: string;
  kind: 'confirm' | 'graph';
  title: string;
  detail?: string;
  state: StepState;
  request?: Pick<GraphRequest, 'method' | 'path' | 'permission'>;
  checkFirst?: Pick<GraphRequest, 'method' | 'path' | 'permission'>;
  answer?: string;
}

export interface CleanupReport {
  serial: string;
  purpose: CleanupPurpose;
  mode: 'plan' | 'run';
  state: 'planned' | 'done' | 'waiting' | 'interrupted' | 'failed';
  cleanupId: number | null;
  /** This run carried on a clean-up that an earlier run left unfinished. */
  resumed: boolean;
  steps: StepReport[];
  /** Every Graph request of the plan that is still to be made, in order. */
  requests: Pick<GraphRequest, 'method' | 'path' | 'permission'>[];
  /** The confirmations this run took, by title. */
  confirmed: string[];
  notes: string[];
  message: string;
  error?: ErrorInfo;
}

export interface CleanupDeps {
  graph: IntuneGraph;
  store: IntuneStore;
  now: () => Date;
}

/** What a clean-up run asks permission for; a dry run only reads, so it asks only for what a status asks. */
const ACTION_FOR: Record<CleanupPurpose, StationAction> = {
  reuse: 'cleanup-reuse',
  'leave-organization': 'cleanup-leave-organization',
  wipe: 'intune-wipe',
};

export async function runCleanup(deps: CleanupDeps, input: CleanupInput): Promise<CleanupReport> {
  const { store } = deps;
  const graph = deps.graph.forAction(input.mode === 'plan' ? 'intune-status' : ACTION_FOR[input.purpose]);
  const open = store.openCleanup(input.serial, input.purpose);
  let plan: CleanupPlan;
  if (open) plan = open.plan;
  else {
    const stop = graph.recordTo((e) => store.recordExchange(input.serial, null, e));
    try {
      // A wipe needs only the Intune record; a clean-up plans from all three.
      const scope = input.purpose === 'wipe' ? 'intune-only' : 'all';
      const status = await lookUpSerial(graph, input.serial, deps.now, scope);
      plan = planCleanup(status, input.purpose, input.reset);
    } finally {
      stop();
    }
  }
  if (input.mode === 'plan') {
    const states = open ? store.steps(open.id) : [];
    const report = base(plan, input, open?.id ?? null, Boolean(open), states);
    const message = open
      ? say('station-work:cleanup.resumed', { serial: plan.serial })
      : say('station-work:cleanup.dryRun', { count: report.requests.length });
    return { ...report, state: 'planned', message };
  }

  const row = open ?? store.createCleanup(plan);
  const stop = graph.recordTo((e) => store.recordExchange(plan.serial, row.id, e));
  const confirmed: string[] = [];
  try {
    for (const [idx, step] of plan.steps.entries()) {
      const state = store.steps(row.id)[idx]?.state ?? 'pending';
      if (state === 'done') continue;
      if (step.kind === 'confirm') {
        if (input.confirmations !== 'all' && !input.confirmations.has(step.id)) {
          return finish(say('station-work:cleanup.waiting', { step: step.title }), 'waiting');
        }
        store.setStep(row.id, idx, 'done', 'confirmed', input.confirmedBy);
        confirmed.push(step.title);
        continue;
      }
      try {
        const answer = await runGraphStep(graph, step, state);
        store.setStep(row.id, idx, 'done', answer);
      } catch (error) {
        if (isTransientGraphError(error)) {
          // The request may or may not have arrived: the step stays `sending` and the next run asks Graph first.
          const info = toErrorInfo(error);
          return finish(
            say('station-work:cleanup.interrupted', { step: step.title, title: info.title }),
            'interrupted',
            info,
          );
        }
        store.setStep(row.id, idx, 'failed', toErrorInfo(error).message);
        const info = toErrorInfo(error);
        return finish(
          say('station-work:cleanup.failed', { step: step.title, title: info.title, message: info.message }),
          'failed',
          info,
        );
      }
    }
    store.finishCleanup(row.id, 'done', 'every step done');
    return finish(say('station-work:cleanup.done', { serial: plan.serial }), 'done');
  } finally {
    stop();
  }

  function finish(message: string, state: CleanupReport['state'], error?: ErrorInfo): CleanupReport {
    const report = base(plan, input, row.id, Boolean(open), store.steps(row.id));
    return { ...report, state, confirmed, message, ...(error ? { error } : {}) };
  }

  async function runGraphStep(
    g: IntuneGraph,
    step: Extract<CleanupStep, { kind: 'graph' }>,
    was: StepState,
  ): Promise<string> {
    const idx = plan.steps.indexOf(step);
    // A delete whose answer never came may have happened: ask before sending it again.
    const check =
      step.checkFirst ??
      (was === 'sending' && step.request.method === 'DELETE' ? existsRequest(step.request) : undefined);
    if (check && !(await g.exists(check))) return 'already gone';
    store.setStep(row.id, idx, 'sending');
    const result = await g.act(step.request);
    if (was === 'sending' && step.request.method === 'POST')
      return `${result}; sent again, the first answer never came`;
    return result === 'already-gone' ? 'already gone' : 'done';
  }
}

function base(
  plan: CleanupPlan,
  input: CleanupInput,
  cleanupId: number | null,
  resumed: boolean,
  states: StepRow[],
): Omit<CleanupReport, 'state' | 'message'> {
  const steps: StepReport[] = plan.steps.map((s, i) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    ...(s.kind === 'confirm' ? { detail: s.detail } : {}),
    state: states[i]?.state ?? 'pending',
    ...(s.kind === 'graph'
      ? { request: pick(s.request), ...(s.checkFirst ? { checkFirst: pick(s.checkFirst) } : {}) }
      : {}),
    ...(states[i]?.answer ? { answer: states[i]?.answer } : {}),
  }));
  const left: CleanupPlan = { ...plan, steps: plan.steps.filter((_, i) => states[i]?.state !== 'done') };
  return {
    serial: plan.serial,
    purpose: input.purpose,
    mode: input.mode,
    cleanupId,
    resumed,
    steps,
    requests: plannedRequests(left).map(pick),
    confirmed: [],
    notes: plan.notes,
  };
}

const pick = (r: GraphRequest): Pick<GraphRequest, 'method' | 'path' | 'permission'> => ({
  method: r.method,
  path: r.path,
  permission: r.permission,
});
