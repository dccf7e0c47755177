import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntryView } from '../../../../src-main/shared/contract/files.ts';
import { i18n, useFormat } from '../../i18n.ts';
import { Breakable, EntryIcon } from './icons.tsx';

/** The size column: a file's size, or what the entry is when it has none ("Folder"). */
export function entrySize(e: FileEntryView, bytes: (n: number) => string): string {
  if (e.kind !== 'file') return i18n.t(`device:entries.${e.kind}`);
  return e.size === null ? i18n.t('device:entries.sizeUnknown') : bytes(e.size);
}

/**
 * The entries of one folder as a listbox: arrow keys, Home, End, Page Up/Down move; Enter opens a folder or copies a
 * file to this PC; Backspace goes up; Delete asks to delete a file. Focus stays on the list (aria-activedescendant).
 */
export function EntryList({
  label,
  entries,
  active,
  setActive,
  activate,
  up,
  askDelete,
}: {
  label: string;
  entries: FileEntryView[];
  active: number;
  setActive: (index: number) => void;
  activate: (entry: FileEntryView) => void;
  up: () => void;
  askDelete: (entry: FileEntryView) => void;
}) {
  const { t } = useTranslation('device');
  const format = useFormat();
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const optionId = (i: number) => `${base}-entry-${i}`;
  const current = entries[active];

  useEffect(() => {
    const el = listRef.current?.querySelector(`[data-index="${active}"]`);
    if (el && 'scrollIntoView' in el && typeof el.scrollIntoView === 'function')
      el.scrollIntoView({ block: 'nearest' });
  }, [active, entries]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: entries.length - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(to, entries.length - 1)));
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      activate(current);
    } else if (e.key === 'Backspace' || (e.key === 'ArrowLeft' && e.altKey)) {
      e.preventDefault();
      up();
    } else if (e.key === 'Delete' && current?.kind === 'file') {
      e.preventDefault();
      askDelete(current);
    }
  };

  return (
    <div className="entries">
      <div className="entries__head" aria-hidden="true">
        <span>{t('entries.name')}</span>
        <span>{t('entries.size')}</span>
        <span>{t('entries.changed')}</span>
      </div>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={label}
        aria-activedescendant={current ? optionId(active) : undefined}
        className="entries__list"
        onKeyDown={onKeyDown}
      >
        {entries.map((e, i) => (
          <div
            key={e.path}
            id={optionId(i)}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={`entry entry--${e.kind} ${i === active ? 'entry--active' : ''}`}
            onClick={() => {
              setActive(i);
              listRef.current?.focus();
            }}
            onDoubleClick={() => activate(e)}
          >
            <span className="entry__name" translate="no">
              <EntryIcon kind={e.kind} />
              <span>
                <Breakable text={e.name} />
              </span>
            </span>
            <span className="entry__size">{entrySize(e, format.bytes)}</span>
            <span className="entry__when" translate="no">
              {e.modified ? format.when(e.modified) : ''}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
