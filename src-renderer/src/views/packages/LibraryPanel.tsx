import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LibraryPackage } from '../../../../src-main/shared/contract/packages.ts';
import { settingName } from '../../../../src-main/shared/package-settings.ts';
import { stationPathFor } from '../../api/files.ts';
import { usePackages } from '../../stores/packages.ts';
import { WorstBadge } from './Findings.tsx';
import { PackageDetailPanel } from './PackageDetail.tsx';

/** The first few settings, then how many more: the detail lists them all. */
function SetsLine({ sets, keep = 4 }: { sets: string[]; keep?: number }) {
  const { t } = useTranslation('packages');
  const names = sets.map((id) => settingName((key, options) => t(key, options ?? {}), id, id));
  const list = names.slice(0, keep).join(', ');
  return (
    <span className="pk-list__sets">
      {names.length <= keep ? t('library.sets', { list }) : t('library.setsMore', { list, count: names.length - keep })}
    </span>
  );
}

/** Size, version, when and by whom, as one sentence of the language. */
function metaLine(t: TFunction<'packages'>, p: LibraryPackage): string {
  const params = { size: p.size, when: p.importedAt, version: p.version, who: p.importedBy };
  if (p.version) return t(p.importedBy ? 'library.metaVersionBy' : 'library.metaVersion', params);
  return t(p.importedBy ? 'library.metaBy' : 'library.meta', params);
}

function ImportForm() {
  const fileId = useId();
  const notesId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [notes, setNotes] = useState('');
  const [chosen, setChosen] = useState(false);
  const { busy, importPath, fail } = usePackages();
  const { t } = useTranslation('packages');

  const submit = async () => {
    const file = input.current?.files?.[0];
    if (!file) return fail(t('import.chooseFirst'));
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
      <h3 id={`${fileId}-title`}>{t('import.title')}</h3>
      <label htmlFor={fileId}>{t('import.file')}</label>
      <input
        id={fileId}
        ref={input}
        type="file"
        accept=".ppkg"
        onChange={(e) => setChosen((e.target.files?.length ?? 0) > 0)}
      />
      <label htmlFor={notesId}>{t('import.notes')}</label>
      <textarea id={notesId} rows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="submit" className="btn btn--primary" disabled={busy || !chosen}>
        {busy ? t('import.busy') : t('import.submit')}
      </button>
    </form>
  );
}

/** The library: import, the list with each package's worst finding, and the selected package's inspection. */
export function LibraryPanel() {
  const { list, selected, select, loaded } = usePackages();
  const { t } = useTranslation('packages');
  return (
    <div className="pk-library">
      <div className="pk-library__side">
        <ImportForm />
        <section className="pk-list" aria-labelledby="pk-list-title">
          <h3 id="pk-list-title">{t('library.title', { count: list.length })}</h3>
          {loaded && list.length === 0 && <p className="empty">{t('library.empty')}</p>}
          <ul>
            {list.map((p) => (
              <li key={p.sha256}>
                <button
                  type="button"
                  className="pk-list__item"
                  aria-current={selected === p.sha256 ? 'true' : undefined}
                  onClick={() => void select(p.sha256)}
                >
                  <span className="pk-list__name" translate="no">
                    {p.name}
                  </span>
                  <WorstBadge pkg={p} />
                  <span className="pk-list__meta">{metaLine(t, p)}</span>
                  {p.sets.length > 0 && <SetsLine sets={p.sets} />}
                  {p.notes && (
                    <span className="pk-list__notes" translate="no">
                      {p.notes}
                    </span>
                  )}
                  {!p.fileExists && <span className="pk-list__missing">{t('library.missing')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {selected ? <PackageDetailPanel /> : <p className="pk-pick muted">{t('library.pick')}</p>}
    </div>
  );
}
