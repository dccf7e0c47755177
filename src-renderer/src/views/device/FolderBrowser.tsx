import { useEffect, useId, useRef } from 'react';
import type { FileEntryView } from '../../../../src-main/shared/contract/files.ts';
import { useFiles } from '../../stores/files.ts';
import { EntryList } from './EntryList.tsx';
import { FileConfirm, NoticeBox } from './FileConfirm.tsx';
import { Breakable } from './icons.tsx';
import { crumbsOf } from './remote-path.ts';

/** The device's folders: where we are, the entries, what can be done with the one selected, and sending a file. */
export function FolderBrowser() {
  const f = useFiles();
  const inputId = useId();
  const current: FileEntryView | undefined = f.entries[f.active];
  const activate = (e: FileEntryView) => void (e.kind === 'file' ? f.pull(e) : f.browse(e.path));
  const where = f.path || 'the device';
  const upButton = useRef<HTMLButtonElement>(null);
  // Opening an empty folder removes the list the keyboard was on: keep the focus on the page, on "Up".
  useEffect(() => {
    if (f.listed && f.entries.length === 0 && document.activeElement === document.body) upButton.current?.focus();
  }, [f.listed, f.entries.length, f.path]);

  return (
    <div className="browser">
      <div className="browser__bar">
        <nav aria-label="Folder path" className="crumbs">
          <ol>
            <li>
              {f.path === '' ? (
                <span aria-current="location">Device</span>
              ) : (
                <button type="button" className="crumb" onClick={() => void f.browse('')}>
                  Device
                </button>
              )}
            </li>
            {crumbsOf(f.path).map((c) => (
              <li key={c.path}>
                {c.path === f.path ? (
                  <span aria-current="location">{c.name}</span>
                ) : (
                  <button type="button" className="crumb" onClick={() => void f.browse(c.path)}>
                    {c.name}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <div className="row">
          <button
            ref={upButton}
            type="button"
            className="btn btn--small"
            disabled={f.path === ''}
            onClick={() => void f.up()}
          >
            ↑ Up one folder
          </button>
          <button type="button" className="btn btn--small" onClick={() => void f.reload()}>
            Refresh
          </button>
        </div>
      </div>

      {f.listError && (
        <NoticeBox notice={f.listError}>
          <button type="button" className="btn btn--small" onClick={() => void f.reload()}>
            Try again
          </button>
        </NoticeBox>
      )}
      {f.loading && !f.listed && (
        <p className="muted" role="status">
          Reading the folder… (a copy in progress makes the device answer later)
        </p>
      )}
      {f.listed && f.entries.length === 0 && <p className="browser__empty">This folder is empty.</p>}
      {f.listed && f.entries.length > 0 && (
        <EntryList
          label={`Files and folders in ${where}`}
          entries={f.entries}
          active={f.active}
          setActive={f.setActive}
          activate={activate}
          up={() => void f.up()}
          askDelete={f.askDelete}
        />
      )}

      {f.listed && current && (
        <div className="browser__selected" role="group" aria-label="Selected item">
          <span className="browser__selected-name">
            Selected:{' '}
            <strong>
              <Breakable text={current.name} />
            </strong>
          </span>
          {current.kind === 'file' ? (
            <>
              <button type="button" className="btn btn--primary" onClick={() => void f.pull(current)}>
                Copy to this PC
              </button>
              <button type="button" className="btn btn--danger" onClick={() => f.askDelete(current)}>
                Delete…
              </button>
            </>
          ) : (
            <button type="button" className="btn btn--primary" onClick={() => void f.browse(current.path)}>
              Open
            </button>
          )}
        </div>
      )}

      {f.confirmDelete && (
        <FileConfirm
          title={`Delete "${f.confirmDelete.name}" from the device?`}
          detail="It is gone from the device for good. A copy on this PC, if any, stays."
          yes="Delete it"
          no="Keep it"
          danger
          onYes={() => void f.deleteConfirmed()}
          onNo={() => f.askDelete(null)}
        />
      )}
      {f.confirmReplace && (
        <FileConfirm
          title={`"${f.confirmReplace.name}" is already in this folder. Replace it?`}
          detail="The copy on the device is removed first, then the file from this PC is copied and checked."
          yes="Replace it"
          no="Keep the one on the device"
          onYes={() => f.confirmReplace && void f.push(f.confirmReplace, true)}
          onNo={f.cancelReplace}
        />
      )}

      <div className="browser__push">
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          disabled={f.path === '' || f.sending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void f.push(file);
            e.target.value = '';
          }}
        />
        <label htmlFor={inputId} className={`btn btn--secondary ${f.path === '' ? 'is-disabled' : ''}`}>
          {f.sending ? 'Preparing the file…' : 'Send a file from this PC to this folder…'}
        </label>
        <span className="muted">
          {f.path === '' ? 'Open a storage or folder first.' : `It goes into ${f.path}, checked after copying.`}
        </span>
      </div>
      {f.notice && <NoticeBox notice={f.notice} />}
    </div>
  );
}
