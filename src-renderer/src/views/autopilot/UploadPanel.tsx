import { useEffect, useId, useState, type FormEvent } from 'react';
import type { GraphCloudId, UploadSettings } from '../../../../src-main/shared/contract/autopilot.ts';
import { chosenHarvests, useAutopilot } from '../../stores/autopilot.ts';
import { useJobs } from '../../stores/jobs.ts';
import { uploadText, whenText } from './HarvestTable.tsx';
import { SignInBox } from './SignInBox.tsx';

const CLOUDS: { id: GraphCloudId; label: string }[] = [
  { id: 'global', label: 'Global (most tenants)' },
  { id: 'usgov-l4', label: 'US Government (GCC High, L4)' },
  { id: 'usgov-l5', label: 'US Government DoD (L5)' },
  { id: 'china', label: 'China (21Vianet)' },
];

function SettingsForm({ settings }: { settings: UploadSettings }) {
  const id = useId();
  const { saveSettings, busy } = useAutopilot();
  const [tenantId, setTenant] = useState(settings.tenantId);
  const [clientId, setClient] = useState(settings.clientId);
  const [cloud, setCloud] = useState<GraphCloudId>(settings.cloud);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saveSettings({ tenantId, clientId, cloud });
  };
  const changed = tenantId !== settings.tenantId || clientId !== settings.clientId || cloud !== settings.cloud;
  return (
    <form className="ap-settings" onSubmit={submit} aria-label="Upload settings">
      <div className="field">
        <label htmlFor={`${id}-tenant`}>Tenant</label>
        <input
          id={`${id}-tenant`}
          value={tenantId}
          placeholder="contoso.onmicrosoft.com or its ID"
          onChange={(e) => setTenant(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-client`}>App (client) ID</label>
        <input
          id={`${id}-client`}
          value={clientId}
          placeholder="00000000-0000-0000-0000-000000000000"
          onChange={(e) => setClient(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-cloud`}>Microsoft cloud</label>
        <select id={`${id}-cloud`} value={cloud} onChange={(e) => setCloud(e.target.value as GraphCloudId)}>
          {CLOUDS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn--secondary" disabled={!changed || busy === 'settings'}>
        Save settings
      </button>
      <p className="muted ap-hint">
        Your tenant registers its own app for HoloBench with the DeviceManagementServiceConfig.ReadWrite.All permission.
        No secret is kept here.
      </p>
    </form>
  );
}

function Connection() {
  const { status, checkOnline } = useAutopilot();
  const online = status?.online ?? null;
  const text =
    online === null
      ? 'Not checked yet'
      : online
        ? 'Online: Microsoft Graph answers'
        : 'Offline: Graph cannot be reached';
  return (
    <div className="ap-online">
      <span className="ap-online__text">
        <span className={`dot ${online ? 'dot--ok' : 'dot--off'}`} aria-hidden="true" />
        <span>
          {text}
          {status?.checkedAt && <span className="muted"> (checked {whenText(status.checkedAt)})</span>}
        </span>
      </span>
      <button type="button" className="btn btn--small" onClick={() => void checkOnline()}>
        Check now
      </button>
    </div>
  );
}

function Results() {
  const uploads = useAutopilot((s) => s.uploads);
  // The newest attempt of each serial.
  const latest = [...new Map(uploads.map((u) => [u.serialNumber.toUpperCase(), u])).values()];
  if (latest.length === 0) return null;
  return (
    <table className="ap-table ap-table--compact" aria-label="Upload results">
      <thead>
        <tr>
          <th scope="col">Serial</th>
          <th scope="col">Result</th>
          <th scope="col">Intune says</th>
        </tr>
      </thead>
      <tbody>
        {latest.map((u) => (
          <tr key={u.id}>
            <th scope="row">{u.serialNumber}</th>
            <td className={`ap-upload ap-upload--${u.state}`}>{uploadText(u)}</td>
            <td>{u.message || <span className="muted">waiting</span>}</td>
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
  useEffect(() => {
    void useAutopilot.getState().checkOnline();
  }, []);
  return (
    <section className="ap-panel" aria-labelledby="ap-upload-title">
      <h3 id="ap-upload-title">Upload to Intune</h3>
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
        {offline
          ? `Queue ${count} device${count === 1 ? '' : 's'} (offline)`
          : `Upload ${count} device${count === 1 ? '' : 's'}`}
      </button>
      <p id="ap-upload-why" className="muted ap-hint">
        {!signedIn
          ? 'Sign in first: the upload needs an Intune administrator account.'
          : count === 0
            ? harvests.some((h) => h.simulated)
              ? 'Nothing to upload: training harvests from simulated devices are never sent to Intune.'
              : 'Nothing to upload yet: harvest a hash first.'
            : offline
              ? 'The station is offline: the devices wait in the queue and go when it is back online.'
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
          {uploadStart.message} Nothing is lost: the queue is kept in the ledger.
        </p>
      )}
      {uploadStart && !uploadStart.offline && uploadStart.skipped.length > 0 && (
        <ul className="ap-skipped">
          {uploadStart.skipped.map((s) => (
            <li key={s.serialNumber}>
              {s.serialNumber}: {s.reason}
            </li>
          ))}
        </ul>
      )}
      {waiting > 0 && status?.watching && (
        <p className="muted ap-hint">
          {waiting === 1 ? '1 device' : `${waiting} devices`} in the queue. The station checks the connection now and
          then and sends them when online.
        </p>
      )}
      <Results />
    </section>
  );
}
