import { useId, useRef, useState } from 'react';
import { stationPathFor } from '../../api/files.ts';
import { usePackages } from '../../stores/packages.ts';
import { formatSize, formatWhen, WorstBadge } from './Findings.tsx';
import { PackageDetailPanel } from './PackageDetail.tsx';

/** The first few settings, then how many more: the detail lists them all. */
function shortList(items: string[], keep = 4): string {
  return items.length <= keep ? items.join(', ') : `${items.slice(0, keep).join(', ')} and ${items.length - keep} more`;
}

function ImportForm() {
  const fileId = useId();
  const notesId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [notes, setNotes] = useState('');
  const [chosen, setChosen] = useState(false);
  const { busy, importPath, fail } = usePackages();

  const submit = async () => {
    const file = input.current?.files?.[0];
    if (!file) return fail('Choose a .ppkg file first.');
    let path: string;
    try {
      path = await stationPathFor(file);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    if (await importPath(path, notes)) {
      setNotes('');
      setChosen(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <form
      className="pk-import"
      aria-labelledby={`${fileId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${fileId}-title`}>Import a package</h3>
      <label htmlFor={fileId}>Package file (.ppkg)</label>
      <input
        id={fileId}
        ref={input}
        type="file"
        accept=".ppkg"
        onChange={(e) => setChosen((e.target.files?.length ?? 0) > 0)}
      />
      <label htmlFor={notesId}>Notes (optional): what it is for, who made it</label>
      <textarea id={notesId} rows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="submit" className="btn btn--primary" disabled={busy || !chosen}>
        {busy ? 'Importing…' : 'Import and check it'}
      </button>
    </form>
  );
}

/** The library: import, the list with each package's worst finding, and the selected package's inspection. */
export function LibraryPanel() {
  const { list, selected, select, loaded } = usePackages();
  return (
    <div className="pk-library">
      <div className="pk-library__side">
        <ImportForm />
        <section className="pk-list" aria-labelledby="pk-list-title">
          <h3 id="pk-list-title">In the library ({list.length})</h3>
          {loaded && list.length === 0 && (
            <p className="empty">No packages yet. Import one made with Windows Configuration Designer.</p>
          )}
          <ul>
            {list.map((p) => (
              <li key={p.sha256}>
                <button
                  type="button"
                  className="pk-list__item"
                  aria-current={selected === p.sha256 ? 'true' : undefined}
                  onClick={() => void select(p.sha256)}
                >
                  <span className="pk-list__name">{p.name}</span>
                  <WorstBadge pkg={p} />
                  <span className="pk-list__meta">
                    {formatSize(p.size)}
                    {p.version ? `, version ${p.version}` : ''}, imported {formatWhen(p.importedAt)}
                    {p.importedBy ? ` by ${p.importedBy}` : ''}
                  </span>
                  {p.sets.length > 0 && <span className="pk-list__sets">Sets: {shortList(p.sets)}</span>}
                  {p.notes && <span className="pk-list__notes">{p.notes}</span>}
                  {!p.fileExists && <span className="pk-list__missing">The stored file is missing</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {selected ? (
        <PackageDetailPanel />
      ) : (
        <p className="pk-pick muted">Pick a package on the left to see what is inside and what it sets.</p>
      )}
    </div>
  );
}
