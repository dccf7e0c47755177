import { useJobs } from '../../stores/jobs.ts';

/** A bar for the copy: bytes sent, then the read-back check. */
export function CopyProgress({ jobId, label = 'Copy progress' }: { jobId: string | null; label?: string }) {
  const job = useJobs((s) => (jobId ? s.byId[jobId] : undefined));
  const pct = job?.total ? Math.min(100, Math.round((job.bytes / job.total) * 100)) : null;
  const phase = job?.phase === 'verify' ? 'Checking the copy' : 'Copying';
  return (
    <div className="pk-progress-wrap">
      <div
        className={`pk-progress ${pct === null ? 'pk-progress--unknown' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={pct === null ? 'starting' : `${phase}: ${pct}%`}
      >
        <div className="pk-progress__fill" style={{ width: `${pct ?? 100}%` }} />
      </div>
      <p className="muted">{pct === null ? 'Starting the copy…' : `${phase}: ${pct}%`}</p>
    </div>
  );
}
