import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RecoveryProcedure, RecoveryStep } from '../../../../src-main/shared/contract/enrollment.ts';
import { StepList } from '../../components/coach/StepList.tsx';
import { StepPanel } from '../../components/coach/StepPanel.tsx';
import { Completion } from '../../components/coach/Completion.tsx';
import { useRecovery, type Observation } from '../../stores/recovery.ts';
import { useSim } from '../../stores/sim.ts';
import { simMoveFor } from './sim-moves.ts';

function expectationText(t: TFunction<'recovery'>, step: RecoveryStep, port: string): string | null {
  const e = step.busExpectation;
  if (!e) return null;
  if (e.kind === 'device-gone') return t('wizard.expect.gone', { port });
  return e.mode === 'flashing' ? t('wizard.expect.flashing', { port }) : t('wizard.expect.normal', { port });
}

/** What the station last saw on the followed port, in words. */
function describeObservation(t: TFunction<'recovery'>, seen: Observation, port: string): string {
  if (!seen.present) return t('wizard.seen.nothing', { port });
  if (seen.mode === 'flashing') return t('wizard.seen.flashing', { port });
  return seen.mode === 'normal' ? t('wizard.seen.normal', { port }) : t('wizard.seen.other', { port });
}

/** Training mode: lets the simulator do the step (press the buttons, pull the cable). */
function DoItForMe({ step }: { step: RecoveryStep }) {
  const { t } = useTranslation('recovery');
  const followed = useRecovery((s) => s.followed);
  const sims = useSim((s) => s.devices);
  const { act, unplug, replug } = useSim();
  const sim = followed ? sims.find((d) => d.portPath === followed.portPath) : undefined;
  const move = sim ? simMoveFor(step.id, sim) : null;
  if (!sim || !move) return null;
  const run = () =>
    move.kind === 'unplug' ? unplug(sim.simId) : move.kind === 'plug' ? replug(sim.simId) : act(sim.simId, move.action);
  return (
    <div className="training-move">
      <span className="pill pill--sim">{t('wizard.training')}</span>
      <button type="button" className="btn btn--secondary" onClick={() => void run()}>
        {t('wizard.doItForMe')}
      </button>
    </div>
  );
}

/** The full introduction before the first step; afterwards only the title, so the step stays on screen. */
function Header({ p, compact }: { p: RecoveryProcedure; compact: boolean }) {
  const { t } = useTranslation('recovery');
  if (compact) {
    return (
      <header className="procedure__head">
        <h3 className="wizard-page__title">{p.title}</h3>
      </header>
    );
  }
  return (
    <header className="procedure__head">
      <h3 className="wizard-page__title">{p.title}</h3>
      <p>{p.whenToUse}</p>
      {p.erasesDevice && (
        <p className="panel panel--block">
          <Trans t={t} i18nKey="wizard.erases" components={[<strong key="erases" />]} />
        </p>
      )}
      {p.requirements.length > 0 && (
        <div className="panel">
          <h4>{t('wizard.needs')}</h4>
          <ul className="checks">
            {p.requirements.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      )}
      {p.unverified && <p className="muted">{t('wizard.note', { text: p.unverified })}</p>}
    </header>
  );
}

export function ProcedureWizard({ p }: { p: RecoveryProcedure }) {
  const { t } = useTranslation('recovery');
  const { stepIndex, confirmed, followed, lastSeen, announcement, goToStep, markDone, close } = useRecovery();
  const step = p.steps[stepIndex];
  const finished = stepIndex >= p.steps.length;
  const done = Object.fromEntries(
    Object.entries(confirmed).map(([id, by]) => [
      id,
      by === 'bus' ? t('wizard.byStationNote') : t('wizard.byTechNote'),
    ]),
  );
  return (
    <div className="wizard-page procedure">
      <Header p={p} compact={stepIndex > 0} />
      <p className="bus-status" role="status" aria-live="polite">
        {followed ? (
          <>
            {t('wizard.following', { port: followed.portPath })}
            {lastSeen && ` ${describeObservation(t, lastSeen, followed.portPath)}`}
          </>
        ) : (
          t('wizard.pick')
        )}
        {announcement && <strong className="bus-status__news"> {announcement}</strong>}
      </p>
      <div className="runner">
        <StepList steps={p.steps} current={stepIndex} done={done} onGo={goToStep} />
        <div className="runner__main">
          {step && (
            <StepPanel
              step={step}
              model={p.model}
              index={stepIndex}
              total={p.steps.length}
              done={confirmed[step.id] !== undefined}
              doneBy={confirmed[step.id] === 'bus' ? t('wizard.byStation') : t('wizard.byTech')}
              onDoneChange={(isDone) => markDone(step.id, isDone)}
            >
              {followed && expectationText(t, step, followed.portPath) && (
                <p className="step__bus">{expectationText(t, step, followed.portPath)}</p>
              )}
              <DoItForMe step={step} />
            </StepPanel>
          )}
          {finished && <Completion steps={p.steps} witness={confirmed} expectation={p.steps.at(-1)?.expect} />}
          <div className="wizard-nav">
            <button
              type="button"
              className="btn btn--secondary"
              disabled={stepIndex === 0}
              onClick={() => goToStep(stepIndex - 1)}
            >
              {t('wizard.back')}
            </button>
            {!finished && (
              <button type="button" className="btn btn--primary" onClick={() => goToStep(stepIndex + 1)}>
                {stepIndex === p.steps.length - 1 ? t('wizard.finish') : t('wizard.next')}
              </button>
            )}
            <button type="button" className="btn btn--small" onClick={close}>
              {t('wizard.another')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
