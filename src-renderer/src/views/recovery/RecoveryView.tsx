import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicePicker } from '../../components/DevicePicker.tsx';
import { useDevices } from '../../stores/devices.ts';
import { useNav } from '../../stores/nav.ts';
import { currentProcedure, useRecovery, type RecoveryTab } from '../../stores/recovery.ts';
import { ProcedureList } from './ProcedureList.tsx';
import { ProcedureWizard } from './ProcedureWizard.tsx';
import { ReuseChecklist } from './ReuseChecklist.tsx';
import { UnenrollPanel } from './UnenrollPanel.tsx';

const TABS: readonly RecoveryTab[] = ['procedures', 'reuse', 'unenroll'];

/** Recovery per model, the reset-for-reuse checklist and the unenroll flow, following one device on the bench. */
export function RecoveryView() {
  const { t, i18n } = useTranslation('recovery');
  const navDevice = useNav((s) => s.deviceId);
  const byId = useDevices((s) => s.byId);
  const { loaded, error, tab, setTab, followed, follow, load } = useRecovery();
  const procedure = useRecovery(currentProcedure);

  // The station words the procedures: fetched again when the language changes.
  useEffect(() => {
    void load(i18n.language);
  }, [load, i18n.language]);
  useEffect(() => {
    if (navDevice === null || navDevice === useRecovery.getState().followed?.deviceId) return;
    const devices = useDevices.getState().byId;
    follow(devices[navDevice] ?? null, devices);
  }, [navDevice, follow]);

  return (
    <section aria-labelledby="recovery-title" className="view recovery">
      <div className="view__head">
        <h2 id="recovery-title">{t('title')}</h2>
      </div>
      <DevicePicker
        value={followed?.deviceId ?? null}
        onChange={(id) => follow(id ? (byId[id] ?? null) : null, byId)}
        noneLabel={t('picker.none')}
        label={t('picker.label')}
      />
      <div className="subnav" role="group" aria-label={t('sections.label')}>
        {TABS.map((id) => (
          <button key={id} type="button" className="tab" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {t(`section.${id}`)}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!loaded && <p className="muted">{t('loading')}</p>}
      {loaded && tab === 'procedures' && (procedure ? <ProcedureWizard p={procedure} /> : <ProcedureList />)}
      {loaded && tab === 'reuse' && <ReuseChecklist />}
      {tab === 'unenroll' && <UnenrollPanel />}
    </section>
  );
}
