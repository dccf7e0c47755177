import { useEffect, useRef } from 'react';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useNav } from '../../stores/nav.ts';
import { IntuneConfirm } from './IntuneConfirm.tsx';

/** The result is the technician's report: the station cannot see MDM enrollment over USB. */
const RESULT_TEXT = {
  enrolled: 'Enrolled, as you reported',
  failed: 'Enrollment failed',
  abandoned: 'Stopped before the end',
} as const;

export function DoneStep() {
  const { run, plan, begin, deviceId } = useEnrollment();
  const go = useNav((s) => s.go);
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
          {RESULT_TEXT[run.result]}
        </h3>
        <p role="status">Recorded in the ledger.</p>
        <p>
          The station cannot see enrollment over USB, so it confirmed none of these steps: each one is done on your
          word.{run.result === 'enrolled' ? ' Check that the device shows up in your MDM portal.' : ''}
        </p>
        <dl className="result__facts">
          <div>
            <dt>Path</dt>
            <dd>{plan?.pathTitle ?? run.path}</dd>
          </div>
          <div>
            <dt>Steps done on your word</dt>
            <dd>
              {done} of {run.steps.length}
            </dd>
          </div>
          <div>
            <dt>By</dt>
            <dd>{run.technician || 'no name set (type it in the top bar)'}</dd>
          </div>
          <div>
            <dt>Started</dt>
            <dd>{new Date(run.startedAt).toLocaleString()}</dd>
          </div>
          <div>
            <dt>Finished</dt>
            <dd>{run.finishedAt ? new Date(run.finishedAt).toLocaleString() : '-'}</dd>
          </div>
        </dl>
        {run.result === 'enrolled' && plan && <p className="unenroll-cost">{plan.unenrollSummary}</p>}
      </section>
      {run.result === 'enrolled' && deviceId && <IntuneConfirm deviceId={deviceId} />}
      <div className="wizard-nav">
        <button type="button" className="btn btn--primary" onClick={() => go('bench')}>
          Back to the bench
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => void begin(deviceId)}>
          Start again for this device
        </button>
      </div>
    </div>
  );
}
