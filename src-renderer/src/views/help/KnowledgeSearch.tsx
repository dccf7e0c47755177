import { useId } from 'react';
import type { ErrorLookup, KnowledgeHit } from '../../../../src-main/shared/contract/enrollment.ts';
import { useKnowledge } from '../../stores/knowledge.ts';
import { useNav } from '../../stores/nav.ts';
import { useRecovery } from '../../stores/recovery.ts';

const KIND_NAMES: Record<KnowledgeHit['kind'], string> = {
  error: 'Error code',
  led: 'Lights',
  checklist: 'Checklist',
  build: 'Build',
  feature: 'Build feature',
  procedure: 'Recovery',
  reuse: 'Reset for reuse',
  rule: 'Planner rule',
  topic: 'Guidance',
};

export function ErrorDetail({ lookup }: { lookup: ErrorLookup }) {
  if (lookup.code === null) return null;
  const e = lookup.entry;
  if (!e) {
    return (
      <section className="panel panel--warn" aria-live="polite">
        <h3>{lookup.code}</h3>
        <p>
          This code is not in the station&apos;s list. Check the MDM&apos;s own documentation, and go through the
          checklist below.
        </p>
      </section>
    );
  }
  return (
    <section className="panel error-detail" aria-labelledby="error-title" aria-live="polite">
      <h3 id="error-title">
        <code>{e.code}</code> {e.name}
      </h3>
      <p className="muted">
        Also written as {e.code.slice(2)} or {e.signed}
        {e.symbol ? ` (${e.symbol})` : ''}
      </p>
      <h4>What it means</h4>
      <p>{e.meaning}</p>
      <h4>What to do</h4>
      <ol>
        {e.fixes.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ol>
      {e.unverified && <p className="muted">Note: {e.unverified}</p>}
    </section>
  );
}

function HitItem({ hit }: { hit: KnowledgeHit }) {
  const { showError, selectLed } = useKnowledge();
  const openProcedure = useRecovery((s) => s.open);
  const go = useNav((s) => s.go);
  const action =
    hit.kind === 'error'
      ? { label: 'Show fixes', run: () => void showError(hit.id) }
      : hit.kind === 'led'
        ? {
            label: 'Show the lights',
            run: () => {
              selectLed(hit.id);
              document.getElementById(`led-${hit.id}`)?.focus();
            },
          }
        : hit.kind === 'procedure'
          ? {
              label: 'Open in Recovery',
              run: () => {
                openProcedure(hit.id);
                go('recovery');
              },
            }
          : null;
  return (
    <li className="hit">
      <span className="badge">{KIND_NAMES[hit.kind]}</span>
      <div className="hit__text">
        <strong>{hit.title}</strong>
        <span className="muted">{hit.snippet}</span>
      </div>
      {action && (
        <button
          type="button"
          className="btn btn--small"
          aria-label={`${action.label}: ${hit.title}`}
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
  const { query, hits: all, errorLookup, search } = useKnowledge();
  const id = useId();
  // The entry shown in full above is not listed again, and what merely mentions it is cut short.
  const shown = errorLookup?.entry?.code;
  const hits = all.filter((h) => !(h.kind === 'error' && h.id === shown)).slice(0, shown ? 5 : undefined);
  return (
    <section className="search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Look it up</h3>
      <label htmlFor={id}>Error code or words (for example 0x80180014, middle light, license)</label>
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
              : 'Nothing found. Try fewer words.'
            : shown
              ? 'Also mentioned here:'
              : `${hits.length} found`}
        </p>
      )}
      {hits.length > 0 && (
        <ul className="hits" aria-label="Search results">
          {hits.map((h) => (
            <HitItem key={`${h.kind}:${h.id}`} hit={h} />
          ))}
        </ul>
      )}
    </section>
  );
}
