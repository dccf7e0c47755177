import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAskAgainOnLanguageSwitch } from '../../ask-again.ts';
import { useFormat } from '../../i18n.ts';
import { useFiles } from '../../stores/files.ts';
import { describeEvent, eventTone } from './history-text.ts';

const FIRST = 25;

/** The device's history from the ledger, newest first, in plain words. */
export function DeviceHistory() {
  const history = useFiles((s) => s.history);
  const error = useFiles((s) => s.historyError);
  const [all, setAll] = useState(false);
  const { t } = useTranslation('device');
  const format = useFormat();
  useAskAgainOnLanguageSwitch(useFiles((s) => s.loadHistory));
  const shown = all ? history : history.slice(0, FIRST);
  return (
    <section aria-labelledby="history-title" className="device-panel history">
      <h3 id="history-title">{t('history.title')}</h3>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {history.length === 0 && !error && <p className="muted">{t('history.empty')}</p>}
      <ol className="history__list">
        {shown.map((e, i) => (
          <li key={`${e.at}-${e.kind}-${i}`} className={`history__item history__item--${eventTone(e)}`}>
            <time dateTime={e.at} translate="no">
              {format.when(e.at)}
            </time>
            <span>{describeEvent(e)}</span>
          </li>
        ))}
      </ol>
      {history.length > FIRST && (
        <button type="button" className="btn btn--small" onClick={() => setAll(!all)}>
          {all ? t('history.latest') : t('history.all', { count: history.length })}
        </button>
      )}
    </section>
  );
}
