import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeText, outcomeTitle, summariseConfirmation, type StepWitness } from './confirmation.ts';

const TONE = { confirmed: 'result--enrolled', reported: 'result--reported', unfinished: 'result--abandoned' } as const;

function StepNames({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <div className="completion__group">
      <h4>{title}</h4>
      <ul>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The end of a coached procedure: green only when the station saw every step; otherwise it says which steps rest
 * on the technician's word and which are not done. Focus moves to its title, so a screen reader hears the outcome.
 */
export function Completion({
  steps,
  witness,
  expectation,
  title,
}: {
  steps: readonly { id: string; title: string }[];
  witness: Readonly<Record<string, StepWitness | undefined>>;
  /** What the device should show now, if every step worked. */
  expectation?: string;
  /** Overrides the outcome title (an enrollment's recorded result, say). */
  title?: string;
}) {
  const { t } = useTranslation('common');
  const summary = summariseConfirmation(steps, witness);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`result completion ${TONE[summary.outcome]}`} aria-labelledby="completion-title">
      <h3 id="completion-title" tabIndex={-1} ref={heading}>
        {title ?? outcomeTitle(summary.outcome)}
      </h3>
      <p>{outcomeText(summary, steps.length)}</p>
      {expectation && summary.outcome !== 'unfinished' && (
        <p className="muted">{t('completion.ifWorked', { expectation })}</p>
      )}
      <div className="completion__groups">
        <StepNames title={t('completion.byStation')} names={summary.byStation} />
        <StepNames title={t('completion.byTech')} names={summary.byTech} />
        <StepNames title={t('completion.open')} names={summary.open} />
      </div>
    </section>
  );
}
