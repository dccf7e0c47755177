import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
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
      </dd>
    </div>
  );
}
