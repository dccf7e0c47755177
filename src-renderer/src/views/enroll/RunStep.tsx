import { useTranslation } from 'react-i18next';
import { StepList } from '../../components/coach/StepList.tsx';
import { StepPanel } from '../../components/coach/StepPanel.tsx';
import type { Step } from '../../../../src-main/shared/contract/enrollment.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { useSim } from '../../stores/sim.ts';
import { enrollmentSimMoveFor } from './sim-moves.ts';

/** Training mode: lets the simulator do the step on the device (press the buttons, accept the package). */
function DoItForMe({ step, portPath }: { step: Step; portPath: string | null }) {
  const sims = useSim((s) => s.devices);
  const { act, replug, unplug } = useSim();
  const sim = portPath ? sims.find((d) => d.portPath === portPath) : undefined;
  const move = sim ? enrollmentSimMoveFor(step.id, sim) : null;
  const { t } = useTranslation('enroll');
  if (!sim || !move) return null;
  const run = () =>
    move.kind === 'unplug' ? unplug(sim.simId) : move.kind === 'plug' ? replug(sim.simId) : act(sim.simId, move.action);
  return (
    <div className="training-move">
      <span className="pill pill--sim">{t('run.training')}</span>
      <button type="button" className="btn btn--secondary" onClick={() => void run()}>
        {t('run.doItForMe')}
      </button>
    </div>
  );
}

/** The step runner: one step at a time, each tick recorded in the ledger, then the result. */
export function RunStep() {
  const { plan, run, stepIndex, goToStep, toggleStep, finish, busy } = useEnrollment();
  const { t } = useTranslation('enroll');
  if (!plan || !run) return null;
  const step = plan.steps[stepIndex];
  if (!step) return null;
  const ticks = new Map(run.steps.map((s) => [s.id, s]));
  const last = stepIndex === plan.steps.length - 1;
  const model = run.model === 'hololens1' || run.model === 'hololens2' ? run.model : null;
  return (
    <div className="runner">
      <StepList
        steps={plan.steps}
        current={stepIndex}
        done={Object.fromEntries(run.steps.filter((x) => x.done).map((x) => [x.id, '']))}
        onGo={goToStep}
      />
      <div className="runner__main">
        <StepPanel
          step={step}
          model={model}
          index={stepIndex}
          total={plan.steps.length}
          done={ticks.get(step.id)?.done ?? false}
          onDoneChange={(done) => void toggleStep(step.id, done)}
        />
        <DoItForMe step={step} portPath={run.portPath} />
        <div className="wizard-nav">
          <button
            type="button"
            className="btn btn--secondary"
            disabled={stepIndex === 0}
            onClick={() => goToStep(stepIndex - 1)}
          >
            {t('run.back')}
          </button>
          {!last && (
            <button type="button" className="btn btn--primary" onClick={() => goToStep(stepIndex + 1)}>
              {t('run.next')}
            </button>
          )}
        </div>
        {last && (
          <section className="finish" aria-labelledby="finish-title">
            <h3 id="finish-title">{t('run.finishTitle')}</h3>
            <p className="muted">{t('run.finishHint')}</p>
            <div className="row">
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy}
                onClick={() => void finish('enrolled')}
              >
                {t('run.enrolled')}
              </button>
              <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void finish('failed')}>
                {t('run.failed')}
              </button>
              <button
                type="button"
                className="btn btn--secondary"
                disabled={busy}
                onClick={() => void finish('abandoned')}
              >
                {t('run.abandoned')}
              </button>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
