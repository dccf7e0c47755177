import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { EnrolledVia, UnenrollPlan } from '../../../../src-main/shared/contract/enrollment.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useRecovery } from '../../stores/recovery.ts';
import { Choice } from '../enroll/Choice.tsx';

const VIA: readonly EnrolledVia[] = ['autopilot', 'entra', 'msa-work-account', 'local-mdm-only'];

function PlanSteps({ plan }: { plan: UnenrollPlan }) {
  const { t } = useTranslation('recovery');
  const procedures = useRecovery((s) => s.procedures);
  const open = useRecovery((s) => s.open);
  return (
    <>
      <p className={`unenroll-cost unenroll-cost--${plan.method}`} role="status">
        <strong>{plan.method === 'settings-disconnect' ? t('unenroll.works') : t('unenroll.wontWork')}</strong>{' '}
        {plan.reason}
      </p>
      {plan.warnings.map((w) => (
        <p key={w.code} className="panel panel--warn">
          {w.message}
        </p>
      ))}
      <h4>{t('unenroll.steps')}</h4>
      <ol className="unenroll-steps">
        {plan.steps.map((s) => {
          const procedure = procedures.find((p) => p.id === s.seeProcedure);
          return (
            <li key={s.id} className="unenroll-step">
              <strong className="unenroll-step__title">{s.title}</strong>
              <p>{s.action}</p>
              <p className="muted">{t('unenroll.then', { text: s.expect })}</p>
              {s.ifNot && <p className="muted">{t('unenroll.ifNot', { text: s.ifNot })}</p>}
              {procedure && (
                <button type="button" className="btn btn--small" onClick={() => open(procedure.id)}>
                  {t('unenroll.walk', { title: procedure.title })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {plan.alternatives.map((a) => (
        <section key={a.id} className="unenroll-alternative" aria-label={a.title}>
          <h4>{t('unenroll.other', { title: a.title })}</h4>
          <p className="muted">{a.whenToUse}</p>
          <ol className="unenroll-steps">
            {a.steps.map((s) => (
              <li key={s.id} className="unenroll-step">
                <strong className="unenroll-step__title">{s.title}</strong>
                <p>{s.action}</p>
                <p className="muted">{t('unenroll.then', { text: s.expect })}</p>
                {s.ifNot && <p className="muted">{t('unenroll.ifNot', { text: s.ifNot })}</p>}
              </li>
            ))}
          </ol>
          {a.unverified && <p className="muted">{t('unenroll.notConfirmed', { text: a.unverified })}</p>}
        </section>
      ))}
    </>
  );
}

/** How to take the device out of the MDM, from the ledger's record of how it was enrolled here. */
export function UnenrollPanel() {
  const { t } = useTranslation('recovery');
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
      <h3 className="wizard-page__title">{t('unenroll.title')}</h3>
      {deviceId && advice?.deviceId === deviceId && (
        <p className={`panel ${known ? '' : 'panel--warn'}`}>
          <Trans
            t={t}
            i18nKey="unenroll.ledger"
            values={{ message: advice.message }}
            components={[<strong key="ledger" />]}
          />
        </p>
      )}
      {!deviceId && <p className="muted">{t('unenroll.pick')}</p>}
      <label className="check">
        <input type="checkbox" checked={movingTenant} onChange={(e) => setMovingTenant(e.target.checked)} />
        <span>{t('reuse.moving')}</span>
      </label>
      {!known && (
        <Choice
          legend={t('unenroll.how')}
          value={via}
          options={VIA.map((value) => ({ value, label: t(`unenroll.via.${value}`) }))}
          onChange={setVia}
        />
      )}
      {(known || via) && unenrollPlan && <PlanSteps plan={unenrollPlan} />}
    </div>
  );
}
