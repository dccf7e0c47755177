import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n.ts';
import { useNav } from '../../stores/nav.ts';
import { useEnrollment } from '../../stores/enrollment.ts';
import { SCENARIOS } from './scenarios.ts';

/** A device enrolled before is a reuse: its old cloud records get in the way (0x80180014). */
function EarlierRuns() {
  const history = useEnrollment((s) => s.history);
  const { t } = useTranslation('enroll');
  const format = useFormat();
  const finished = history.filter((r) => r.result !== null);
  if (finished.length === 0) return null;
  return (
    <section className="panel panel--warn" aria-labelledby="history-title">
      <h4 id="history-title">{t('history.title')}</h4>
      <ul className="checks">
        {finished.slice(0, 3).map((r) => {
          const params = {
            date: format.when(r.finishedAt ?? r.startedAt, { dateStyle: 'medium' }),
            path: r.path,
            result: r.result ? t(`history.${r.result}`) : '',
            technician: r.technician,
          };
          return <li key={r.id}>{r.technician ? t('history.itemBy', params) : t('history.item', params)}</li>;
        })}
      </ul>
      <p>{t('history.advice')}</p>
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
  const { t } = useTranslation('enroll');
  if (!setUp || !deviceId) return null;
  return (
    <section className="panel panel--warn" aria-labelledby="set-up-title">
      <h4 id="set-up-title">{t('setUp.title')}</h4>
      <p>{t('setUp.text')}</p>
      <button type="button" className="btn btn--secondary" onClick={() => go('recovery', deviceId)}>
        {t('setUp.recovery')}
      </button>
    </section>
  );
}

export function ScenarioStep() {
  const choose = useEnrollment((s) => s.chooseScenario);
  const current = useEnrollment((s) => s.scenario);
  const { t } = useTranslation('enroll');
  return (
    <div className="wizard-page">
      <AlreadySetUp />
      <EarlierRuns />
      <h3 className="wizard-page__title">{t('scenario.title')}</h3>
      <p className="muted">{t('scenario.hint')}</p>
      <ul className="scenarios">
        {SCENARIOS.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`scenario ${s.id === 'custom' ? 'scenario--other' : ''}`}
              aria-pressed={current === s.id}
              onClick={() => choose(s.id)}
            >
              <span className="scenario__title">{t(`scenario.${s.id}.title`)}</span>
              <span className="scenario__detail">{t(`scenario.${s.id}.detail`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
