import { useEffect } from 'react';
import { useKnowledge } from '../../stores/knowledge.ts';
import { GuidanceTopics } from './GuidanceTopics.tsx';
import { KnowledgeSearch } from './KnowledgeSearch.tsx';
import { LedPatterns } from './LedPatterns.tsx';
import { TroubleshootingChecklist } from './TroubleshootingChecklist.tsx';

/** Troubleshooting, offline: search, the seed's checklist, and the light patterns. */
export function HelpView() {
  const load = useKnowledge((s) => s.load);
  const error = useKnowledge((s) => s.error);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section aria-labelledby="help-title" className="view help">
      <div className="view__head">
        <h2 id="help-title">Troubleshooting</h2>
        <p className="muted">Works offline.</p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <KnowledgeSearch />
      <div className="help-grid">
        <TroubleshootingChecklist />
        <LedPatterns />
      </div>
      <GuidanceTopics />
    </section>
  );
}
