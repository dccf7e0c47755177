import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { FileEntryView } from '../../../../src-main/shared/contract/files.ts';
import { formatBytes } from '../../components/DeviceCard.tsx';
import { Breakable, EntryIcon } from './icons.tsx';
import { formatWhen } from './remote-path.ts';

const KIND_TEXT: Record<FileEntryView['kind'], string> = { storage: 'Storage', folder: 'Folder', file: 'File' };

export function entrySize(e: FileEntryView): string {
  if (e.kind !== 'file') return KIND_TEXT[e.kind];
  return e.size === null ? 'size not known' : formatBytes(e.size);
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
        <span>Name</span>
        <span>Size</span>
        <span>Changed</span>
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
            <span className="entry__name">
              <EntryIcon kind={e.kind} />
              <span>
                <Breakable text={e.name} />
              </span>
            </span>
            <span className="entry__size">{entrySize(e)}</span>
            <span className="entry__when">{formatWhen(e.modified)}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
