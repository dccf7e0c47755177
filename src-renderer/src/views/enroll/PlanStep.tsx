import type { Finding, PlanView } from '../../../../src-main/shared/contract/enrollment.ts';
import { useEffect } from 'react';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useKnowledge } from '../../stores/knowledge.ts';

/** The fleet guidance this plan points at (kiosk, certificates, updates...), with the page each follows. */
function Guidance({ ids }: { ids: readonly string[] }) {
  const topics = useKnowledge((s) => s.topics);
  const load = useKnowledge((s) => s.load);
  useEffect(() => {
    if (ids.length > 0) void load();
  }, [ids.length, load]);
  const shown = ids.flatMap((id) => topics.filter((t) => t.id === id));
  if (shown.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="guidance-plan-title">
      <h4 id="guidance-plan-title">Good to know for this plan</h4>
      {shown.map((t) => (
        <details key={t.id} className="guidance__topic">
          <summary>{t.title}</summary>
          <p>{t.summary}</p>
          <ul>
            {t.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="muted">Checked against: {t.source}</p>
        </details>
      ))}
    </section>
  );
}

function FindingList({ items, className }: { items: Finding[]; className: string }) {
  return (
    <ul className={`findings ${className}`}>
      {items.map((f) => (
        <li key={f.code}>
          <span>{f.message}</span> <code className="findings__code">{f.code}</code>
        </li>
      ))}
    </ul>
  );
}

/** Confirmed problems stay visible; the ones raised only because a fact is unknown are folded away. */
function Findings({ plan }: { plan: PlanView }) {
  const confirmed = plan.warnings.filter((w) => !w.unknownFacts);
  const possible = plan.warnings.filter((w) => w.unknownFacts);
  const questions = plan.checks.filter((c) => c.kind === 'unknown-fact');
  return (
    <>
      {plan.blockers.length > 0 && (
        <section className="panel panel--block" aria-labelledby="blockers-title">
          <h4 id="blockers-title">Blocked: fix {plan.blockers.length === 1 ? 'this' : 'these'} first</h4>
          <FindingList items={plan.blockers} className="findings--block" />
        </section>
      )}
      {confirmed.length > 0 && (
        <section className="panel panel--warn" aria-labelledby="warnings-title">
          <h4 id="warnings-title">Watch out</h4>
          <FindingList items={confirmed} className="findings--warn" />
        </section>
      )}
      {possible.length > 0 && (
        <details className="panel panel--maybe">
          <summary>
            {possible.length} more {possible.length === 1 ? 'problem' : 'problems'} could apply, because some facts are
            unknown
          </summary>
          <FindingList items={possible} className="findings--maybe" />
        </details>
      )}
      {questions.length > 0 && (
        <details className="panel panel--maybe">
          <summary>
            {questions.length} {questions.length === 1 ? 'question' : 'questions'} to settle with the IT admin
          </summary>
          <ul className="checks">
            {questions.map((c) => (
              <li key={c.id}>
                <strong>{c.question}</strong> <span className="muted">{c.how}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function PlanStep() {
  const { plan, back, startRun, busy, deviceId } = useEnrollment();
  if (!plan) return null;
  const preflight = plan.checks.filter((c) => c.kind === 'preflight');
  return (
    <div className="wizard-page">
      <section className="plan-path" aria-labelledby="path-title">
        <p className="plan-path__kicker">The plan</p>
        <h3 id="path-title" className="plan-path__title">
          {plan.pathTitle}
        </h3>
        <p>{plan.pathReason}</p>
      </section>
      <p className={`unenroll-cost unenroll-cost--${plan.unenroll}`} role="note">
        <strong>Before you start: </strong>
        {plan.unenrollSummary}
      </p>
      <Findings plan={plan} />
      {preflight.length > 0 && (
        <section className="panel" aria-labelledby="preflight-title">
          <h4 id="preflight-title">Check before you start</h4>
          <ul className="checks">
            {preflight.map((c) => (
              <li key={c.id}>
                <strong>{c.question}.</strong> <span className="muted">{c.how}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="steps-title">
        <h4 id="steps-title">{plan.steps.length} steps</h4>
        <ol className="step-preview">
          {plan.steps.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
        </ol>
      </section>
      <Guidance ids={plan.guidance} />
      <div className="wizard-nav">
        <button type="button" className="btn btn--secondary" onClick={() => back('facts')}>
          Back to the facts
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || plan.blocked || !deviceId}
          onClick={() => void startRun()}
        >
          Start the steps
        </button>
        {plan.blocked && <p className="muted">Fix the blockers above, then plan again.</p>}
        {!plan.blocked && !deviceId && (
          <p className="muted">Pick the device above (or use Enroll on its card) to go through the steps.</p>
        )}
      </div>
    </div>
  );
}
