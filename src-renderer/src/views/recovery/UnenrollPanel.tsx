import { useEffect, useState } from 'react';
import type { EnrolledVia, UnenrollPlan } from '../../../../src-main/shared/contract/enrollment.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useRecovery } from '../../stores/recovery.ts';
import { Choice } from '../enroll/Choice.tsx';

const VIA: { value: EnrolledVia; label: string }[] = [
  { value: 'autopilot', label: 'Autopilot' },
  { value: 'entra', label: 'Entra join (work or school account)' },
  { value: 'msa-work-account', label: 'Microsoft account + work account' },
  { value: 'local-mdm-only', label: 'Local account, "Enroll only in device management"' },
];

function PlanSteps({ plan }: { plan: UnenrollPlan }) {
  const procedures = useRecovery((s) => s.procedures);
  const open = useRecovery((s) => s.open);
  return (
    <>
      <p className={`unenroll-cost unenroll-cost--${plan.method}`} role="status">
        <strong>
          {plan.method === 'settings-disconnect'
            ? 'Disconnect works. '
            : 'Disconnect will not work: reset or reflash. '}
        </strong>
        {plan.reason}
      </p>
      {plan.warnings.map((w) => (
        <p key={w.code} className="panel panel--warn">
          {w.message}
        </p>
      ))}
      <h4>Steps</h4>
      <ol className="unenroll-steps">
        {plan.steps.map((s) => {
          const procedure = procedures.find((p) => p.id === s.seeProcedure);
          return (
            <li key={s.id} className="unenroll-step">
              <strong className="unenroll-step__title">{s.title}</strong>
              <p>{s.action}</p>
              <p className="muted">Then: {s.expect}</p>
              {s.ifNot && <p className="muted">If not: {s.ifNot}</p>}
              {procedure && (
                <button type="button" className="btn btn--small" onClick={() => open(procedure.id)}>
                  Walk me through: {procedure.title}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {plan.alternatives.map((a) => (
        <section key={a.id} className="unenroll-alternative" aria-label={a.title}>
          <h4>Other way: {a.title}</h4>
          <p className="muted">{a.whenToUse}</p>
          <ol className="unenroll-steps">
            {a.steps.map((s) => (
              <li key={s.id} className="unenroll-step">
                <strong className="unenroll-step__title">{s.title}</strong>
                <p>{s.action}</p>
                <p className="muted">Then: {s.expect}</p>
                {s.ifNot && <p className="muted">If not: {s.ifNot}</p>}
              </li>
            ))}
          </ol>
          {a.unverified && <p className="muted">Not confirmed: {a.unverified}</p>}
        </section>
      ))}
    </>
  );
}

/** How to take the device out of the MDM, from the ledger's record of how it was enrolled here. */
export function UnenrollPanel() {
  const followed = useRecovery((s) => s.followed);
  const model = useRecovery((s) => s.model);
  const { advice, unenrollPlan, loadAdvice, planUnenrollFor } = useEnrollment();
  const [movingTenant, setMovingTenant] = useState(false);
  const [via, setVia] = useState<EnrolledVia | undefined>(undefined);
  const deviceId = followed?.deviceId ?? null;

  useEffect(() => {
    if (deviceId) void loadAdvice(deviceId, movingTenant);
  }, [deviceId, movingTenant, loadAdvice]);
  useEffect(() => {
    if (via && (!advice || !advice.enrolledVia)) void planUnenrollFor(via, movingTenant, model);
  }, [via, movingTenant, model, advice, planUnenrollFor]);

  const known = deviceId !== null && advice?.deviceId === deviceId && advice.enrolledVia !== null;
  return (
    <div className="wizard-page">
      <h3 className="wizard-page__title">Unenroll from device management</h3>
      {deviceId && advice?.deviceId === deviceId && (
        <p className={`panel ${known ? '' : 'panel--warn'}`}>
          <strong>The ledger: </strong>
          {advice.message}
        </p>
      )}
      {!deviceId && <p className="muted">Pick the device above to look up how it was enrolled here.</p>}
      <label className="check">
        <input type="checkbox" checked={movingTenant} onChange={(e) => setMovingTenant(e.target.checked)} />
        <span>It moves to another organization (tenant)</span>
      </label>
      {!known && <Choice legend="How was it enrolled?" value={via} options={VIA} onChange={setVia} />}
      {(known || via) && unenrollPlan && <PlanSteps plan={unenrollPlan} />}
    </div>
  );
}
