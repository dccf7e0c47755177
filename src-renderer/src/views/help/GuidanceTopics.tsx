import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../stores/knowledge.ts';

/** Fleet guidance beyond the enrollment checklist, each topic with the Microsoft page it was checked against. */
export function GuidanceTopics() {
  const { t } = useTranslation('help');
  const topics = useKnowledge((s) => s.topics);
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="guidance-title" className="guidance">
      <h3 id="guidance-title">{t('topics.title')}</h3>
      {topics.map((topic) => (
        <details key={topic.id} className="guidance__topic">
          <summary>{topic.title}</summary>
          <p>{topic.summary}</p>
          <ul>
            {topic.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {/* The source names English documents and their sections: data, not text to translate. */}
          <p className="muted">
            {t('topics.checkedAgainst')} <span translate="no">{topic.source}</span>
          </p>
          {topic.unverified && <p className="muted">{t('topics.note', { note: topic.unverified })}</p>}
        </details>
      ))}
    </section>
  );
}
