import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimAction } from '../../../src-main/shared/contract/sim.ts';
import { BUTTON_NAMES } from './coach/HoloLensPicture.tsx';
import { useSim } from '../stores/sim.ts';

/** A chord's buttons as the hardware names them: the same in every language, so shown as they are. */
const CHORD_LABEL = `${BUTTON_NAMES.power} + ${BUTTON_NAMES['volume-down']}`;

/**
 * The buttons worth offering a simulated device in its state. Power + Volume Down is one chord on the headset: at the
 * first setup page it opens provisioning, once set up it collects diagnostics, so it is one button. A device that is
 * off or in flashing mode shows no screen, so nothing to sign in to or accept.
 */
export function quickActions(state: Record<string, unknown>): SimAction[] {
  if (state.power !== 'on' || state.mode !== 'normal') return [];
  const phase = typeof state.phase === 'string' ? state.phase : 'desktop';
  const out: SimAction[] = [phase === 'oobe-first-page' ? 'volume-down-power' : 'power-volume-down'];
  if (phase === 'oobe-trust-prompt') out.push('accept-trust-prompt');
  if (phase === 'desktop') out.push(state.locked ? 'unlock' : 'lock');
  return out;
}

const isChord = (a: SimAction) => a === 'volume-down-power' || a === 'power-volume-down';

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
  const { t } = useTranslation('bench');
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
      aria-label={folded ? t('training.showLabel') : t('training.hideLabel')}
      aria-controls="training-body"
      onClick={() => fold(!folded)}
    >
      {folded ? t('training.show') : t('training.hide')}
    </button>
  );
  if (folded) {
    return (
      <aside className="training training--folded" aria-labelledby="training-title">
        <div className="training__head">
          {toggle}
          <h2 id="training-title">{t('training.title')}</h2>
        </div>
      </aside>
    );
  }
  return (
    <aside className="training" aria-labelledby="training-title">
      <div className="training__head">
        <h2 id="training-title">{t('training.title')}</h2>
        {toggle}
      </div>
      <div id="training-body" className="training__body">
        <button type="button" className="btn btn--small" onClick={() => void enable(false)}>
          {t('training.off')}
        </button>
        <p className="muted">{t('training.intro')}</p>
        <div className="preset-grid">
          {presets.map((p) => (
            <button key={p} type="button" className="btn btn--secondary btn--small" onClick={() => void plug(p)}>
              {t('training.plug', { name: t(`preset.${p}`) })}
            </button>
          ))}
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <ul className="sim-list" aria-label={t('training.list')}>
          {devices.map((d) => {
            const hololens = d.state.model !== 'other';
            return (
              <li key={d.simId} className="sim-item">
                <div className="sim-item__head">
                  <strong>{t(`preset.${d.preset}`)}</strong>{' '}
                  <span className="muted">{t('training.port', { port: d.portPath })}</span>
                  {d.plugged ? (
                    <button type="button" className="btn btn--small" onClick={() => void unplug(d.simId)}>
                      {t('training.unplug')}
                    </button>
                  ) : (
                    <button type="button" className="btn btn--small" onClick={() => void replug(d.simId)}>
                      {t('training.replug')}
                    </button>
                  )}
                </div>
                {typeof d.state.lastMessage === 'string' && d.state.lastMessage && (
                  <p className="sim-item__msg">{d.state.lastMessage}</p>
                )}
                {hololens && d.plugged && (
                  <div className="sim-actions" role="group" aria-label={t('training.buttons', { name: d.simId })}>
                    {quickActions(d.state).map((action) => (
                      <button
                        key={action}
                        type="button"
                        className="btn btn--tiny"
                        translate={isChord(action) ? 'no' : undefined}
                        onClick={() => void act(d.simId, action)}
                      >
                        {isChord(action) ? CHORD_LABEL : t(`sim.${action}`)}
                      </button>
                    ))}
                    <details>
                      <summary>{t('training.more')}</summary>
                      {MORE_ACTIONS.map((a) => (
                        <button key={a} type="button" className="btn btn--tiny" onClick={() => void act(d.simId, a)}>
                          {t(`sim.${a}`)}
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
