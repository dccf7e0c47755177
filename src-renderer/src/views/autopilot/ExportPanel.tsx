import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadHref } from '../../api/files.ts';
import { chosenHarvests, chosenSerials, useAutopilot } from '../../stores/autopilot.ts';

/** Group tag and assigned user for the whole batch: used by the CSV and the upload alike. */
export function BatchValues() {
  const id = useId();
  const { groupTag, assignedUser, setBatchValues } = useAutopilot();
  const { t } = useTranslation('autopilot');
  return (
    <fieldset className="ap-values">
      <legend>{t('values.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{t('values.groupTag')}</label>
        <input
          id={`${id}-tag`}
          value={groupTag}
          maxLength={200}
          onChange={(e) => setBatchValues({ groupTag: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('values.assignedUser')}</label>
        <input
          id={`${id}-user`}
          value={assignedUser}
          maxLength={300}
          placeholder="user@contoso.com"
          translate="no"
          onChange={(e) => setBatchValues({ assignedUser: e.target.value })}
        />
      </div>
      <p className="muted ap-hint">{t('values.hint')}</p>
    </fieldset>
  );
}

function PerDevice() {
  const { harvests, selected, perDevice, setDeviceValues } = useAutopilot();
  const { t } = useTranslation('autopilot');
  const serials = chosenSerials({ selected }) ?? harvests.map((h) => h.serialNumber);
  if (serials.length === 0) return null;
  return (
    <details className="ap-per-device">
      <summary>{t('values.perDevice')}</summary>
      <table className="ap-table ap-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('values.serial')}</th>
            <th scope="col">{t('values.groupTag')}</th>
            <th scope="col">{t('values.assignedUser')}</th>
          </tr>
        </thead>
        <tbody>
          {serials.map((serial) => (
            <tr key={serial}>
              <th scope="row" translate="no">
                {serial}
              </th>
              <td>
                <input
                  aria-label={t('values.groupTagFor', { serial })}
                  value={perDevice[serial]?.groupTag ?? ''}
                  onChange={(e) => setDeviceValues(serial, { groupTag: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('values.assignedUserFor', { serial })}
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
  const { t } = useTranslation('autopilot');
  return (
    <section className="ap-panel" aria-labelledby="ap-export-title">
      <h3 id="ap-export-title">{t('export.title')}</h3>
      <p className="muted">{t('export.intro')}</p>
      <PerDevice />
      {training > 0 && (
        <label className="check">
          <input type="checkbox" checked={includeTraining} onChange={(e) => setIncludeTraining(e.target.checked)} />
          <span>{t('export.training', { count: training })}</span>
        </label>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={count === 0 || busy === 'export'}
        onClick={() => void exportCsv()}
      >
        {busy === 'export' ? t('export.writing') : t('export.write', { count })}
      </button>
      {errors.export && (
        <p className="form-error ap-pre" role="alert">
          {errors.export}
        </p>
      )}
      {exported && (
        <div className="ap-files" role="status">
          <p>
            {t('export.wrote', {
              count: exported.devices,
              files: t('export.files', { count: exported.files.length }),
            })}
          </p>
          <ul>
            {exported.files.map((f) => {
              const href = downloadHref(f.path);
              return (
                <li key={f.path}>
                  {href ? (
                    <a className="link" href={href} download={f.name}>
                      {t('export.download', { name: f.name })}
                    </a>
                  ) : (
                    <code translate="no">{f.path}</code>
                  )}{' '}
                  <span className="muted">{t('export.rows', { count: f.rows })}</span>
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
