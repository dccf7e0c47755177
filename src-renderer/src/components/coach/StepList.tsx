import { useTranslation } from 'react-i18next';

/** The steps of a procedure down the side: where you are, what is done, and a way to jump back. */
export function StepList({
  steps,
  current,
  done,
  onGo,
}: {
  steps: readonly { id: string; title: string }[];
  current: number;
  /** Step id -> a note when done ("" for a plain tick); absent when not done. */
  done: Readonly<Record<string, string>>;
  onGo: (index: number) => void;
}) {
  const { t } = useTranslation('common');
  const count = steps.filter((s) => done[s.id] !== undefined).length;
  return (
    <nav className="steplist" aria-label={t('steps.label')}>
      <p className="steplist__count">{t('steps.count', { done: count, total: steps.length })}</p>
      <ol>
        {steps.map((s, i) => {
          const note = done[s.id];
          return (
            <li key={s.id}>
              <button
                type="button"
                className={`steplist__item ${note !== undefined ? 'steplist__item--done' : ''}`}
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                <span className="steplist__mark" aria-hidden="true">
                  {note !== undefined ? '✓' : i + 1}
                </span>
                <span>
                  {s.title}
                  {note !== undefined && (
                    <span className="sr-only"> {note ? t('steps.doneWithNote', { note }) : t('steps.doneNote')}</span>
                  )}
                  {note && <span className="steplist__note">{note}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
