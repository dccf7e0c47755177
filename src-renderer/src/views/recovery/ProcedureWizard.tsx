import type { RecoveryProcedure, RecoveryStep } from '../../../../src-main/shared/contract/enrollment.ts';
import { StepList } from '../../components/coach/StepList.tsx';
import { StepPanel } from '../../components/coach/StepPanel.tsx';
import { Completion } from '../../components/coach/Completion.tsx';
import { useRecovery, type Observation } from '../../stores/recovery.ts';
import { useSim } from '../../stores/sim.ts';
import { simMoveFor } from './sim-moves.ts';

function expectationText(step: RecoveryStep, port: string): string | null {
  const e = step.busExpectation;
  if (!e) return null;
  if (e.kind === 'device-gone') return `The station moves on by itself when the device leaves port ${port}.`;
  return e.mode === 'flashing'
    ? `The station moves on by itself when it sees the device in flashing mode on port ${port}.`
    : `The station moves on by itself when it sees the device running on port ${port}.`;
}

/** What the station last saw on the followed port, in words. */
function describeObservation(seen: Observation, portPath: string): string {
  if (!seen.present) return `Nothing on port ${portPath} right now.`;
  const mode = seen.mode === 'flashing' ? 'in flashing mode' : seen.mode === 'normal' ? 'running normally' : '';
  return `A device is on port ${portPath}${mode ? `, ${mode}` : ''}.`;
}

/** Training mode: lets the simulator do the step (press the buttons, pull the cable). */
function DoItForMe({ step }: { step: RecoveryStep }) {
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
      <span className="pill pill--sim">Training</span>
      <button type="button" className="btn btn--secondary" onClick={() => void run()}>
        Do it for me (simulated device)
      </button>
    </div>
  );
}

/** The full introduction before the first step; afterwards only the title, so the step stays on screen. */
function Header({ p, compact }: { p: RecoveryProcedure; compact: boolean }) {
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
          <strong>Erases everything on the device.</strong> Cloud records (Intune, Entra, Autopilot) stay: see Reset for
          reuse.
        </p>
      )}
      {p.requirements.length > 0 && (
        <div className="panel">
          <h4>You need</h4>
          <ul className="checks">
            {p.requirements.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      )}
      {p.unverified && <p className="muted">Note: {p.unverified}</p>}
    </header>
  );
}

export function ProcedureWizard({ p }: { p: RecoveryProcedure }) {
  const { stepIndex, confirmed, followed, lastSeen, announcement, goToStep, markDone, close } = useRecovery();
  const step = p.steps[stepIndex];
  const finished = stepIndex >= p.steps.length;
  const done = Object.fromEntries(
    Object.entries(confirmed).map(([id, by]) => [id, by === 'bus' ? 'seen by the station' : 'on your word']),
  );
  return (
    <div className="wizard-page procedure">
      <Header p={p} compact={stepIndex > 0} />
      <p className="bus-status" role="status" aria-live="polite">
        {followed
          ? `Following the device on port ${followed.portPath}. ${lastSeen ? describeObservation(lastSeen, followed.portPath) : ''}`
          : 'Pick the device above and the station will confirm the steps it can see on USB.'}
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
              doneBy={confirmed[step.id] === 'bus' ? 'Seen by the station' : 'On your word'}
              onDoneChange={(isDone) => markDone(step.id, isDone)}
            >
              {followed && expectationText(step, followed.portPath) && (
                <p className="step__bus">{expectationText(step, followed.portPath)}</p>
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
              Back
            </button>
            {!finished && (
              <button type="button" className="btn btn--primary" onClick={() => goToStep(stepIndex + 1)}>
                {stepIndex === p.steps.length - 1 ? 'Finish' : 'Next step'}
              </button>
            )}
            <button type="button" className="btn btn--small" onClick={close}>
              Choose another procedure
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
