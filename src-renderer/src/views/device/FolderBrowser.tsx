import { useEffect, useId, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { FileEntryView } from '../../../../src-main/shared/contract/files.ts';
import { useFiles } from '../../stores/files.ts';
import { EntryList } from './EntryList.tsx';
import { FileConfirm, NoticeBox } from './FileConfirm.tsx';
import { Breakable } from './icons.tsx';
import { crumbsOf } from './remote-path.ts';

/** The device's folders: where we are, the entries, what can be done with the one selected, and sending a file. */
export function FolderBrowser() {
  const f = useFiles();
  const { t } = useTranslation('device');
  const inputId = useId();
  const current: FileEntryView | undefined = f.entries[f.active];
  const activate = (e: FileEntryView) => void (e.kind === 'file' ? f.pull(e) : f.browse(e.path));
  const listLabel = f.path ? t('browser.list', { where: f.path }) : t('browser.listTop');
  const upButton = useRef<HTMLButtonElement>(null);
  // Opening an empty folder removes the list the keyboard was on: keep the focus on the page, on "Up".
  useEffect(() => {
    if (f.listed && f.entries.length === 0 && document.activeElement === document.body) upButton.current?.focus();
  }, [f.listed, f.entries.length, f.path]);

  return (
    <div className="browser">
      <div className="browser__bar">
        <nav aria-label={t('browser.path')} className="crumbs">
          <ol>
            <li>
              {f.path === '' ? (
                <span aria-current="location">{t('browser.device')}</span>
              ) : (
                <button type="button" className="crumb" onClick={() => void f.browse('')}>
                  {t('browser.device')}
                </button>
              )}
            </li>
            {crumbsOf(f.path).map((c) => (
              <li key={c.path} translate="no">
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
            {t('browser.up')}
          </button>
          <button type="button" className="btn btn--small" onClick={() => void f.reload()}>
            {t('browser.refresh')}
          </button>
        </div>
      </div>

      {f.listError && (
        <NoticeBox notice={f.listError}>
          <button type="button" className="btn btn--small" onClick={() => void f.reload()}>
            {t('browser.retry')}
          </button>
        </NoticeBox>
      )}
      {f.loading && !f.listed && (
        <p className="muted" role="status">
          {t('browser.reading')}
        </p>
      )}
      {f.listed && f.entries.length === 0 && <p className="browser__empty">{t('browser.empty')}</p>}
      {f.listed && f.entries.length > 0 && (
        <EntryList
          label={listLabel}
          entries={f.entries}
          active={f.active}
          setActive={f.setActive}
          activate={activate}
          up={() => void f.up()}
          askDelete={f.askDelete}
        />
      )}

      {f.listed && current && (
        <div className="browser__selected" role="group" aria-label={t('browser.selected')}>
          <span className="browser__selected-name">
            <Trans
              t={t}
              i18nKey="browser.selectedName"
              components={[
                <strong key="name" translate="no">
                  <Breakable text={current.name} />
                </strong>,
              ]}
            />
          </span>
          {current.kind === 'file' ? (
            <>
              <button type="button" className="btn btn--primary" onClick={() => void f.pull(current)}>
                {t('browser.pull')}
              </button>
              <button type="button" className="btn btn--danger" onClick={() => f.askDelete(current)}>
                {t('browser.delete')}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn--primary" onClick={() => void f.browse(current.path)}>
              {t('browser.open')}
            </button>
          )}
        </div>
      )}

      {f.confirmDelete && (
        <FileConfirm
          title={t('browser.deleteTitle', { name: f.confirmDelete.name })}
          detail={t('browser.deleteDetail')}
          yes={t('browser.deleteYes')}
          no={t('browser.deleteNo')}
          danger
          onYes={() => void f.deleteConfirmed()}
          onNo={() => f.askDelete(null)}
        />
      )}
      {f.confirmReplace && (
        <FileConfirm
          title={t('browser.replaceTitle', { name: f.confirmReplace.name })}
          detail={t('browser.replaceDetail')}
          yes={t('browser.replaceYes')}
          no={t('browser.replaceNo')}
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
          {f.sending ? t('browser.preparing') : t('browser.send')}
        </label>
        <span className="muted">
          {f.path === '' ? t('browser.sendFirst') : t('browser.sendWhere', { path: f.path })}
        </span>
      </div>
      {f.notice && <NoticeBox notice={f.notice} />}
    </div>
  );
}
