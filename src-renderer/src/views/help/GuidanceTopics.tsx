import { useKnowledge } from '../../stores/knowledge.ts';

/** Fleet guidance beyond the enrollment checklist, each topic with the Microsoft page it was checked against. */
export function GuidanceTopics() {
  const topics = useKnowledge((s) => s.topics);
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="guidance-title" className="guidance">
      <h3 id="guidance-title">Good to know</h3>
      {topics.map((t) => (
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
