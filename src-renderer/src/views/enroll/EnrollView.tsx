import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../../components/focus.ts';
import { DevicePicker, deviceName } from '../../components/DevicePicker.tsx';
import { StepLabel, stepState } from '../../components/StepLabel.tsx';
import { useDevices } from '../../stores/devices.ts';
import { useEnrollment, type WizardStage } from '../../stores/enrollment.ts';
import { useNav } from '../../stores/nav.ts';
import { DoneStep } from './DoneStep.tsx';
import { FactsStep } from './FactsStep.tsx';
import { PlanStep } from './PlanStep.tsx';
import { RunStep } from './RunStep.tsx';
import { ScenarioStep } from './ScenarioStep.tsx';

/** The wizard's stages in order; each is named by enroll:progress.<id>. */
const STAGES: readonly WizardStage[] = ['scenario', 'facts', 'plan', 'run', 'done'];

function Progress({ stage }: { stage: WizardStage }) {
  const at = STAGES.indexOf(stage);
  const { t } = useTranslation('enroll');
  return (
    <ol className="wizard-progress" aria-label={t('progress.label')}>
      {STAGES.map((s, i) => {
        const state = stepState(i, at);
        return (
          <li
            key={s}
            className={state === 'todo' ? '' : `wizard-progress__${state}`}
            aria-current={state === 'now' ? 'step' : undefined}
          >
            <StepLabel state={state} number={i + 1}>
              {t(`progress.${s}`)}
            </StepLabel>
          </li>
        );
      })}
    </ol>
  );
}

/** The enrollment wizard for one device: deployment, facts, plan (with the unenroll cost), steps, result. */
export function EnrollView() {
  const navDevice = useNav((s) => s.deviceId);
  const { deviceId, stage, error, begin, selectDevice } = useEnrollment();
  const device = useDevices((s) => (deviceId ? s.byId[deviceId] : undefined));
  const { t } = useTranslation('enroll');

  useEffect(() => {
    if (navDevice !== null && navDevice !== useEnrollment.getState().deviceId) void begin(navDevice);
  }, [navDevice, begin]);

  const stageRegion = useRef<HTMLDivElement>(null);
  useFocusOnChange(stage, stageRegion, 'h3');
  const choosing = stage === 'scenario' || stage === 'facts' || stage === 'plan';
  return (
    <section aria-labelledby="enroll-title" className="view enroll">
      <div className="view__head">
        <h2 id="enroll-title">{t('title')}</h2>
        {!choosing && device && <p className="device-chip">{deviceName(device)}</p>}
      </div>
      {choosing && (
        <DevicePicker
          value={deviceId}
          onChange={(id) => void selectDevice(id)}
          noneLabel={t('picker.none')}
          label={t('picker.label')}
        />
      )}
      <Progress stage={stage} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div ref={stageRegion}>
        {stage === 'scenario' && <ScenarioStep />}
        {stage === 'facts' && <FactsStep />}
        {stage === 'plan' && <PlanStep />}
        {stage === 'run' && <RunStep />}
        {stage === 'done' && <DoneStep />}
      </div>
    </section>
  );
}
