import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { useState } from 'react';
import { useIntune } from '../stores/intune.ts';

/** The serial this card's device reports, if any. */
export function serialOf(d: DeviceView): string | null {
  const s = d.mtpInfo?.serialNumber ?? d.serialNumber;
  return s && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s) ? s : null;
}

/**
 * The device card's Intune line: asked on request (each read goes to Graph), shown with when it was read. Offline
 * it says "unknown (offline)"; a stale duplicate record is named as such.
 */
export function IntuneFact({ device }: { device: DeviceView }) {
  const serial = serialOf(device);
  const lookup = useIntune((s) => (serial ? s.bySerial[serial] : undefined));
  const check = useIntune((s) => s.check);
  const [tagging, setTagging] = useState(false);
  if (!serial || (device.kind !== 'hololens' && device.kind !== 'probable-hololens')) return null;
  const view = lookup?.view;
  const text = lookup?.busy
    ? 'checking…'
    : lookup?.error
      ? `unknown (${lookup.error})`
      : view
        ? view.label
        : 'not checked';
  return (
    <div className="intune-fact">
      <dt>Intune</dt>
      <dd>
        <span role="status" aria-label={`Intune status of ${serial}`} data-state={view?.state ?? 'none'}>
          {text}
        </span>
        {view?.checkedAt && <span className="muted"> (read {view.checkedAt.slice(11, 16)} UTC)</span>}
        {view && view.autopilot[0] && (
          <span className="muted">
            {' '}
            · Autopilot {view.autopilot[0].enrollmentState ?? 'registered'}
            {view.autopilot[0].groupTag ? `, tag ${view.autopilot[0].groupTag}` : ''}
          </span>
        )}{' '}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          disabled={lookup?.busy}
          aria-label={`Check Intune for ${serial}`}
          onClick={() => void check(serial)}
        >
          Check Intune
        </button>
        {view && view.autopilot.length > 0 && !tagging && (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={`Set the group tag of ${serial}`}
            onClick={() => setTagging(true)}
          >
            Group tag…
          </button>
        )}
        {tagging && <TagForm serial={serial} current={view?.autopilot[0]} onDone={() => setTagging(false)} />}
      </dd>
    </div>
  );
}

function TagForm({
  serial,
  current,
  onDone,
}: {
  serial: string;
  current: { groupTag: string | null; userPrincipalName: string | null } | undefined;
  onDone: () => void;
}) {
  const [groupTag, setGroupTag] = useState(current?.groupTag ?? '');
  const [user, setUser] = useState(current?.userPrincipalName ?? '');
  const tag = useIntune((s) => s.tag);
  const result = useIntune((s) => s.tagResult[serial]);
  return (
    <form
      className="intune-tag"
      aria-label={`Group tag of ${serial}`}
      onSubmit={(e) => {
        e.preventDefault();
        void tag(serial, groupTag.trim(), user.trim());
      }}
    >
      <label>
        Group tag <input value={groupTag} maxLength={200} onChange={(e) => setGroupTag(e.target.value)} />
      </label>
      <label>
        Assigned user{' '}
        <input value={user} maxLength={300} placeholder="none" onChange={(e) => setUser(e.target.value)} />
      </label>
      <button type="submit" className="btn btn--primary btn--small" disabled={result?.busy}>
        Save in Autopilot
      </button>
      <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
        Close
      </button>
      {result?.message && <p role="status">{result.message}</p>}
    </form>
  );
}
