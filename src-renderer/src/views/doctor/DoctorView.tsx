import { useEffect, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DoctorReport } from '../../../../src-main/shared/contract/doctor.ts';
import { useDoctor } from '../../stores/doctor.ts';
import { useSettings } from '../../stores/settings.ts';
import '../../styles/doctor.css';

/** A value the report gives as a code, in words: the catalog's key for it, or the code itself if it is new. */
function codeKey(prefix: string, code: string, known: readonly string[]): string | null {
  return known.includes(code) ? `${prefix}.${code}` : null;
}

const MODELS = ['hololens1', 'hololens2', 'unknown'] as const;
const MODES = ['normal', 'flashing', 'unknown'] as const;
const KINDS = ['hololens', 'probable-hololens', 'not-hololens', 'unknown-microsoft'] as const;
const CONFIDENCE = ['confirmed', 'heuristic'] as const;

/** What the station sees and one fix per problem; the report a technician sends when something does not work. */
export function DoctorView() {
  const { t, i18n } = useTranslation('doctor');
  const word = (prefix: string, code: string, known: readonly string[]) => {
    const key = codeKey(prefix, code, known);
    return key ? t(key) : code;
  };
  const report = useDoctor((s) => s.report);
  const busy = useDoctor((s) => s.busy);
  const error = useDoctor((s) => s.error);
  const check = useDoctor((s) => s.check);
  const takeOver = useSettings((s) => s.settings.takeOverDevices);
  const updateSettings = useSettings((s) => s.update);
  // The station words the report: checked again when the language changes.
  useEffect(() => {
    void check();
  }, [check, i18n.language]);
  const download = useMemo(() => (report ? reportLink(report) : null), [report]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  return (
    <section aria-labelledby="doctor-title" className="view doctor">
      <div className="view__head">
        <h2 id="doctor-title">{t('view.title')}</h2>
        <p className="muted">{t('view.intro')}</p>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void check()}>
          {busy ? t('view.checking') : t('view.check')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <p role="status" className={report.problems.length === 0 ? 'doctor__ok' : 'doctor__attention'}>
            {report.problems.length === 0 ? t('view.ok') : t('view.attention', { count: report.problems.length })}
          </p>
          {report.problems.length > 0 && (
            <ul aria-label={t('view.problems')} className="doctor__problems">
              {report.problems.map((p, i) => (
                <li key={`${p.deviceId ?? 'station'}-${p.code}-${i}`}>
                  {p.deviceId ? (
                    <Trans
                      t={t}
                      i18nKey="view.problem"
                      values={{ who: p.deviceId, message: p.message }}
                      components={[<strong key="who" translate="no" />]}
                    />
                  ) : (
                    <Trans
                      t={t}
                      i18nKey="view.problem"
                      values={{ who: t('view.station'), message: p.message }}
                      components={[<strong key="who" />]}
                    />
                  )}
                  <br />
                  <Trans
                    t={t}
                    i18nKey="view.fix"
                    values={{ fix: p.fix }}
                    components={[<span key="fix" className="muted" />]}
                  />
                </li>
              ))}
            </ul>
          )}
          <dl aria-label={t('view.facts')} className="doctor__facts">
            <dt>{t('view.system')}</dt>
            <dd>
              {t('view.systemValue', {
                os: report.platform.os,
                release: report.platform.release,
                arch: report.platform.arch,
                version: report.platform.holobench,
              })}
            </dd>
            <dt>{t('view.usb')}</dt>
            <dd>
              {t(
                report.usb.watched
                  ? report.usb.available
                    ? 'view.usb.available'
                    : 'view.usb.unavailable'
                  : 'view.usb.unwatched',
                { detail: report.usb.detail, permissions: report.usb.permissions },
              )}
            </dd>
            <dt>{t('view.storage')}</dt>
            <dd>{t(`view.storage.${report.platform.storagePath}`)}</dd>
          </dl>
          <table aria-label={t('view.devices')} className="doctor__devices">
            <thead>
              <tr>
                <th>{t('view.col.device')}</th>
                <th>{t('view.col.what')}</th>
                <th>{t('view.col.how')}</th>
                <th>{t('view.col.storage')}</th>
              </tr>
            </thead>
            <tbody>
              {report.devices.map((d) => (
                <tr key={d.id}>
                  <td>
                    {t('device.onPort', { usbId: d.usbId, port: d.portPath })}
                    <br />
                    {d.serialNumber ? (
                      <span className="muted" translate="no">
                        {d.serialNumber}
                      </span>
                    ) : (
                      <span className="muted">{t('device.noSerial')}</span>
                    )}
                  </td>
                  <td>
                    {t('device.what', {
                      model: word('device.model', d.model, MODELS),
                      mode: word('device.mode', d.mode, MODES),
                      kind: word('device.kind', d.kind, KINDS),
                      confidence: word('device.confidence', d.confidence, CONFIDENCE),
                    })}
                  </td>
                  <td>
                    {d.identification.reason}
                    {d.descriptors.unreadable.length > 0 && (
                      <>
                        <br />
                        <span className="muted">
                          {t('device.unreadable', { parts: d.descriptors.unreadable.join('; ') })}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {t(`device.access.${d.storage.access}`)}
                    {d.storage.reason && (
                      <>
                        <br />
                        <span className="muted">{d.storage.reason}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
              {report.devices.length === 0 && (
                <tr>
                  <td colSpan={4}>{t('view.noDevices')}</td>
                </tr>
              )}
            </tbody>
          </table>
          <label className="doctor__takeover">
            <input
              type="checkbox"
              checked={takeOver}
              onChange={(e) => void updateSettings({ takeOverDevices: e.target.checked })}
            />{' '}
            {t('view.takeOver')}
          </label>
          {download && (
            <p>
              <Trans
                t={t}
                i18nKey="view.save"
                components={[
                  <a key="save" href={download} download="holobench-doctor.json" />,
                  <span key="note" className="muted" />,
                  <code key="cli" translate="no" />,
                ]}
              />
            </p>
          )}
        </>
      )}
    </section>
  );
}

function reportLink(report: DoctorReport): string {
  return URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
}
