import { useTranslation } from 'react-i18next';
import { useJobs } from '../../stores/jobs.ts';

/** A bar for the copy: bytes sent, then the read-back check. */
export function CopyProgress({ jobId, label }: { jobId: string | null; label?: string }) {
  const { t } = useTranslation('packages');
  const job = useJobs((s) => (jobId ? s.byId[jobId] : undefined));
  const pct = job?.total ? Math.min(100, Math.round((job.bytes / job.total) * 100)) : null;
  const phase = pct === null ? null : t(job?.phase === 'verify' ? 'progress.checking' : 'progress.copying', { pct });
  return (
    <div className="pk-progress-wrap">
      <div
        className={`pk-progress ${pct === null ? 'pk-progress--unknown' : ''}`}
        role="progressbar"
        aria-label={label ?? t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={phase ?? t('progress.startingShort')}
      >
        <div className="pk-progress__fill" style={{ width: `${pct ?? 100}%` }} />
      </div>
      <p className="muted">{phase ?? t('progress.starting')}</p>
    </div>
  );
}
