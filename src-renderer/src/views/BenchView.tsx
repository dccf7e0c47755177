import { useTranslation } from 'react-i18next';
import { useDevices, sortedDevices } from '../stores/devices.ts';
import { useSim } from '../stores/sim.ts';
import { DeviceCard } from '../components/DeviceCard.tsx';

export function BenchView() {
  const byId = useDevices((s) => s.byId);
  const bus = useDevices((s) => s.bus);
  const loaded = useDevices((s) => s.loaded);
  const loadError = useDevices((s) => s.loadError);
  const clearGone = useDevices((s) => s.clearGone);
  const simEnabled = useSim((s) => s.enabled);
  const enableSim = useSim((s) => s.enable);
  const { t } = useTranslation('bench');
  const devices = sortedDevices(byId);
  const present = devices.filter((d) => d.present);
  const gone = devices.length - present.length;

  // Until the station has listed its devices the bench claims nothing: no count, no "none connected".
  const count = !loaded
    ? t('waiting')
    : gone > 0
      ? t('count.connectedGone', { count: present.length, gone })
      : t('count.connected', { count: present.length });

  return (
    <section aria-labelledby="bench-title" aria-busy={!loaded} className="view">
      <div className="view__head">
        <h2 id="bench-title">{t('title')}</h2>
        <p className="muted" aria-live="polite">
          {count}
        </p>
        {gone > 0 && (
          <button type="button" className="btn btn--secondary" onClick={clearGone}>
            {t('clearGone')}
          </button>
        )}
      </div>
      {loadError !== null && (
        <p className="form-error" role="alert">
          {t('loadFailed', { message: loadError })}
        </p>
      )}
      {loaded && loadError === null && present.length === 0 && (
        <div className="empty" role="status">
          <h3>{t('empty.title')}</h3>
          <p>{bus && !bus.usb.available ? t('empty.noBus', { detail: bus.usb.detail }) : t('empty.plug')}</p>
          {!simEnabled && (
            <>
              <p>{t('empty.training')}</p>
              <button type="button" className="btn btn--primary" onClick={() => void enableSim(true)}>
                {t('empty.startTraining')}
              </button>
            </>
          )}
          {simEnabled && <p>{t('empty.trainingOn')}</p>}
        </div>
      )}
      <div className="cards">
        {devices.map((d) => (
          <DeviceCard key={d.id} device={d} />
        ))}
      </div>
    </section>
  );
}
