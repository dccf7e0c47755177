import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyFlow, ApplyStage } from '../../../../src-main/shared/contract/packages.ts';
import { deviceName } from '../../components/DevicePicker.tsx';
import { StepLabel, stepState } from '../../components/StepLabel.tsx';
import { useApply } from '../../stores/apply.ts';
import { useDevices } from '../../stores/devices.ts';
import { ApplyCoach } from './ApplyCoach.tsx';

const OOBE_STEPS = ['flow.oobe.0', 'flow.oobe.1', 'flow.oobe.2', 'flow.oobe.3'];
const DOCS_STEPS = ['flow.docs.0', 'flow.docs.1', 'flow.docs.2', 'flow.docs.3'];
/** The closing line, by whether the time is known and who confirmed the result. */
const RECORDED = {
  station: ['flow.recordedSeen', 'flow.recordedAtSeen'],
  technician: ['flow.recordedYou', 'flow.recordedAtYou'],
  none: ['flow.recorded', 'flow.recordedAt'],
} as const;
const STAGE_INDEX: Record<ApplyStage, number> = {
  'open-provisioning': 0,
  unlock: 0,
  copying: 1,
  'confirm-on-device': 2,
  'add-in-settings': 2,
  finished: 3,
};

function Result({ flow }: { flow: ApplyFlow }) {
  const again = useApply((s) => s.again);
  const { t } = useTranslation('packages');
  const good = flow.result === 'applied';
  // Green is kept for what the station saw; an apply the tech vouches for is shown apart.
  const tone = good && flow.confirmedBy !== 'station' ? 'reported' : (flow.result ?? 'running');
  return (
    <div className={`pk-outcome pk-outcome--${tone}`} role="status">
      <h4>
        {good
          ? flow.confirmedBy === 'station'
            ? t('flow.appliedSeen')
            : t('flow.appliedWord')
          : flow.result === 'failed'
            ? t('flow.failed')
            : t('flow.stopped')}
      </h4>
      <p>{flow.message}</p>
      {flow.error && flow.error.message !== flow.message && <p>{flow.error.message}</p>}
      <p className="muted">
        {t(RECORDED[flow.confirmedBy ?? 'none'][flow.finishedAt ? 1 : 0], { when: flow.finishedAt })}
      </p>
      <button type="button" className="btn btn--primary" onClick={again}>
        {good ? t('flow.another') : t('flow.again')}
      </button>
    </div>
  );
}

/** The running apply: where it stands, what to do now, and the result once the device or the tech says so. */
export function ApplyFlowPanel({ flow }: { flow: ApplyFlow }) {
  const { cancel, busy, error } = useApply();
  const device = useDevices((s) => s.byId[flow.deviceId]);
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation('packages');
  const steps = flow.method === 'oobe-mtp' ? OOBE_STEPS : DOCS_STEPS;
  const at = STAGE_INDEX[flow.stage];
  useEffect(() => heading.current?.focus(), [flow.stage]);
  return (
    <section className="pk-flow" aria-labelledby="pk-flow-title">
      <header className="pk-flow__head">
        <h3 id="pk-flow-title" tabIndex={-1} ref={heading}>
          {device
            ? t('flow.to', { pkg: flow.packageName, device: deviceName(device) })
            : t('flow.toPort', { pkg: flow.packageName, port: flow.portPath })}
        </h3>
        {flow.simId && <span className="pill pill--sim">{t('flow.simulated')}</span>}
      </header>
      <ol className="pk-steps" aria-label={t('flow.steps')}>
        {steps.map((s, i) => {
          const state = stepState(i, at);
          return (
            <li
              key={s}
              className={`pk-step ${state === 'todo' ? '' : `pk-step--${state}`}`}
              aria-current={state === 'now' ? 'step' : undefined}
            >
              <StepLabel state={state} number={i + 1}>
                {t(s)}
              </StepLabel>
            </li>
          );
        })}
      </ol>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="pk-flow__message" role="status" aria-live="polite">
        {flow.result ? '' : flow.message}
      </p>
      {flow.result ? <Result flow={flow} /> : <ApplyCoach flow={flow} />}
      {!flow.result && (
        <div className="row pk-flow__cancel">
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void cancel()}>
            {flow.stage === 'copying' ? t('flow.cancelCopy') : t('flow.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
