import { downloadHref } from '../../api/files.ts';
import { useBatch } from '../../stores/batch.ts';

function SavedLink({ path, name, label }: { path: string; name: string; label: string }) {
  const href = downloadHref(path);
  return href ? (
    <a className="report__link" href={href} download={name}>
      Download {label}: {name}
    </a>
  ) : (
    <span className="report__path">
      {label} saved to <code>{path}</code>
    </span>
  );
}

/** The batch report (CSV and a printable page) and the ledger export, written in the station's data folder. */
export function ReportLinks() {
  const report = useBatch((s) => s.report);
  const exportLedger = useBatch((s) => s.exportLedger);
  const reports = useBatch((s) => s.reports);
  const ledger = useBatch((s) => s.ledgerExport);
  const busy = useBatch((s) => s.busy);
  return (
    <section className="report" aria-labelledby="report-h">
      <h3 id="report-h" className="board__section">
        Report
      </h3>
      <div className="row">
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void report('csv')}>
          Save report (CSV)
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void report('html')}>
          Save printable report
        </button>
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void exportLedger('csv')}>
          Export the whole ledger (CSV)
        </button>
      </div>
      <ul className="report__list">
        {reports.map((r) => (
          <li key={r.path}>
            <SavedLink path={r.path} name={r.name} label={r.format === 'csv' ? 'CSV report' : 'printable report'} />
          </li>
        ))}
        {ledger?.files.map((f) => (
          <li key={f.path}>
            <SavedLink path={f.path} name={f.name} label="ledger table" />
          </li>
        ))}
      </ul>
    </section>
  );
}
