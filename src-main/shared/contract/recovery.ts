/** Recovery runs in the ledger: the calls the recovery wizard makes. Zod only (schemas come from core's zod files). */
import { z } from 'zod';
import { RecoveryRunResult, RecoveryRunView, StepConfirmedBy } from '../../core/recovery/schema.ts';
import { GuidanceTopic } from '../../core/knowledge/schema.ts';
import { call } from './define.ts';

export { GuidanceTopic } from '../../core/knowledge/schema.ts';
export { RecoveryRunResult, RecoveryRunStep, RecoveryRunView, StepConfirmedBy } from '../../core/recovery/schema.ts';

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
