import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HarvestView, UploadView } from '../../../../src-main/shared/contract/autopilot.ts';
import { useFormat } from '../../i18n.ts';
import { useAutopilot } from '../../stores/autopilot.ts';

/** Where a device's upload stands, in words. */
export function uploadText(t: TFunction<'autopilot'>, u: UploadView | null): string {
  if (!u) return t('upload.state.none');
  if (u.state === 'error' && u.errorName) return t('upload.state.errorNamed', { name: u.errorName });
  return t(`upload.state.${u.state}`);
}

function DeviceCell({ h }: { h: HarvestView }) {
  const { t } = useTranslation('autopilot');
  const port = h.portPath ? (
    <span>{t('table.port', { port: h.portPath })}</span>
  ) : (
    <span className="muted">{t('table.notConnected')}</span>
  );
  if (h.simulated) {
    return (
      <>
        <span className="pill pill--sim">{t('table.simulated')}</span> {port}
      </>
    );
  }
  if (h.source === 'file') return <span className="muted">{t('table.fromFile')}</span>;
  return port;
}

/** The ledger's harvests: the newest of each serial, with where its upload stands. */
export function HarvestTable() {
  const { harvests, selected, toggle, errors } = useAutopilot();
  const { t } = useTranslation('autopilot');
  const format = useFormat();
  const ticked = Object.keys(selected).length;
  return (
    <section className="ap-panel" aria-labelledby="ap-table-title">
      <div className="ap-panel__head">
        <h3 id="ap-table-title">{t('table.title')}</h3>
        <p className="muted">
          {harvests.length === 0
            ? t('table.none')
            : ticked > 0
              ? t('table.ticked', { ticked, count: harvests.length })
              : t('table.all', { count: harvests.length })}
        </p>
      </div>
      {errors.list && (
        <p className="form-error" role="alert">
          {errors.list}
        </p>
      )}
      {harvests.length > 0 && (
        <div className="ap-table-wrap">
          <table className="ap-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">{t('table.include')}</span>
                </th>
                <th scope="col">{t('table.serial')}</th>
                <th scope="col">{t('table.productId')}</th>
                <th scope="col">{t('table.hash')}</th>
                <th scope="col">{t('table.harvested')}</th>
                <th scope="col">{t('table.device')}</th>
                <th scope="col">{t('table.upload')}</th>
              </tr>
            </thead>
            <tbody>
              {harvests.map((h) => (
                <tr key={h.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('table.includeSerial', { serial: h.serialNumber })}
                      checked={selected[h.serialNumber] === true}
                      onChange={() => toggle(h.serialNumber)}
                    />
                  </td>
                  <th scope="row" translate="no">
                    {h.serialNumber}
                  </th>
                  <td className="ap-nowrap">
                    {h.productId ? (
                      <span translate="no">{h.productId}</span>
                    ) : (
                      <span className="muted">{t('table.none.productId')}</span>
                    )}
                  </td>
                  <td className="ap-fingerprint ap-nowrap">
                    <span translate="no">{h.fingerprint}</span>
                    {h.hashChanged && <span className="pill pill--warn"> {t('table.changed')}</span>}
                  </td>
                  <td className="ap-nowrap">
                    <time dateTime={h.harvestedAt} translate="no">
                      {format.when(h.harvestedAt)}
                    </time>
                    {h.historyCount > 1 && (
                      <span className="muted ap-sub">{t('table.harvests', { count: h.historyCount })}</span>
                    )}
                  </td>
                  <td className="ap-nowrap">
                    <DeviceCell h={h} />
                  </td>
                  <td className={`ap-upload ap-upload--${h.upload?.state ?? 'none'}`} title={h.upload?.message}>
                    {h.simulated ? t('table.neverTraining') : uploadText(t, h.upload)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
