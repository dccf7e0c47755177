/** Recovery runs: the wizard starts one per procedure it walks, confirms steps (the bus or the tech), and finishes. */
import { GUIDANCE_TOPICS } from '../knowledge/topics.ts';
import { RecoveryRuns } from '../recovery/runs.ts';
import type { Station } from '../station.ts';
import { readSettings } from './settings-api.ts';
import type { HandlerGroup } from './types.ts';
import { serialNumberOf } from '../devices/device-readings.ts';

type RecoveryCalls =
  'startRecoveryRun' | 'confirmRecoveryStep' | 'finishRecoveryRun' | 'recoveryHistory' | 'guidanceTopics';

export function recoveryHandlers(station: Station): HandlerGroup<RecoveryCalls> {
  const runs = new RecoveryRuns(station.ledger);
  const technician = () => readSettings(station).technician;
  return {
    startRecoveryRun: ({ deviceId, procedureId }) => {
      const d = station.registry.require(deviceId);
      const run = runs.start({
        deviceKey: d.ledgerKey,
        deviceId: d.view.id,
        serial: serialNumberOf(d.view),
        portPath: d.view.portPath,
        procedureId,
        technician: technician(),
      });
      station.ledger.addEvent(d.ledgerKey, 'recovery-started', { runId: run.id, procedureId, by: run.technician });
      return Promise.resolve(run);
    },
    confirmRecoveryStep: ({ runId, stepId, confirmedBy }) =>
      Promise.resolve(runs.confirmStep(runId, stepId, confirmedBy, technician())),
    finishRecoveryRun: ({ runId, result, note }) => {
      const run = runs.finish(runId, result, note ?? '');
      station.ledger.addEvent(run.deviceKey, 'recovery-finished', {
        runId,
        result,
        procedureId: run.procedureId,
        by: technician(),
      });
      return Promise.resolve(run);
    },
    recoveryHistory: ({ deviceId }) => {
      const d = station.registry.require(deviceId);
      return Promise.resolve(runs.forDevice(d.ledgerKey, serialNumberOf(d.view)));
    },
    guidanceTopics: () => Promise.resolve([...GUIDANCE_TOPICS]),
  };
}
