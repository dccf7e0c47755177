import { useState } from 'react';
import type { SimAction, SimPreset } from '../../../src-main/shared/contract/sim.ts';
import { useSim } from '../stores/sim.ts';

const PRESET_NAMES: Record<SimPreset, string> = {
  hl1: 'HoloLens (1st gen)',
  hl2: 'HoloLens 2',
  'hl2-oobe': 'HoloLens 2 at setup',
  'hl1-flashing': 'HoloLens 1 flashing',
  'hl2-flashing': 'HoloLens 2 flashing',
  'qualcomm-edl': 'Qualcomm download mode',
  'wmr-sensors': 'Mixed Reality headset',
  'other-ms': 'Other Microsoft device',
};

export const ACTION_NAMES: Record<SimAction, string> = {
  'press-power': 'Press Power',
  'hold-power-15s': 'Hold Power 15 s',
  'volume-down-power': 'Volume Down + Power',
  'power-volume-down': 'Power + Volume Down',
  'hard-restart': 'Hard restart',
  'enter-flashing-mode': 'Enter flashing mode',
  'accept-trust-prompt': 'Accept trust prompt',
  unlock: 'Sign in / unlock',
  lock: 'Lock',
  'finish-setup': 'Finish setup',
  reflash: 'Reflash (recovery tool)',
  reset: 'Reset from Settings',
};

/**
 * The buttons worth offering a simulated device in its state. Power + Volume Down is one chord on the headset: at the
 * first setup page it opens provisioning, once set up it collects diagnostics, so it is one button. A device that is
 * off or in flashing mode shows no screen, so nothing to sign in to or accept.
 */
export function quickActions(state: Record<string, unknown>): { action: SimAction; label: string }[] {
  if (state.power !== 'on' || state.mode !== 'normal') return [];
  const phase = typeof state.phase === 'string' ? state.phase : 'desktop';
  const chord: SimAction = phase === 'oobe-first-page' ? 'volume-down-power' : 'power-volume-down';
  const out: { action: SimAction; label: string }[] = [{ action: chord, label: 'Power + Volume Down' }];
  if (phase === 'oobe-trust-prompt')
    out.push({ action: 'accept-trust-prompt', label: ACTION_NAMES['accept-trust-prompt'] });
  if (phase === 'desktop') {
    out.push(state.locked ? { action: 'unlock', label: 'Sign in / unlock' } : { action: 'lock', label: 'Lock' });
  }
  return out;
}

const MORE_ACTIONS: SimAction[] = [
  'press-power',
  'hold-power-15s',
  'hard-restart',
  'enter-flashing-mode',
  'finish-setup',
  'reflash',
  'reset',
];

/** Training mode: plug and unplug simulated devices and press their buttons. */
const FOLD_KEY = 'holobench-training-folded';

function initiallyFolded(): boolean {
  try {
    return window.localStorage.getItem(FOLD_KEY) === '1';
  } catch {
    return false;
  }
}

export function TrainingPanel() {
  const { enabled, presets, devices, error, plug, unplug, replug, act, enable } = useSim();
  const [folded, setFolded] = useState(initiallyFolded);
  if (!enabled) return null;
  const fold = (on: boolean) => {
    setFolded(on);
    try {
      window.localStorage.setItem(FOLD_KEY, on ? '1' : '0');
    } catch {
      // No storage (private window): the panel just does not remember.
    }
  };
  const toggle = (
    <button
      type="button"
      className="btn btn--small"
      aria-expanded={!folded}
      aria-label={folded ? 'Show the training panel' : 'Hide the training panel'}
      aria-controls="training-body"
      onClick={() => fold(!folded)}
    >
      {folded ? 'Show' : 'Hide'}
    </button>
  );
  if (folded) {
    return (
      <aside className="training training--folded" aria-labelledby="training-title">
        <div className="training__head">
          {toggle}
          <h2 id="training-title">Training mode</h2>
        </div>
      </aside>
    );
  }
  return (
    <aside className="training" aria-labelledby="training-title">
      <div className="training__head">
        <h2 id="training-title">Training mode</h2>
        {toggle}
      </div>
      <div id="training-body" className="training__body">
        <button type="button" className="btn btn--small" onClick={() => void enable(false)}>
          Turn off training mode
        </button>
        <p className="muted">Simulated devices behave like real ones. Plug one in:</p>
        <div className="preset-grid">
          {presets.map((p) => (
            <button key={p} type="button" className="btn btn--secondary btn--small" onClick={() => void plug(p)}>
              + {PRESET_NAMES[p]}
            </button>
          ))}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <ul className="sim-list" aria-label="Simulated devices">
          {devices.map((d) => {
            const hololens = d.state.model !== 'other';
            return (
              <li key={d.simId} className="sim-item">
                <div className="sim-item__head">
                  <strong>{PRESET_NAMES[d.preset]}</strong> <span className="muted">port {d.portPath}</span>
                  {d.plugged ? (
                    <button type="button" className="btn btn--small" onClick={() => void unplug(d.simId)}>
                      Unplug
                    </button>
                  ) : (
                    <button type="button" className="btn btn--small" onClick={() => void replug(d.simId)}>
                      Plug back in
                    </button>
                  )}
                </div>
                {typeof d.state.lastMessage === 'string' && d.state.lastMessage && (
                  <p className="sim-item__msg">{d.state.lastMessage}</p>
                )}
                {hololens && d.plugged && (
                  <div className="sim-actions" role="group" aria-label={`Buttons of ${d.simId}`}>
                    {quickActions(d.state).map(({ action, label }) => (
                      <button
                        key={action}
                        type="button"
                        className="btn btn--tiny"
                        onClick={() => void act(d.simId, action)}
                      >
                        {label}
                      </button>
                    ))}
                    <details>
                      <summary>More</summary>
                      {MORE_ACTIONS.map((a) => (
                        <button key={a} type="button" className="btn btn--tiny" onClick={() => void act(d.simId, a)}>
                          {ACTION_NAMES[a]}
                        </button>
                      ))}
                    </details>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
