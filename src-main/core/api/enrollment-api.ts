import type { DeviceFacts, UnenrollAdvice } from '../../shared/contract/enrollment.ts';
import { StationError } from '../../shared/errors.ts';
import type { LiveDevice } from '../devices/registry.ts';
import { deviceReadings } from '../devices/device-readings.ts';
import type { EnrollmentFacts } from '../../shared/contract/enrollment-facts.ts';
import { autopilotInPlay, PATHS, planUnenroll } from '../enrollment/index.ts';
import { planView } from '../enrollment/plan-view.ts';
import { EnrollmentRuns } from '../enrollment-runs/repository.ts';
import { lookupError, normalizeErrorCode, searchKnowledge, TROUBLESHOOTING_CHECKLIST } from '../knowledge/index.ts';
import { say } from '../language.ts';
import { ledPatterns, proceduresFor, recoveryProcedures, resetForReuse } from '../recovery/index.ts';
import type { Station } from '../station.ts';
import { readSettings } from './settings-api.ts';
import type { HandlerGroup } from './types.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

type EnrollmentCalls =
  | 'planEnrollment'
  | 'enrollmentQuestions'
  | 'planUnenroll'
  | 'lookupError'
  | 'searchKnowledge'
  | 'recoveryProcedures'
  | 'ledPatterns'
  | 'resetForReuse'
  | 'checklist'
  | 'deviceFacts'
  | 'startEnrollmentRun'
  | 'recordEnrollmentStep'
  | 'finishEnrollmentRun'
  | 'enrollmentHistory'
  | 'unenrollAdvice'
  | 'followRecovery'
  | 'updateRecoveryFollow'
  | 'stopRecoveryFollow';

/**
 * Facts the station read from the device itself over USB (its descriptors and its MTP session), the same way for
 * a real and a simulated device. What USB cannot tell (edition, whether setup is finished) the tech is asked.
 */
export function knownDeviceFacts(d: LiveDevice): DeviceFacts {
  const facts: EnrollmentFacts = {};
  const sources: Record<string, string> = {};
  const v = d.view;
  if (v.model === 'hololens1' || v.model === 'hololens2') {
    facts.model = v.model;
    sources.model = 'read over USB';
  }
  const read = deviceReadings(v);
  if (read.batteryPercent !== null) {
    facts.batteryPercent = read.batteryPercent;
    sources.batteryPercent = 'read over USB';
  }
  if (read.build !== null) {
    facts.build = read.build;
    sources.build = 'read over USB';
  }
  return { deviceId: v.id, facts, sources };
}

export function enrollmentHandlers(station: Station): HandlerGroup<EnrollmentCalls> {
  const runs = new EnrollmentRuns(station.ledger);
  const live = (deviceId: string): LiveDevice => station.registry.require(deviceId);
  const technician = () => readSettings(station).technician;

  return {
    planEnrollment: (facts) => Promise.resolve(planView(facts)),
    enrollmentQuestions: (facts) => Promise.resolve({ autopilot: autopilotInPlay(facts) }),
    planUnenroll: ({ enrolledVia, ...options }) => Promise.resolve(planUnenroll(enrolledVia, options)),
    lookupError: ({ code }) =>
      Promise.resolve({ input: code, code: normalizeErrorCode(code), entry: lookupError(code) }),
    searchKnowledge: ({ query, limit }) => Promise.resolve(searchKnowledge(query, limit)),
    recoveryProcedures: ({ model }) => Promise.resolve(model ? proceduresFor(model) : recoveryProcedures()),
    ledPatterns: ({ model }) =>
      Promise.resolve(model ? ledPatterns().filter((p) => p.models.includes(model)) : ledPatterns()),
    resetForReuse: () => Promise.resolve(resetForReuse()),
    checklist: () => Promise.resolve([...TROUBLESHOOTING_CHECKLIST]),
    deviceFacts: ({ deviceId }) => Promise.resolve(knownDeviceFacts(live(deviceId))),

    startEnrollmentRun: ({ deviceId, facts }) => {
      const d = live(deviceId);
      const known = knownDeviceFacts(d).facts;
      if (known.model && facts.model && known.model !== facts.model) {
        throw new StationError(
          'facts-mismatch',
          say('plan:run.modelMismatch.title'),
          say(`plan:run.modelMismatch.${known.model}`, { port: d.view.portPath }),
        );
      }
      const merged: EnrollmentFacts = { ...facts, model: facts.model ?? known.model };
      const plan = planView(merged);
      if (plan.blocked) {
        throw new StationError(
          'plan-blocked',
          say('plan:run.blocked.title'),
          say('plan:run.blocked.message', { blockers: plan.blockers.map((b) => b.message).join(' ') }),
        );
      }
      const run = runs.start({
        deviceKey: d.ledgerKey,
        deviceId: d.view.id,
        serial: serialNumberOf(d.view),
        model: merged.model ?? null,
        portPath: d.view.portPath,
        path: plan.path,
        plannedEnrolledVia: plan.enrolledVia,
        unenroll: plan.unenroll,
        facts: merged,
        steps: plan.steps.map((s) => ({
          id: s.id,
          title: s.title,
          ...(s.titleWords ? { titleWords: s.titleWords } : {}),
        })),
        technician: technician(),
      });
      station.ledger.addEvent(d.ledgerKey, 'enrollment-started', {
        runId: run.id,
        path: plan.path,
        by: run.technician,
      });
      return Promise.resolve({ run, plan });
    },
    recordEnrollmentStep: ({ runId, stepId, done }) =>
      Promise.resolve(runs.recordStep(runId, stepId, done, technician())),
    finishEnrollmentRun: ({ runId, result, note }) => {
      const run = runs.finish(runId, result, note ?? '');
      station.ledger.addEvent(run.deviceKey, 'enrollment-finished', {
        runId,
        result,
        path: run.path,
        enrolledVia: run.enrolledVia,
        by: technician(),
      });
      return Promise.resolve(run);
    },
    enrollmentHistory: ({ deviceId }) => {
      const d = live(deviceId);
      return Promise.resolve(runs.forDevice(d.ledgerKey, serialNumberOf(d.view)));
    },
    followRecovery: ({ procedureId, deviceId, stepIndex }) =>
      Promise.resolve(station.recovery.start(procedureId, deviceId, stepIndex)),
    updateRecoveryFollow: ({ followId, ...change }) => Promise.resolve(station.recovery.update(followId, change)),
    stopRecoveryFollow: ({ followId }) => Promise.resolve({ stopped: station.recovery.stop(followId) }),
    unenrollAdvice: ({ deviceId, movingTenant }) => {
      const d = live(deviceId);
      const run = runs.lastEnrolled(d.ledgerKey, serialNumberOf(d.view));
      return Promise.resolve(adviceFor(d, run, movingTenant));
    },
  };
}

function adviceFor(
  d: LiveDevice,
  run: ReturnType<EnrollmentRuns['lastEnrolled']>,
  movingTenant: boolean | undefined,
): UnenrollAdvice {
  if (!run || !run.enrolledVia) {
    return {
      deviceId: d.view.id,
      run: null,
      enrolledVia: null,
      disconnectWorks: null,
      message: say('procedures:unenroll.advice.none'),
      plan: null,
    };
  }
  const model = d.view.model === 'hololens1' || d.view.model === 'hololens2' ? d.view.model : undefined;
  const plan = planUnenroll(run.enrolledVia, {
    model,
    allowManualUnenroll: run.facts.allowManualUnenroll,
    movingTenant,
  });
  const when = run.finishedAt ?? run.startedAt;
  const path = PATHS[run.path].title;
  return {
    deviceId: d.view.id,
    run,
    enrolledVia: run.enrolledVia,
    disconnectWorks: plan.method === 'settings-disconnect',
    message: run.technician
      ? say('procedures:unenroll.advice.by', { when, technician: run.technician, path })
      : say('procedures:unenroll.advice.known', { when, path }),
    plan,
  };
}
