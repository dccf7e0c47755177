import { useEnrollment } from '../../stores/enrollment.ts';
import { useNav } from '../../stores/nav.ts';
import { IntuneConfirm } from './IntuneConfirm.tsx';

const RESULT_TEXT = {
  enrolled: 'Enrolled',
  failed: 'Enrollment failed',
  abandoned: 'Stopped before the end',
} as const;

export function DoneStep() {
  const { run, plan, begin, deviceId } = useEnrollment();
  const go = useNav((s) => s.go);
  if (!run || !run.result) return null;
  const done = run.steps.filter((s) => s.done).length;
  return (
    <div className="wizard-page">
      <section className={`result result--${run.result}`} aria-labelledby="result-title">
        <h3 id="result-title">{RESULT_TEXT[run.result]}</h3>
        <p role="status">Recorded in the ledger.</p>
        <dl className="result__facts">
          <div>
            <dt>Path</dt>
            <dd>{plan?.pathTitle ?? run.path}</dd>
          </div>
          <div>
            <dt>Steps done</dt>
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
