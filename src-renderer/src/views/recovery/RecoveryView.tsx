import { useEffect } from 'react';
import { DevicePicker } from '../../components/DevicePicker.tsx';
import { useDevices } from '../../stores/devices.ts';
import { useNav } from '../../stores/nav.ts';
import { currentProcedure, useRecovery, type RecoveryTab } from '../../stores/recovery.ts';
import { ProcedureList } from './ProcedureList.tsx';
import { ProcedureWizard } from './ProcedureWizard.tsx';
import { ReuseChecklist } from './ReuseChecklist.tsx';
import { UnenrollPanel } from './UnenrollPanel.tsx';

const TABS: { id: RecoveryTab; label: string }[] = [
  { id: 'procedures', label: 'Restart, reset, reflash' },
  { id: 'reuse', label: 'Reset for reuse' },
  { id: 'unenroll', label: 'Unenroll' },
];

/** Recovery per model, the reset-for-reuse checklist and the unenroll flow, following one device on the bench. */
export function RecoveryView() {
  const navDevice = useNav((s) => s.deviceId);
  const byId = useDevices((s) => s.byId);
  const { loaded, error, tab, setTab, followed, follow, load } = useRecovery();
  const procedure = useRecovery(currentProcedure);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (navDevice === null || navDevice === useRecovery.getState().followed?.deviceId) return;
    const devices = useDevices.getState().byId;
    follow(devices[navDevice] ?? null, devices);
  }, [navDevice, follow]);

  return (
    <section aria-labelledby="recovery-title" className="view recovery">
      <div className="view__head">
        <h2 id="recovery-title">Recovery, reset and unenroll</h2>
      </div>
      <DevicePicker
        value={followed?.deviceId ?? null}
        onChange={(id) => follow(id ? (byId[id] ?? null) : null, byId)}
        noneLabel="No device: just show me the steps"
        label="Which HoloLens?"
      />
      <div className="subnav" role="group" aria-label="Recovery sections">
        {TABS.map((t) => (
          <button key={t.id} type="button" className="tab" aria-pressed={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!loaded && <p className="muted">Loading…</p>}
      {loaded && tab === 'procedures' && (procedure ? <ProcedureWizard p={procedure} /> : <ProcedureList />)}
      {loaded && tab === 'reuse' && <ReuseChecklist />}
      {tab === 'unenroll' && <UnenrollPanel />}
    </section>
  );
}
