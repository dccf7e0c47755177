import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorLookup, KnowledgeHit } from '../../../../src-main/shared/contract/enrollment.ts';
import { useKnowledge } from '../../stores/knowledge.ts';
import { useNav } from '../../stores/nav.ts';
import { useRecovery } from '../../stores/recovery.ts';

export function ErrorDetail({ lookup }: { lookup: ErrorLookup }) {
  const { t } = useTranslation('help');
  if (lookup.code === null) return null;
  const e = lookup.entry;
  if (!e) {
    return (
      <section className="panel panel--warn" aria-live="polite">
        <h3 translate="no">{lookup.code}</h3>
        <p>{t('error.unknown')}</p>
      </section>
    );
  }
  const forms = { hex: e.code.slice(2), signed: e.signed, symbol: e.symbol };
  return (
    <section className="panel error-detail" aria-labelledby="error-title" aria-live="polite">
      <h3 id="error-title">
        <code translate="no">{e.code}</code> {e.name}
      </h3>
      <p className="muted">{e.symbol ? t('error.alsoWrittenSymbol', forms) : t('error.alsoWritten', forms)}</p>
      <h4>{t('error.meaning')}</h4>
      <p>{e.meaning}</p>
      <h4>{t('error.whatToDo')}</h4>
      <ol>
        {e.fixes.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ol>
      {e.unverified && <p className="muted">{t('error.note', { note: e.unverified })}</p>}
    </section>
  );
}

/** Error codes, signed codes and SYMBOL_NAMES inside a search excerpt: data among the words, left untranslated. */
const DATA_IN_SNIPPET = /(0x[0-9A-F]{8}|-?\b\d{6,}\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)/;

function Snippet({ text }: { text: string }) {
  return (
    <span className="muted">
      {text.split(DATA_IN_SNIPPET).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} translate="no">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </span>
  );
}

function HitItem({ hit }: { hit: KnowledgeHit }) {
  const { t } = useTranslation('help');
  const { showError, selectLed } = useKnowledge();
  const openProcedure = useRecovery((s) => s.open);
  const go = useNav((s) => s.go);
  const action =
    hit.kind === 'error'
      ? { label: t('hit.showFixes'), run: () => void showError(hit.id) }
      : hit.kind === 'led'
        ? {
            label: t('hit.showLights'),
            run: () => {
              selectLed(hit.id);
              document.getElementById(`led-${hit.id}`)?.focus();
            },
          }
        : hit.kind === 'procedure'
          ? {
              label: t('hit.openRecovery'),
              run: () => {
                openProcedure(hit.id);
                go('recovery');
              },
            }
          : null;
  return (
    <li className="hit">
      <span className="badge">{t(`kind.${hit.kind}`)}</span>
      <div className="hit__text">
        <strong>{hit.title}</strong>
        <Snippet text={hit.snippet} />
      </div>
      {action && (
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('hit.actionFor', { action: action.label, title: hit.title })}
          onClick={action.run}
        >
          {action.label}
        </button>
      )}
    </li>
  );
}

/** One search box over error codes, lights, checklist, procedures and builds, all offline. */
export function KnowledgeSearch() {
  const { t } = useTranslation('help');
  const { query, hits: all, errorLookup, search } = useKnowledge();
  const id = useId();
  // The entry shown in full above is not listed again, and what merely mentions it is cut short.
  const shown = errorLookup?.entry?.code;
  const hits = all.filter((h) => !(h.kind === 'error' && h.id === shown)).slice(0, shown ? 5 : undefined);
  return (
    <section className="search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('search.title')}</h3>
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        className="search__input"
        value={query}
        autoComplete="off"
        onChange={(e) => void search(e.target.value)}
      />
      {errorLookup && <ErrorDetail lookup={errorLookup} />}
      {query.trim() !== '' && (
        <p className="muted" role="status">
          {hits.length === 0
            ? shown
              ? ''
              : t('search.nothing')
            : shown
              ? t('search.alsoMentioned')
              : t('search.found', { count: hits.length })}
        </p>
      )}
      {hits.length > 0 && (
        <ul className="hits" aria-label={t('search.results')}>
          {hits.map((h) => (
            <HitItem key={`${h.kind}:${h.id}`} hit={h} />
          ))}
        </ul>
      )}
    </section>
  );
}
