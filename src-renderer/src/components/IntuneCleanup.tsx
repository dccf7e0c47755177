import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { CleanupPurpose } from '../../../src-main/shared/contract/intune.ts';
import { useIntune } from '../stores/intune.ts';
import { serialOf } from './IntuneFact.tsx';

const PURPOSES: { id: CleanupPurpose; label: string }[] = [
  { id: 'reuse', label: 'Clean up for reuse' },
  { id: 'leave-organization', label: 'Leaving the organisation' },
];

const STATE_MARK = { pending: '', sending: ' (answer not seen)', done: ' ✓', failed: ' ✗' } as const;

/**
 * Cleaning a device's cloud records from its card: the plan first (every Graph request in order, nothing sent),
 * then the technician ticks each confirmation (TenantLockdown lifted, device reset seen) and starts it. The
 * station goes only as far as the confirmations given, and says where it stopped.
 */
export function IntuneCleanup({ device }: { device: DeviceView }) {
  const serial = serialOf(device);
  const open = useIntune((s) => (serial && s.cleanup?.serial === serial ? s.cleanup : null));
  const { plan, tick, run, close } = useIntune.getState();
  if (!serial || (device.kind !== 'hololens' && device.kind !== 'probable-hololens')) return null;
  if (!open) {
    return (
      <div className="row intune-cleanup__start">
        {PURPOSES.map((p) => (
          <button
            key={p.id}
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={`${p.label}: ${serial}`}
            onClick={() => void plan(serial, p.id)}
          >
            {p.label}…
          </button>
        ))}
      </div>
    );
  }
  const report = open.report;
  const confirmSteps = report?.steps.filter((s) => s.kind === 'confirm' && s.state !== 'done') ?? [];
  const allTicked = confirmSteps.every((s) => open.ticked[s.id]);
  const finished = report?.state === 'done';
  return (
    <section className="intune-cleanup" aria-label={`Clean-up of ${serial}`}>
      <h4>
        {PURPOSES.find((p) => p.id === open.purpose)?.label ?? 'Clean-up'}: {serial}
      </h4>
      {open.busy && <p role="status">Asking Microsoft Graph…</p>}
      {open.error && <p role="alert">{open.error}</p>}
      {report && (
        <>
          <ol className="intune-cleanup__steps">
            {report.steps.map((s) => (
              <li key={s.id} data-step-state={s.state}>
                {s.kind === 'confirm' ? (
                  <label>
                    <input
                      type="checkbox"
                      checked={s.state === 'done' || Boolean(open.ticked[s.id])}
                      disabled={s.state === 'done' || open.busy || finished}
                      onChange={(e) => tick(s.id, e.target.checked)}
                    />{' '}
                    <strong>{s.title}</strong>
                    {STATE_MARK[s.state]}
                    {s.detail && <span className="muted"> {s.detail}</span>}
                  </label>
                ) : (
                  <span>
                    {s.title}
                    {STATE_MARK[s.state]}
                    {s.checkFirst && (
                      <code className="intune-cleanup__req">{`${s.checkFirst.method} ${s.checkFirst.path}`}</code>
                    )}
                    {s.request && (
                      <code className="intune-cleanup__req">{`${s.request.method} ${s.request.path}`}</code>
                    )}
                    {s.request && <span className="muted"> needs {s.request.permission}</span>}
                  </span>
                )}
              </li>
            ))}
          </ol>
          {report.notes.map((n) => (
            <p key={n} className="muted">
              {n}
            </p>
          ))}
          <p role="status" className="intune-cleanup__message">
            {report.message}
          </p>
        </>
      )}
      <div className="row">
        {report && !finished && (
          <button
            type="button"
            className="btn btn--primary"
            disabled={open.busy || !allTicked}
            title={allTicked ? undefined : 'Tick every confirmation first'}
            onClick={() => void run()}
          >
            Clean up now
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={close}>
          {finished ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
