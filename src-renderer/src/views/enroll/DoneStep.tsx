import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useNav } from '../../stores/nav.ts';
import { IntuneConfirm } from './IntuneConfirm.tsx';

/**
 * The result is the technician's report: the station cannot see MDM enrollment over USB, so the page says that
 * none of the steps was confirmed by the station and each one is done on the technician's word.
 */
export function DoneStep() {
  const { run, plan, begin, deviceId } = useEnrollment();
  const go = useNav((s) => s.go);
  const { t } = useTranslation('enroll');
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = run?.result;
  useEffect(() => heading.current?.focus(), [result]);
  if (!run || !run.result) return null;
  const done = run.steps.filter((s) => s.done).length;
  return (
    <div className="wizard-page">
      <section
        className={`result result--${run.result === 'enrolled' ? 'reported' : run.result}`}
        aria-labelledby="result-title"
      >
        <h3 id="result-title" tabIndex={-1} ref={heading}>
          {t(`done.${run.result}`)}
        </h3>
        <p role="status">{t('done.recorded')}</p>
        <p>
          {t('done.notConfirmed')}
          {run.result === 'enrolled' && <> {t('done.checkPortal')}</>}
        </p>
        <dl className="result__facts">
          <div>
            <dt>{t('done.path')}</dt>
            {plan ? <dd>{plan.pathTitle}</dd> : <dd translate="no">{run.path}</dd>}
          </div>
          <div>
            <dt>{t('done.stepsOnYourWord')}</dt>
            <dd>{t('done.stepsCount', { done, total: run.steps.length })}</dd>
          </div>
          <div>
            <dt>{t('done.by')}</dt>
            {run.technician ? <dd translate="no">{run.technician}</dd> : <dd>{t('done.noName')}</dd>}
          </div>
          <div>
            <dt>{t('done.started')}</dt>
            <dd>
              <time dateTime={run.startedAt} translate="no">
                {format.when(run.startedAt)}
              </time>
            </dd>
          </div>
          <div>
            <dt>{t('done.finished')}</dt>
            <dd>
              {run.finishedAt ? (
                <time dateTime={run.finishedAt} translate="no">
                  {format.when(run.finishedAt)}
                </time>
              ) : (
                '-'
              )}
            </dd>
          </div>
        </dl>
        {run.result === 'enrolled' && plan && <p className="unenroll-cost">{plan.unenrollSummary}</p>}
      </section>
      {run.result === 'enrolled' && deviceId && <IntuneConfirm deviceId={deviceId} />}
      <div className="wizard-nav">
        <button type="button" className="btn btn--primary" onClick={() => go('bench')}>
          {t('done.back')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => void begin(deviceId)}>
          {t('done.again')}
        </button>
      </div>
    </div>
  );
}
