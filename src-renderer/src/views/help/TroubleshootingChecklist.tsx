import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../stores/knowledge.ts';

/** The seed's four checks when enrollment fails, to tick one by one. */
export function TroubleshootingChecklist() {
  const { t } = useTranslation('help');
  const { checklist, ticked, tick, showError } = useKnowledge();
  return (
    <section aria-labelledby="checklist-title" className="checklist">
      <h3 id="checklist-title">{t('checklist.title')}</h3>
      <ol className="reuse">
        {checklist.map((c) => (
          <li key={c.id} className={`reuse__item ${ticked[c.id] ? 'reuse__item--done' : ''}`}>
            <label className="check check--item">
              <input type="checkbox" checked={ticked[c.id] ?? false} onChange={(e) => tick(c.id, e.target.checked)} />
              <span>
                <span className="reuse__title">{c.title}</span>{' '}
                <span className={`badge badge--${c.where}`}>{t(`checklist.where.${c.where}`)}</span>
              </span>
            </label>
            <p>{c.how}</p>
            {c.relatedErrors.length > 0 && (
              <p className="muted">
                {t('checklist.mayShow', { count: c.relatedErrors.length })}{' '}
                {c.relatedErrors.map((code) => (
                  <button key={code} type="button" className="link" translate="no" onClick={() => void showError(code)}>
                    {code}
                  </button>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
