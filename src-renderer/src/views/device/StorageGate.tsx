import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import type { SimAction, SimDeviceView } from '../../../../src-main/shared/contract/sim.ts';
import { errorText } from '../../api/client.ts';
import { station } from '../../api/station.ts';
import { useSettings } from '../../stores/settings.ts';
import { useSim } from '../../stores/sim.ts';

/** In training mode, the move that shows this simulated device's storage, if it has one now. */
function simMove(
  device: DeviceView,
  simDevices: SimDeviceView[],
): { simId: string; action: SimAction; label: 'gate.simUnlock' | 'gate.simChord' } | null {
  const sim = simDevices.find((s) => s.deviceId === device.id);
  if (!sim?.plugged) return null;
  const phase = sim.state.phase;
  if (phase === 'desktop') return { simId: sim.simId, action: 'unlock', label: 'gate.simUnlock' };
  if (typeof phase === 'string' && phase.startsWith('oobe')) {
    return { simId: sim.simId, action: 'volume-down-power', label: 'gate.simChord' };
  }
  return null;
}

/** Why the device's files cannot be shown right now, and what to do about it. Updates by itself. */
export function StorageGate({ device: d }: { device: DeviceView }) {
  const { t } = useTranslation('device');
  const simDevices = useSim((s) => s.devices);
  const act = useSim((s) => s.act);
  const [retryError, setRetryError] = useState<string | null>(null);
  const takeOver = useSettings((s) => s.settings.takeOverDevices);
  const updateSettings = useSettings((s) => s.update);

  if (!d.present) {
    return (
      <div className="gate gate--gone" role="status">
        <h4>{t('gate.gone')}</h4>
        <p>{t('gate.goneHelp')}</p>
      </div>
    );
  }
  if (d.storageState === 'no-storage-yet') {
    const move = simMove(d, simDevices);
    return (
      <div className="gate gate--todo" role="status">
        <h4>{t('gate.locked')}</h4>
        <p>{t('gate.lockedHelp')}</p>
        <ul>
          <li>
            <Trans t={t} i18nKey="gate.lockedSignIn" components={[<strong key="when" />]} />
          </li>
          <li>
            <Trans
              t={t}
              i18nKey="gate.lockedSetup"
              components={[<strong key="when" />, <kbd key="volume" />, <kbd key="power" />]}
            />
          </li>
        </ul>
        <p>{t('gate.lockedThen')}</p>
        {move && (
          <button type="button" className="btn btn--secondary" onClick={() => void act(move.simId, move.action)}>
            {t(move.label)}
          </button>
        )}
      </div>
    );
  }
  if (d.storageState === 'checking') {
    return (
      <div className="gate" role="status">
        <h4>{t('gate.checking')}</h4>
        <p>{t('gate.checkingHelp')}</p>
      </div>
    );
  }
  if (d.storageState === 'unreachable') {
    const retry = async () => {
      try {
        setRetryError(null);
        await station().call('refreshDevice', { deviceId: d.id });
      } catch (error) {
        setRetryError(errorText(error).message);
      }
    };
    return (
      <div className="gate gate--attention" role="status">
        <h4>{t('gate.unreachable')}</h4>
        {d.storageProblem ? (
          <>
            <p>{d.storageProblem.why}</p>
            <p>
              <Trans
                t={t}
                i18nKey="gate.whatToDo"
                values={{ fix: d.storageProblem.fix }}
                components={[<strong key="label" />]}
              />
            </p>
            <p className="gate-fallback">{d.storageProblem.fallback.text}</p>
            {d.storageProblem.reason === 'other-program' && !takeOver && (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => void updateSettings({ takeOverDevices: true }).then(retry)}
              >
                {t('gate.takeOver')}
              </button>
            )}
          </>
        ) : (
          <p>{t('gate.unreachableHelp')}</p>
        )}
        <button type="button" className="btn btn--secondary" onClick={() => void retry()}>
          {t('gate.retry')}
        </button>
        {retryError && <p className="form-error">{retryError}</p>}
      </div>
    );
  }
  return (
    <div className="gate" role="status">
      <h4>{t('gate.noFiles')}</h4>
      <p>{d.mode === 'flashing' ? t('gate.noFilesFlashing') : t('gate.noFilesOther')}</p>
    </div>
  );
}
