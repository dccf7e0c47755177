import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { useDevices } from './stores/devices.ts';
import { useNav, VIEWS } from './stores/nav.ts';
import { BatchNotice } from './views/batch/BatchNotice.tsx';
import { Screen } from './views/screens.tsx';
import { TrainingPanel } from './components/TrainingPanel.tsx';
import { useSim } from './stores/sim.ts';
import { TechnicianField } from './components/TechnicianField.tsx';

function StatusBar() {
  const bus = useDevices((s) => s.bus);
  const sim = useSim((s) => s.enabled);
  const { t } = useTranslation('shell');
  return (
    <div className="status" role="status" aria-label={t('status.label')}>
      <span className={`dot ${bus?.usb.available ? 'dot--ok' : 'dot--off'}`} aria-hidden="true" />
      <span>{bus ? bus.usb.detail : t('status.connecting')}</span>
      {sim && <span className="pill pill--sim">{t('status.training')}</span>}
    </div>
  );
}

function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { t } = useTranslation('shell');
  const view = useNav((s) => s.view);
  const deviceId = useNav((s) => s.deviceId);
  const go = useNav((s) => s.go);
  const main = useRef<HTMLElement>(null);
  const tab = VIEWS.find((v) => v.id === view)?.tabOf ?? view;
  return (
    <div className="app">
      {/* Moves focus without touching the address: the address holds the screen (route.ts). */}
      <a className="skip" href="#main" onClick={skipToMain}>
        {t('skip')}
      </a>
      <header className="topbar">
        <h1 className="brand" translate="no">
          HoloBench
        </h1>
        <nav aria-label={t('nav.label')}>
          <ul className="tabs">
            {VIEWS.filter((v) => !v.hidden).map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  className="tab"
                  aria-current={tab === v.id ? 'page' : undefined}
                  onClick={() => go(v.id)}
                >
                  {t(v.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <TechnicianField />
        <LanguageSwitch />
        <StatusBar />
      </header>
      <div className="layout">
        <main id="main" tabIndex={-1} ref={main}>
          <BatchNotice />
          <Screen view={view} routeKey={`${view}|${deviceId ?? ''}`} region={main} />
        </main>
        <TrainingPanel />
      </div>
    </div>
  );
}
