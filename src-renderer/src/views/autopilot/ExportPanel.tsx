import { useId } from 'react';
import { downloadHref } from '../../api/files.ts';
import { chosenHarvests, chosenSerials, useAutopilot } from '../../stores/autopilot.ts';

/** Group tag and assigned user for the whole batch: used by the CSV and the upload alike. */
export function BatchValues() {
  const id = useId();
  const { groupTag, assignedUser, setBatchValues } = useAutopilot();
  return (
    <fieldset className="ap-values">
      <legend>Values for Intune (optional)</legend>
      <div className="field">
        <label htmlFor={`${id}-tag`}>Group tag</label>
        <input
          id={`${id}-tag`}
          value={groupTag}
          maxLength={200}
          onChange={(e) => setBatchValues({ groupTag: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>Assigned user</label>
        <input
          id={`${id}-user`}
          value={assignedUser}
          maxLength={300}
          placeholder="user@contoso.com"
          onChange={(e) => setBatchValues({ assignedUser: e.target.value })}
        />
      </div>
      <p className="muted ap-hint">For every device that has no value of its own.</p>
    </fieldset>
  );
}

function PerDevice() {
  const { harvests, selected, perDevice, setDeviceValues } = useAutopilot();
  const serials = chosenSerials({ selected }) ?? harvests.map((h) => h.serialNumber);
  if (serials.length === 0) return null;
  return (
    <details className="ap-per-device">
      <summary>Different values per device</summary>
      <table className="ap-table ap-table--compact">
        <thead>
          <tr>
            <th scope="col">Serial</th>
            <th scope="col">Group tag</th>
            <th scope="col">Assigned user</th>
          </tr>
        </thead>
        <tbody>
          {serials.map((serial) => (
            <tr key={serial}>
              <th scope="row">{serial}</th>
              <td>
                <input
                  aria-label={`Group tag for ${serial}`}
                  value={perDevice[serial]?.groupTag ?? ''}
                  onChange={(e) => setDeviceValues(serial, { groupTag: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Assigned user for ${serial}`}
                  value={perDevice[serial]?.assignedUser ?? ''}
                  onChange={(e) => setDeviceValues(serial, { assignedUser: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The Intune import CSV, written into the station's exports folder (a download link in a browser). */
export function ExportPanel() {
  const { harvests, selected, exported, busy, errors, exportCsv, includeTraining, setIncludeTraining } = useAutopilot();
  const count = chosenHarvests({ harvests, selected }, includeTraining).length;
  const training = harvests.filter((h) => h.simulated).length;
  return (
    <section className="ap-panel" aria-labelledby="ap-export-title">
      <h3 id="ap-export-title">Export a CSV for Intune</h3>
      <p className="muted">
        The file Intune&apos;s &ldquo;Import Windows Autopilot devices&rdquo; page accepts: at most 500 devices per file
        (more become numbered files).
      </p>
      <PerDevice />
      {training > 0 && (
        <label className="check">
          <input type="checkbox" checked={includeTraining} onChange={(e) => setIncludeTraining(e.target.checked)} />
          <span>
            Include {training} training harvest{training === 1 ? '' : 's'} from simulated devices (for practice only)
          </span>
        </label>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={count === 0 || busy === 'export'}
        onClick={() => void exportCsv()}
      >
        {busy === 'export' ? 'Writing…' : `Write the CSV (${count} device${count === 1 ? '' : 's'})`}
      </button>
      {errors.export && (
        <p className="form-error ap-pre" role="alert">
          {errors.export}
        </p>
      )}
      {exported && (
        <div className="ap-files" role="status">
          <p>
            Wrote {exported.devices} device{exported.devices === 1 ? '' : 's'} into {exported.files.length} file
            {exported.files.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {exported.files.map((f) => {
              const href = downloadHref(f.path);
              return (
                <li key={f.path}>
                  {href ? (
                    <a className="link" href={href} download={f.name}>
                      Download {f.name}
                    </a>
                  ) : (
                    <code>{f.path}</code>
                  )}{' '}
                  <span className="muted">
                    ({f.rows} row{f.rows === 1 ? '' : 's'})
                  </span>
                </li>
              );
            })}
          </ul>
          {exported.warnings.map((w) => (
            <p key={w.serialNumber} className="panel panel--warn">
              {w.message}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
