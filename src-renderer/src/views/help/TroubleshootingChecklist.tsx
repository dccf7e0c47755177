import { useKnowledge } from '../../stores/knowledge.ts';

/** The seed's four checks when enrollment fails, to tick one by one. */
export function TroubleshootingChecklist() {
  const { checklist, ticked, tick, showError } = useKnowledge();
  return (
    <section aria-labelledby="checklist-title" className="checklist">
      <h3 id="checklist-title">When enrollment fails, check</h3>
      <ol className="reuse">
        {checklist.map((c) => (
          <li key={c.id} className={`reuse__item ${ticked[c.id] ? 'reuse__item--done' : ''}`}>
            <label className="check check--item">
              <input type="checkbox" checked={ticked[c.id] ?? false} onChange={(e) => tick(c.id, e.target.checked)} />
              <span>
                <span className="reuse__title">{c.title}</span>{' '}
                <span className={`badge badge--${c.where}`}>
                  {c.where === 'portal' ? 'In the admin portal' : 'On the HoloLens'}
                </span>
              </span>
            </label>
            <p>{c.how}</p>
            {c.relatedErrors.length > 0 && (
              <p className="muted">
                If not, you may see{' '}
                {c.relatedErrors.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ' or '}
                    <button type="button" className="link" onClick={() => void showError(code)}>
                      {code}
                    </button>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
