import { useMemo } from 'react';
import type { JobView } from '../../../../src-main/shared/contract/jobs.ts';
import { downloadHref } from '../../api/files.ts';
import { formatBytes } from '../../components/DeviceCard.tsx';
import { jobsOfDevice, useJobs } from '../../stores/jobs.ts';
import { Breakable } from './icons.tsx';
import { jobPercent, phaseText, pullResult, pushResult, STATE_TEXT } from './job-text.ts';

function ProgressBar({ job }: { job: JobView }) {
  const pct = jobPercent(job);
  return (
    <div
      className={`progress ${pct === null ? 'progress--unknown' : ''}`}
      role="progressbar"
      aria-label={`${job.title}: progress`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      aria-valuetext={pct === null ? phaseText(job) : `${pct}%, ${phaseText(job)}`}
    >
      <div className="progress__fill" style={{ width: `${pct ?? 100}%` }} />
    </div>
  );
}

function Result({ job }: { job: JobView }) {
  const pulled = pullResult(job);
  const pushed = pushResult(job);
  const hash = (sha: string) => <abbr title={`SHA-256 ${sha}`}>{sha.slice(0, 12)}…</abbr>;
  if (pulled) {
    const href = downloadHref(pulled.localPath);
    return (
      <div className="job__result">
        <p>
          {formatBytes(pulled.bytes)} saved on this PC{pulled.verified ? ', size and contents checked' : ''} (SHA-256{' '}
          {hash(pulled.sha256)}):
        </p>
        <code className="job__path">{pulled.localPath}</code>
        {href && (
          <a className="btn btn--small" href={href} download>
            Download it to this computer
          </a>
        )}
      </div>
    );
  }
  if (pushed) {
    return (
      <div className="job__result">
        <p>
          {formatBytes(pushed.bytes)} on the device{pushed.verified ? ', read back and checked' : ' (not checked)'}{' '}
          (SHA-256 {hash(pushed.sha256)}):
        </p>
        <code className="job__path">{pushed.remotePath}</code>
      </div>
    );
  }
  return <p className="job__message">{job.message}</p>;
}

function JobItem({ job }: { job: JobView }) {
  const cancel = useJobs((s) => s.cancel);
  return (
    <li className={`job job--${job.state}`} aria-label={`${job.title}: ${STATE_TEXT[job.state]}`}>
      <div className="job__head">
        <strong className="job__title">
          <Breakable text={job.title} />
        </strong>
        <span className={`pill job__state job__state--${job.state}`}>{STATE_TEXT[job.state]}</span>
      </div>
      {job.state === 'running' && (
        <>
          <ProgressBar job={job} />
          <div className="job__running">
            <span>{phaseText(job)}</span>
            <button type="button" className="btn btn--small" onClick={() => void cancel(job.id)}>
              Cancel
            </button>
          </div>
        </>
      )}
      {job.state === 'failed' && job.error && (
        <p className="job__message">
          <strong>{job.error.title}.</strong> {job.error.message}
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
  const latest = [...finished].sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''))[0];

  return (
    <section aria-labelledby="copies-title" className="device-panel copies">
      <div className="device-panel__head">
        <h3 id="copies-title">Copies</h3>
        {finished.length > 0 && (
          <button type="button" className="btn btn--small" onClick={() => clearFinished(deviceId)}>
            Clear finished
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {latest ? `${latest.title}: ${STATE_TEXT[latest.state]}. ${latest.message}` : ''}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {jobs.length === 0 ? (
        <p className="muted">No copies yet. Pick a file and press “Copy to this PC”, or send one from this PC.</p>
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
