import type { Finding, PlanView } from '../../../../src-main/shared/contract/enrollment.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useKnowledge } from '../../stores/knowledge.ts';

/** The fleet guidance this plan points at (kiosk, certificates, updates...), with the page each follows. */
function Guidance({ ids }: { ids: readonly string[] }) {
  const topics = useKnowledge((s) => s.topics);
  const load = useKnowledge((s) => s.load);
  useEffect(() => {
    if (ids.length > 0) void load();
  }, [ids.length, load]);
  const { t } = useTranslation('enroll');
  const shown = ids.flatMap((id) => topics.filter((topic) => topic.id === id));
  if (shown.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="guidance-plan-title">
      <h4 id="guidance-plan-title">{t('plan.guidance')}</h4>
      {shown.map((topic) => (
        <details key={topic.id} className="guidance__topic">
          <summary>{topic.title}</summary>
          <p>{topic.summary}</p>
          <ul>
            {topic.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="muted">{t('plan.checkedAgainst', { source: topic.source })}</p>
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
          <span>{f.message}</span>{' '}
          <code className="findings__code" translate="no">
            {f.code}
          </code>
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
  const { t } = useTranslation('enroll');
  return (
    <>
      {plan.blockers.length > 0 && (
        <section className="panel panel--block" aria-labelledby="blockers-title">
          <h4 id="blockers-title">{t('plan.blocked', { count: plan.blockers.length })}</h4>
          <FindingList items={plan.blockers} className="findings--block" />
        </section>
      )}
      {confirmed.length > 0 && (
        <section className="panel panel--warn" aria-labelledby="warnings-title">
          <h4 id="warnings-title">{t('plan.watchOut')}</h4>
          <FindingList items={confirmed} className="findings--warn" />
        </section>
      )}
      {possible.length > 0 && (
        <details className="panel panel--maybe">
          <summary>{t('plan.possible', { count: possible.length })}</summary>
          <FindingList items={possible} className="findings--maybe" />
        </details>
      )}
      {questions.length > 0 && (
        <details className="panel panel--maybe">
          <summary>{t('plan.questions', { count: questions.length })}</summary>
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
  const { t } = useTranslation('enroll');
  if (!plan) return null;
  const preflight = plan.checks.filter((c) => c.kind === 'preflight');
  return (
    <div className="wizard-page">
      <section className="plan-path" aria-labelledby="path-title">
        <p className="plan-path__kicker">{t('plan.kicker')}</p>
        <h3 id="path-title" className="plan-path__title">
          {plan.pathTitle}
        </h3>
        <p>{plan.pathReason}</p>
      </section>
      <p className={`unenroll-cost unenroll-cost--${plan.unenroll}`} role="note">
        <strong>{t('plan.beforeStart')}</strong> <span className="unenroll-cost__summary">{plan.unenrollSummary}</span>
      </p>
      <Findings plan={plan} />
      {preflight.length > 0 && (
        <section className="panel" aria-labelledby="preflight-title">
          <h4 id="preflight-title">{t('plan.preflight')}</h4>
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
        <h4 id="steps-title">{t('plan.steps', { count: plan.steps.length })}</h4>
        <ol className="step-preview">
          {plan.steps.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
        </ol>
      </section>
      <Guidance ids={plan.guidance} />
      <div className="wizard-nav">
        <button type="button" className="btn btn--secondary" onClick={() => back('facts')}>
          {t('plan.back')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || plan.blocked || !deviceId}
          onClick={() => void startRun()}
        >
          {t('plan.start')}
        </button>
        {plan.blocked && <p className="muted">{t('plan.fixBlockers')}</p>}
        {!plan.blocked && !deviceId && <p className="muted">{t('plan.pickDevice')}</p>}
      </div>
    </div>
  );
}
