import { Trans, useTranslation } from 'react-i18next';
import { downloadHref } from '../../api/files.ts';
import { useBatch } from '../../stores/batch.ts';

function SavedLink({ path, name, label }: { path: string; name: string; label: string }) {
  const { t } = useTranslation('batch');
  const href = downloadHref(path);
  return href ? (
    <a className="report__link" href={href} download={name}>
      <Trans t={t} i18nKey="report.download" values={{ label, name }} components={[<span key="n" translate="no" />]} />
    </a>
  ) : (
    <span className="report__path">
      <Trans t={t} i18nKey="report.savedTo" values={{ label, path }} components={[<code key="p" translate="no" />]} />
    </span>
  );
}

/** The batch report (CSV and a printable page) and the ledger export, written in the station's data folder. */
export function ReportLinks() {
  const { t } = useTranslation('batch');
  const report = useBatch((s) => s.report);
  const exportLedger = useBatch((s) => s.exportLedger);
  const reports = useBatch((s) => s.reports);
  const ledger = useBatch((s) => s.ledgerExport);
  const busy = useBatch((s) => s.busy);
  const includeTraining = useBatch((s) => s.includeTraining);
  const setIncludeTraining = useBatch((s) => s.setIncludeTraining);
  const trainingLeftOut = useBatch((s) => s.trainingLeftOut);
  return (
    <section className="report" aria-labelledby="report-h">
      <h3 id="report-h" className="board__section">
        {t('report.title')}
      </h3>
      {/* aria-disabled, not disabled, while a file is written: a disabled button drops the keyboard focus. */}
      <div className="row">
        <button
          type="button"
          className="btn btn--secondary"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void report('csv');
          }}
        >
          {t('report.csv')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void report('html');
          }}
        >
          {t('report.html')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void exportLedger('csv');
          }}
        >
          {t('report.ledger')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={includeTraining} onChange={(e) => setIncludeTraining(e.target.checked)} />
        <span>{t('report.includeTraining')}</span>
      </label>
      {trainingLeftOut > 0 && (
        <p className="muted" role="status">
          {t('report.trainingLeftOut', { count: trainingLeftOut })}
        </p>
      )}
      <ul className="report__list">
        {reports.map((r) => (
          <li key={r.path}>
            <SavedLink
              path={r.path}
              name={r.name}
              label={t(r.format === 'csv' ? 'report.label.csv' : 'report.label.html')}
            />
          </li>
        ))}
        {ledger?.files.map((f) => (
          <li key={f.path}>
            <SavedLink path={f.path} name={f.name} label={t('report.label.ledger')} />
          </li>
        ))}
      </ul>
    </section>
  );
}
