import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIntune } from '../../stores/intune.ts';
import { useJobs } from '../../stores/jobs.ts';
import { ConsentPrompt } from '../../components/ConsentPrompt.tsx';

/**
 * The wizard's last step for an enrolled device: ask the station to watch Intune until the device shows up
 * (optionally compliant). The station looks it up every 30 s for up to 20 minutes and says "not yet" with what to
 * check when it does not come.
 */
export function IntuneConfirm({ deviceId }: { deviceId: string }) {
  const [compliant, setCompliant] = useState(false);
  const entry = useIntune((s) => s.confirmJob[deviceId]);
  const confirm = useIntune((s) => s.confirmEnrollment);
  const job = useJobs((s) => (entry?.jobId ? s.byId[entry.jobId] : undefined));
  const running = job?.state === 'running';
  const { t } = useTranslation('enroll');
  return (
    <section className="intune-confirm" aria-label={t('intune.title')}>
      <h4>{t('intune.title')}</h4>
      <label>
        <input
          type="checkbox"
          checked={compliant}
          disabled={running}
          onChange={(e) => setCompliant(e.target.checked)}
        />{' '}
        {t('intune.compliant')}
      </label>
      <div className="row">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={running}
          onClick={() => void confirm(deviceId, compliant)}
        >
          {job ? t('intune.lookAgain') : t('intune.confirm')}
        </button>
      </div>
      <ConsentPrompt waiting={running} />
      {entry?.error && <p role="alert">{entry.error}</p>}
      {job && (
        <p role="status" data-job-state={job.state}>
          {job.state === 'failed' && job.error ? job.error.message : job.message}
        </p>
      )}
    </section>
  );
}
