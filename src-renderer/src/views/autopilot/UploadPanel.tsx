import { useEffect, useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { GraphCloudId, UploadSettings } from '../../../../src-main/shared/contract/autopilot.ts';
import { chosenHarvests, useAutopilot } from '../../stores/autopilot.ts';
import { useJobs } from '../../stores/jobs.ts';
import { uploadText } from './HarvestTable.tsx';
import { SignInBox } from './SignInBox.tsx';

const CLOUDS: readonly GraphCloudId[] = ['global', 'usgov-l4', 'usgov-l5', 'china'];
/** The Graph permission the tenant's app registration needs (a name, not words). */
const UPLOAD_PERMISSION = 'DeviceManagementServiceConfig.ReadWrite.All';

function SettingsForm({ settings }: { settings: UploadSettings }) {
  const id = useId();
  const { saveSettings, busy } = useAutopilot();
  const { t } = useTranslation('autopilot');
  const [tenantId, setTenant] = useState(settings.tenantId);
  const [clientId, setClient] = useState(settings.clientId);
  const [cloud, setCloud] = useState<GraphCloudId>(settings.cloud);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saveSettings({ tenantId, clientId, cloud });
  };
  const changed = tenantId !== settings.tenantId || clientId !== settings.clientId || cloud !== settings.cloud;
  return (
    <form className="ap-settings" onSubmit={submit} aria-label={t('upload.settings')}>
      <div className="field">
        <label htmlFor={`${id}-tenant`}>{t('upload.tenant')}</label>
        <input
          id={`${id}-tenant`}
          value={tenantId}
          placeholder={t('upload.tenantPlaceholder')}
          onChange={(e) => setTenant(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-client`}>{t('upload.client')}</label>
        <input
          id={`${id}-client`}
          value={clientId}
          placeholder="00000000-0000-0000-0000-000000000000"
          onChange={(e) => setClient(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-cloud`}>{t('upload.cloud')}</label>
        <select id={`${id}-cloud`} value={cloud} onChange={(e) => setCloud(e.target.value as GraphCloudId)}>
          {CLOUDS.map((c) => (
            <option key={c} value={c}>
              {t(`upload.cloud.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn--secondary" disabled={!changed || busy === 'settings'}>
        {t('upload.save')}
      </button>
      <p className="muted ap-hint">
        <Trans
          t={t}
          i18nKey="upload.appHint"
          values={{ permission: UPLOAD_PERMISSION }}
          components={[<code key="permission" translate="no" />]}
        />
      </p>
    </form>
  );
}

function Connection() {
  const { status, checkOnline } = useAutopilot();
  const { t } = useTranslation('autopilot');
  const online = status?.online ?? null;
  const text = online === null ? t('online.unknown') : online ? t('online.yes') : t('online.no');
  return (
    <div className="ap-online">
      <span className="ap-online__text">
        <span className={`dot ${online ? 'dot--ok' : 'dot--off'}`} aria-hidden="true" />
        <span>
          {text}
          {status?.checkedAt && <span className="muted"> {t('online.checked', { when: status.checkedAt })}</span>}
        </span>
      </span>
      <button type="button" className="btn btn--small" onClick={() => void checkOnline()}>
        {t('online.check')}
      </button>
    </div>
  );
}

function Results() {
  const uploads = useAutopilot((s) => s.uploads);
  const { t } = useTranslation('autopilot');
  // The newest attempt of each serial.
  const latest = [...new Map(uploads.map((u) => [u.serialNumber.toUpperCase(), u])).values()];
  if (latest.length === 0) return null;
  return (
    <table className="ap-table ap-table--compact" aria-label={t('results.label')}>
      <thead>
        <tr>
          <th scope="col">{t('results.serial')}</th>
          <th scope="col">{t('results.result')}</th>
          <th scope="col">{t('results.says')}</th>
        </tr>
      </thead>
      <tbody>
        {latest.map((u) => (
          <tr key={u.id}>
            <th scope="row" translate="no">
              {u.serialNumber}
            </th>
            <td className={`ap-upload ap-upload--${u.state}`}>{uploadText(t, u)}</td>
            <td>{u.message || <span className="muted">{t('results.waiting')}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Upload to Intune through Graph: settings, sign-in, the offline queue and per-device results. */
export function UploadPanel() {
  const { status, settings, harvests, selected, busy, errors, uploadStart, upload } = useAutopilot();
  // The running upload, or the one this view started (its last word stays on screen).
  const jobId = status?.uploadJobId ?? uploadStart?.job?.id;
  const job = useJobs((s) => (jobId ? s.byId[jobId] : undefined));
  // Training harvests never go to Intune, so they are not counted as something to upload.
  const count = chosenHarvests({ harvests, selected }).length;
  const signedIn = status?.signIn.state === 'signed-in';
  const offline = status?.online === false;
  const waiting = status ? status.queue.queued + status.queue.sending + status.queue.submitted : 0;
  const { t } = useTranslation('autopilot');
  useEffect(() => {
    void useAutopilot.getState().checkOnline();
  }, []);
  return (
    <section className="ap-panel" aria-labelledby="ap-upload-title">
      <h3 id="ap-upload-title">{t('upload.title')}</h3>
      <Connection />
      {settings && (
        <SettingsForm key={`${settings.tenantId}|${settings.clientId}|${settings.cloud}`} settings={settings} />
      )}
      {status && <SignInBox signIn={status.signIn} />}
      {status && <p className="ap-destination">{status.tokenDestination}</p>}
      <button
        type="button"
        className="btn btn--primary"
        disabled={count === 0 || !signedIn || busy === 'upload' || job?.state === 'running'}
        aria-describedby="ap-upload-why"
        onClick={() => void upload()}
      >
        {offline ? t('upload.queue', { count }) : t('upload.button', { count })}
      </button>
      <p id="ap-upload-why" className="muted ap-hint">
        {!signedIn
          ? t('upload.why.signIn')
          : count === 0
            ? harvests.some((h) => h.simulated)
              ? t('upload.why.training')
              : t('upload.why.nothing')
            : offline
              ? t('upload.why.offline')
              : ''}
      </p>
      {errors.upload && (
        <p className="form-error" role="alert">
          {errors.upload}
        </p>
      )}
      {job && (
        <p className="ap-job" role="status">
          {job.message}
        </p>
      )}
      {uploadStart?.offline && (
        <p className="panel panel--warn" role="status">
          {t('upload.offlineKept', { message: uploadStart.message })}
        </p>
      )}
      {uploadStart && !uploadStart.offline && uploadStart.skipped.length > 0 && (
        <ul className="ap-skipped">
          {uploadStart.skipped.map((s) => (
            <li key={s.serialNumber}>{t('upload.skipped', { serial: s.serialNumber, reason: s.reason })}</li>
          ))}
        </ul>
      )}
      {waiting > 0 && status?.watching && <p className="muted ap-hint">{t('upload.waiting', { count: waiting })}</p>}
      <Results />
    </section>
  );
}
