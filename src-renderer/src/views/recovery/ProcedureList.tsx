import { useTranslation } from 'react-i18next';
import { useRecovery, type RecoveryModel } from '../../stores/recovery.ts';

const MODELS: readonly RecoveryModel[] = ['hololens2', 'hololens1'];

/** The procedures for one model, mildest first, each saying when to use it and whether it erases the device. */
export function ProcedureList() {
  const { t } = useTranslation('recovery');
  const { procedures, model, setModel, open } = useRecovery();
  const list = procedures.filter((p) => p.model === model);
  return (
    <div className="wizard-page">
      <div className="row" role="group" aria-label={t('list.model')}>
        {MODELS.map((m) => (
          <button
            key={m}
            type="button"
            className="btn btn--secondary"
            aria-pressed={model === m}
            onClick={() => setModel(m)}
          >
            {t(`model.${m}`)}
          </button>
        ))}
      </div>
      <h3 className="wizard-page__title">{t('list.question')}</h3>
      <ul className="procedures">
        {list.map((p) => (
          <li key={p.id}>
            <button type="button" className="scenario" onClick={() => open(p.id)}>
              <span className="scenario__title">{p.title}</span>
              <span className="scenario__detail">{p.whenToUse}</span>
              <span className="scenario__tags">
                <span className={`pill ${p.erasesDevice ? 'pill--erase' : 'pill--keep'}`}>
                  {p.erasesDevice ? t('list.erases') : t('list.keeps')}
                </span>
                {p.tool && <span className="pill">{p.tool}</span>}
                <span className="pill">{t('list.steps', { count: p.steps.length })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
