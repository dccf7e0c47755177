import { useRecovery, type RecoveryModel } from '../../stores/recovery.ts';

const MODELS: { id: RecoveryModel; label: string }[] = [
  { id: 'hololens2', label: 'HoloLens 2' },
  { id: 'hololens1', label: 'HoloLens (1st gen)' },
];

/** The procedures for one model, mildest first, each saying when to use it and whether it erases the device. */
export function ProcedureList() {
  const { procedures, model, setModel, open } = useRecovery();
  const list = procedures.filter((p) => p.model === model);
  return (
    <div className="wizard-page">
      <div className="row" role="group" aria-label="Model">
        {MODELS.map((m) => (
          <button
            key={m.id}
            type="button"
            className="btn btn--secondary"
            aria-pressed={model === m.id}
            onClick={() => setModel(m.id)}
          >
            {m.label}
          </button>
        ))}
      </div>
      <h3 className="wizard-page__title">What do you need to do?</h3>
      <ul className="procedures">
        {list.map((p) => (
          <li key={p.id}>
            <button type="button" className="scenario" onClick={() => open(p.id)}>
              <span className="scenario__title">{p.title}</span>
              <span className="scenario__detail">{p.whenToUse}</span>
              <span className="scenario__tags">
                <span className={`pill ${p.erasesDevice ? 'pill--erase' : 'pill--keep'}`}>
                  {p.erasesDevice ? 'Erases the device' : 'Keeps data'}
                </span>
                {p.tool && <span className="pill">{p.tool}</span>}
                <span className="pill">{p.steps.length} steps</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
