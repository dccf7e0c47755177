import { useEffect, useRef } from 'react';
import { useFocusOnChange } from '../../components/focus.ts';
import { DevicePicker, deviceName } from '../../components/DevicePicker.tsx';
import { useDevices } from '../../stores/devices.ts';
import { useEnrollment, type WizardStage } from '../../stores/enrollment.ts';
import { useNav } from '../../stores/nav.ts';
import { DoneStep } from './DoneStep.tsx';
import { FactsStep } from './FactsStep.tsx';
import { PlanStep } from './PlanStep.tsx';
import { RunStep } from './RunStep.tsx';
import { ScenarioStep } from './ScenarioStep.tsx';

const STAGES: { id: WizardStage; label: string }[] = [
  { id: 'scenario', label: 'Deployment' },
  { id: 'facts', label: 'Facts' },
  { id: 'plan', label: 'Plan' },
  { id: 'run', label: 'Steps' },
  { id: 'done', label: 'Result' },
];

function Progress({ stage }: { stage: WizardStage }) {
  const at = STAGES.findIndex((s) => s.id === stage);
  return (
    <ol className="wizard-progress" aria-label="Enrollment wizard">
      {STAGES.map((s, i) => (
        <li
          key={s.id}
          className={i < at ? 'wizard-progress__done' : i === at ? 'wizard-progress__now' : ''}
          aria-current={i === at ? 'step' : undefined}
        >
          <span aria-hidden="true">{i + 1}</span> {s.label}
        </li>
      ))}
    </ol>
  );
}

/** The enrollment wizard for one device: deployment, facts, plan (with the unenroll cost), steps, result. */
export function EnrollView() {
  const navDevice = useNav((s) => s.deviceId);
  const { deviceId, stage, error, begin, selectDevice } = useEnrollment();
  const device = useDevices((s) => (deviceId ? s.byId[deviceId] : undefined));

  useEffect(() => {
    if (navDevice !== null && navDevice !== useEnrollment.getState().deviceId) void begin(navDevice);
  }, [navDevice, begin]);

  const stageRegion = useRef<HTMLDivElement>(null);
  useFocusOnChange(stage, stageRegion, 'h3');
  const choosing = stage === 'scenario' || stage === 'facts' || stage === 'plan';
  return (
    <section aria-labelledby="enroll-title" className="view enroll">
      <div className="view__head">
        <h2 id="enroll-title">Enroll in device management</h2>
        {!choosing && device && <p className="device-chip">{deviceName(device)}</p>}
      </div>
      {choosing && (
        <DevicePicker
          value={deviceId}
          onChange={(id) => void selectDevice(id)}
          noneLabel="No device: just show me the plan"
          label="Which HoloLens?"
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
