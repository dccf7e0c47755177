/** Recovery runs in the ledger and the fleet guidance: the calls the recovery wizard and help make. Zod only. */
import { z } from 'zod';
import { call } from './define.ts';
import { GuidanceTopic } from './knowledge.ts';
import { RecoveryRunResult, RecoveryRunView, StepConfirmedBy } from './recovery.ts';

const RunId = z.number().int().positive();
const DeviceId = z.string().min(1).max(200);

export const recoveryCalls = {
  startRecoveryRun: call(z.object({ deviceId: DeviceId, procedureId: z.string().min(1).max(100) }), RecoveryRunView),
  confirmRecoveryStep: call(
    z.object({ runId: RunId, stepId: z.string().min(1).max(100), confirmedBy: StepConfirmedBy }),
    RecoveryRunView,
  ),
  finishRecoveryRun: call(
    z.object({ runId: RunId, result: RecoveryRunResult, note: z.string().max(500).optional() }),
    RecoveryRunView,
  ),
  recoveryHistory: call(z.object({ deviceId: DeviceId }), z.array(RecoveryRunView)),
  /** Fleet guidance (kiosk, certificates, updates, TenantLockdown...), each with the HoloLens page it follows. */
  guidanceTopics: call(z.object({}), z.array(GuidanceTopic)),
};
