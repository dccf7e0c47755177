import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { JobView } from '../../../../src-main/shared/contract/jobs.ts';
import { downloadHref } from '../../api/files.ts';
import { jobsOfDevice, useJobs } from '../../stores/jobs.ts';
import { jobPercent, phaseText, pullResult, pushResult, stateText } from './job-text.ts';

function ProgressBar({ job }: { job: JobView }) {
  const { t } = useTranslation('device');
  const pct = jobPercent(job);
  return (
    <div
      className={`progress ${pct === null ? 'progress--unknown' : ''}`}
      role="progressbar"
      aria-label={t('copies.progress', { title: job.title })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      aria-valuetext={pct === null ? phaseText(job) : t('copies.progressText', { percent: pct, phase: phaseText(job) })}
    >
      <div className="progress__fill" style={{ width: `${pct ?? 100}%` }} />
    </div>
  );
}

function Result({ job }: { job: JobView }) {
  const { t } = useTranslation('device');
  const pulled = pullResult(job);
  const pushed = pushResult(job);
  const hash = (sha: string) => <abbr key="sha" title={t('copies.hash', { sha })} translate="no" />;
  if (pulled) {
    const href = downloadHref(pulled.localPath);
    return (
      <div className="job__result">
        <p>
          <Trans
            t={t}
            i18nKey={pulled.verified ? 'copies.pulledChecked' : 'copies.pulled'}
            values={{ size: pulled.bytes, hash: pulled.sha256.slice(0, 12) }}
            components={[hash(pulled.sha256)]}
          />
        </p>
        <code className="job__path" translate="no">
          {pulled.localPath}
        </code>
        {href && (
          <a className="btn btn--small" href={href} download>
            {t('copies.download')}
          </a>
        )}
      </div>
    );
  }
  if (pushed) {
    return (
      <div className="job__result">
        <p>
          <Trans
            t={t}
            i18nKey={pushed.verified ? 'copies.pushedChecked' : 'copies.pushed'}
            values={{ size: pushed.bytes, hash: pushed.sha256.slice(0, 12) }}
            components={[hash(pushed.sha256)]}
          />
        </p>
        <code className="job__path" translate="no">
          {pushed.remotePath}
        </code>
      </div>
    );
  }
  return <p className="job__message">{job.message}</p>;
}

function JobItem({ job }: { job: JobView }) {
  const { t } = useTranslation('device');
  const cancel = useJobs((s) => s.cancel);
  return (
    <li
      className={`job job--${job.state}`}
      aria-label={t('copies.item', { title: job.title, state: stateText(job.state) })}
    >
      <div className="job__head">
        {/* A sentence, not a file name: one text (the CSS breaks a long name in it anywhere). */}
        <strong className="job__title">{job.title}</strong>
        <span className={`pill job__state job__state--${job.state}`}>{stateText(job.state)}</span>
      </div>
      {job.state === 'running' && (
        <>
          <ProgressBar job={job} />
          <div className="job__running">
            <span>{phaseText(job)}</span>
            <button type="button" className="btn btn--small" onClick={() => void cancel(job.id)}>
              {t('copies.cancel')}
            </button>
          </div>
        </>
      )}
      {job.state === 'failed' && job.error && (
        <p className="job__message">
          <Trans
            t={t}
            i18nKey="copies.failed"
            values={{ title: job.error.title, message: job.error.message }}
            components={[<strong key="title" />]}
          />
        </p>
      )}
      {(job.state === 'canceled' || (job.state === 'failed' && !job.error)) && (
        <p className="job__message">{job.message}</p>
      )}
      {job.state === 'done' && <Result job={job} />}
    </li>
  );
}

/** Copies to and from this device: progress with a cancel button while they run, then a plain result. */
export function TransfersPanel({ deviceId }: { deviceId: string }) {
  const byId = useJobs((s) => s.byId);
  const cleared = useJobs((s) => s.cleared);
  const error = useJobs((s) => s.error);
  const clearFinished = useJobs((s) => s.clearFinished);
  const jobs = useMemo(() => jobsOfDevice({ byId, cleared }, deviceId), [byId, cleared, deviceId]);
  const finished = jobs.filter((j) => j.state !== 'running');
  const { t } = useTranslation('device');
  const latest = [...finished].sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''))[0];

  return (
    <section aria-labelledby="copies-title" className="device-panel copies">
      <div className="device-panel__head">
        <h3 id="copies-title">{t('copies.title')}</h3>
        {finished.length > 0 && (
          <button type="button" className="btn btn--small" onClick={() => clearFinished(deviceId)}>
            {t('copies.clear')}
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {latest
          ? t('copies.latest', { title: latest.title, state: stateText(latest.state), message: latest.message })
          : ''}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="muted">{t('copies.none')}</p>
      ) : (
        <ul className="jobs">
          {jobs.map((j) => (
            <JobItem key={j.id} job={j} />
          ))}
        </ul>
      )}
    </section>
  );
}
