import { useNav } from '../../stores/nav.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { SCENARIOS } from './scenarios.ts';

const RESULTS = { enrolled: 'enrolled', failed: 'failed', abandoned: 'stopped' } as const;

/** A device enrolled before is a reuse: its old cloud records get in the way (0x80180014). */
function EarlierRuns() {
  const history = useEnrollment((s) => s.history);
  const finished = history.filter((r) => r.result !== null);
  if (finished.length === 0) return null;
  return (
    <section className="panel panel--warn" aria-labelledby="history-title">
      <h4 id="history-title">This device was enrolled here before</h4>
      <ul className="checks">
        {finished.slice(0, 3).map((r) => (
          <li key={r.id}>
            {(r.finishedAt ?? r.startedAt).slice(0, 10)}: {r.path}, {r.result ? RESULTS[r.result] : ''}
            {r.technician ? `, by ${r.technician}` : ''}
          </li>
        ))}
      </ul>
      <p>
        If it goes to someone else now, clean up its old Intune (and Autopilot or Entra) records first: Recovery &gt;
        Reset for reuse. Otherwise setup can fail with 0x80180014.
      </p>
    </section>
  );
}

/**
 * The station can see the device already finished setup: enrolling during setup (Autopilot, Entra join at setup)
 * needs a reset first. Said before any question, with the way to Recovery, so the tech is not led to a dead end.
 */
function AlreadySetUp() {
  const setUp = useEnrollment((s) => s.known?.facts.deviceState === 'set-up');
  const deviceId = useEnrollment((s) => s.deviceId);
  const go = useNav((s) => s.go);
  if (!setUp || !deviceId) return null;
  return (
    <section className="panel panel--warn" aria-labelledby="set-up-title">
      <h4 id="set-up-title">This HoloLens has already finished setup</h4>
      <p>
        Autopilot and joining Entra during setup only work on a device at its first setup screen. Reset it first (it
        erases the device), or pick one user for a proof of concept: that joins from Settings, no reset needed.
      </p>
      <button type="button" className="btn btn--secondary" onClick={() => go('recovery', deviceId)}>
        Reset it in Recovery
      </button>
    </section>
  );
}

export function ScenarioStep() {
  const choose = useEnrollment((s) => s.chooseScenario);
  const current = useEnrollment((s) => s.scenario);
  return (
    <div className="wizard-page">
      <AlreadySetUp />
      <EarlierRuns />
      <h3 className="wizard-page__title">What kind of deployment is this?</h3>
      <p className="muted">Pick the closest one. You can change the details on the next page.</p>
      <ul className="scenarios">
        {SCENARIOS.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`scenario ${s.id === 'custom' ? 'scenario--other' : ''}`}
              aria-pressed={current === s.id}
              onClick={() => choose(s.id)}
            >
              <span className="scenario__title">{s.title}</span>
              <span className="scenario__detail">{s.detail}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
