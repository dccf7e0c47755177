import type { ManifestView } from '../../../../src-main/shared/contract/batch.ts';

/** What the manifest import found: how many devices, or every problem by line so the sheet can be fixed. */
export function ManifestSummary({ manifest, onClear }: { manifest: ManifestView; onClear: () => void }) {
  const name = manifest.path.split(/[\\/]/).pop();
  if (!manifest.ok) {
    return (
      <div className="manifest manifest--bad" role="alert">
        <p>
          <strong>{name} has problems.</strong> Fix these lines in the file and load it again:
        </p>
        <ul className="manifest__problems">
          {manifest.problems.slice(0, 30).map((p, i) => (
            <li key={i}>
              <strong>Line {p.line}:</strong> {p.message}
            </li>
          ))}
        </ul>
        {manifest.problems.length > 30 && <p>… and {manifest.problems.length - 30} more.</p>}
        <button type="button" className="btn btn--small" onClick={onClear}>
          Remove it
        </button>
      </div>
    );
  }
  return (
    <div className="manifest manifest--ok">
      <p>
        <strong>{name}</strong>: {manifest.rows.length} device{manifest.rows.length === 1 ? '' : 's'}.
        {manifest.ignoredColumns.length > 0 && ` Not used: ${manifest.ignoredColumns.join(', ')}.`}
      </p>
      <table className="manifest__rows">
        <caption className="visually-hidden">First devices in the manifest</caption>
        <thead>
          <tr>
            <th scope="col">Serial</th>
            <th scope="col">Name</th>
            <th scope="col">Asset tag</th>
            <th scope="col">User</th>
          </tr>
        </thead>
        <tbody>
          {manifest.rows.slice(0, 5).map((r) => (
            <tr key={r.serial}>
              <td>{r.serial}</td>
              <td>{r.deviceName ?? ''}</td>
              <td>{r.assetTag ?? ''}</td>
              <td>{r.assignedUser ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn--small" onClick={onClear}>
        Remove it
      </button>
    </div>
  );
}
