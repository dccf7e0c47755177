import { Trans, useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import type { CleanupPurpose } from '../../../src-main/shared/contract/intune.ts';
import { useIntune } from '../stores/intune.ts';
import { serialOf } from './IntuneFact.tsx';
import { ConsentPrompt } from './ConsentPrompt.tsx';

const PURPOSES: readonly CleanupPurpose[] = ['reuse', 'leave-organization'];

const STATE_MARK = { pending: '', sending: 'cleanup.mark.sending', done: ' ✓', failed: ' ✗' } as const;

/**
 * Cleaning a device's cloud records from its card: the plan first (every Graph request in order, nothing sent),
 * then the technician ticks each confirmation (TenantLockdown lifted, device reset seen) and starts it. The
 * station goes only as far as the confirmations given, and says where it stopped.
 */
export function IntuneCleanup({ device }: { device: DeviceView }) {
  const serial = serialOf(device);
  const open = useIntune((s) => (serial && s.cleanup?.serial === serial ? s.cleanup : null));
  const { plan, tick, run, close } = useIntune.getState();
  const { t } = useTranslation('intune');
  const mark = (state: keyof typeof STATE_MARK) =>
    state === 'sending' ? ` ${t(STATE_MARK.sending)}` : STATE_MARK[state];
  if (!serial || (device.kind !== 'hololens' && device.kind !== 'probable-hololens')) return null;
  if (!open) {
    return (
      <div className="row intune-cleanup__start">
        {PURPOSES.map((p) => (
          <button
            key={p}
            type="button"
            className="btn btn--secondary btn--small"
            aria-label={t('cleanup.startFor', { purpose: t(`cleanup.${p}`), serial })}
            onClick={() => void plan(serial, p)}
          >
            {t('cleanup.start', { purpose: t(`cleanup.${p}`) })}
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
    <section className="intune-cleanup" aria-label={t('cleanup.of', { serial })}>
      <h4>{t('cleanup.heading', { purpose: t(`cleanup.${open.purpose}`), serial })}</h4>
      {open.busy && <p role="status">{t('cleanup.asking')}</p>}
      <ConsentPrompt waiting={open.busy} />
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
                    {mark(s.state)}
                    {s.detail && <span className="muted"> {s.detail}</span>}
                  </label>
                ) : (
                  <span>
                    {s.title}
                    {mark(s.state)}
                    {s.checkFirst && (
                      <code
                        className="intune-cleanup__req"
                        translate="no"
                      >{`${s.checkFirst.method} ${s.checkFirst.path}`}</code>
                    )}
                    {s.request && (
                      <code
                        className="intune-cleanup__req"
                        translate="no"
                      >{`${s.request.method} ${s.request.path}`}</code>
                    )}
                    {s.request && (
                      <span className="muted">
                        {' '}
                        {/* The permission is Graph's identifier: the same in every language, left to no translator. */}
                        <Trans
                          t={t}
                          i18nKey="cleanup.needs"
                          values={{ permission: s.request.permission }}
                          components={[<code key="permission" translate="no" />]}
                        />
                      </span>
                    )}
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
            title={allTicked ? undefined : t('cleanup.tickFirst')}
            onClick={() => void run()}
          >
            {t('cleanup.run')}
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={close}>
          {finished ? t('cleanup.close') : t('cleanup.cancel')}
        </button>
      </div>
    </section>
  );
}
