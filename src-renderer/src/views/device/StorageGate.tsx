import { useState } from 'react';
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
): { simId: string; action: SimAction; label: string } | null {
  const sim = simDevices.find((s) => s.deviceId === device.id);
  if (!sim?.plugged) return null;
  const phase = sim.state.phase;
  if (phase === 'desktop') return { simId: sim.simId, action: 'unlock', label: 'Sign in for me (simulated device)' };
  if (typeof phase === 'string' && phase.startsWith('oobe')) {
    return {
      simId: sim.simId,
      action: 'volume-down-power',
      label: 'Press Volume Down + Power for me (simulated device)',
    };
  }
  return null;
}

/** Why the device's files cannot be shown right now, and what to do about it. Updates by itself. */
export function StorageGate({ device: d }: { device: DeviceView }) {
  const simDevices = useSim((s) => s.devices);
  const act = useSim((s) => s.act);
  const [retryError, setRetryError] = useState<string | null>(null);
  const takeOver = useSettings((s) => s.settings.takeOverDevices);
  const updateSettings = useSettings((s) => s.update);

  if (!d.present) {
    return (
      <div className="gate gate--gone" role="status">
        <h4>The device is unplugged</h4>
        <p>Plug the cable back in. This page carries on by itself when the device is back.</p>
      </div>
    );
  }
  if (d.storageState === 'no-storage-yet') {
    const move = simMove(d, simDevices);
    return (
      <div className="gate gate--todo" role="status">
        <h4>Unlock the device or reach the setup page</h4>
        <p>The device hides its files until someone signs in, or until it shows the setup page. Do one of these:</p>
        <ul>
          <li>
            <strong>It shows a sign-in or lock screen, or it is asleep:</strong> put it on, press Power once to wake it,
            and sign in.
          </li>
          <li>
            <strong>It shows the first setup page</strong> (after a reset or out of the box): press{' '}
            <kbd>Volume Down</kbd> and <kbd>Power</kbd> together once, then let go.
          </li>
        </ul>
        <p>Its files appear here by themselves a moment later.</p>
        {move && (
          <button type="button" className="btn btn--secondary" onClick={() => void act(move.simId, move.action)}>
            {move.label}
          </button>
        )}
      </div>
    );
  }
  if (d.storageState === 'checking') {
    return (
      <div className="gate" role="status">
        <h4>Opening the device…</h4>
        <p>Reading the device over USB. Its files show in a moment.</p>
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
        <h4>The station cannot open the device&apos;s files</h4>
        {d.storageProblem ? (
          <>
            <p>{d.storageProblem.why}</p>
            <p>
              <strong>What to do:</strong> {d.storageProblem.fix}
            </p>
            <p className="gate-fallback">{d.storageProblem.fallback.text}</p>
            {d.storageProblem.reason === 'other-program' && !takeOver && (
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => void updateSettings({ takeOverDevices: true }).then(retry)}
              >
                Take devices from other programs (disconnects them)
              </button>
            )}
          </>
        ) : (
          <p>Another program may be using the device: close it. Or unplug the cable and plug it back in.</p>
        )}
        <button type="button" className="btn btn--secondary" onClick={() => void retry()}>
          Try again
        </button>
        {retryError && <p className="form-error">{retryError}</p>}
      </div>
    );
  }
  return (
    <div className="gate" role="status">
      <h4>No files over USB</h4>
      <p>
        {d.mode === 'flashing'
          ? 'In flashing mode the device offers no files. Restart it normally to browse them.'
          : 'This device does not offer file transfer over USB.'}
      </p>
    </div>
  );
}
