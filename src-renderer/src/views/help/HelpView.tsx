import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../stores/knowledge.ts';
import { GuidanceTopics } from './GuidanceTopics.tsx';
import { KnowledgeSearch } from './KnowledgeSearch.tsx';
import { LedPatterns } from './LedPatterns.tsx';
import { TroubleshootingChecklist } from './TroubleshootingChecklist.tsx';

/** Troubleshooting, offline: search, the seed's checklist, and the light patterns. */
export function HelpView() {
  const { t, i18n } = useTranslation('help');
  const load = useKnowledge((s) => s.load);
  const error = useKnowledge((s) => s.error);
  // The station writes the checklist, lights and topics in its language: ask again when the language changes.
  useEffect(() => {
    void load(i18n.language);
  }, [load, i18n.language]);
  return (
    <section aria-labelledby="help-title" className="view help">
      <div className="view__head">
        <h2 id="help-title">{t('view.title')}</h2>
        <p className="muted">{t('view.offline')}</p>
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
