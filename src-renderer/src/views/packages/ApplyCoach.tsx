import { useTranslation } from 'react-i18next';
import type { ApplyFlow } from '../../../../src-main/shared/contract/packages.ts';
import type { SimAction } from '../../../../src-main/shared/contract/sim.ts';
import { HoloLensPicture, type Chord } from '../../components/coach/HoloLensPicture.tsx';
import { useApply } from '../../stores/apply.ts';
import { useDevices } from '../../stores/devices.ts';
import { useSim } from '../../stores/sim.ts';
import { CopyProgress } from './CopyProgress.tsx';

const PROVISIONING_CHORD: Chord = { buttons: ['volume-down', 'power'], kind: 'press' };

function Picture({ flow }: { flow: ApplyFlow }) {
  const { t } = useTranslation('packages');
  const model = flow.model ?? 'hololens2';
  return (
    <figure className="pk-picture">
      <HoloLensPicture model={model} chord={PROVISIONING_CHORD} />
      <figcaption>{t('coach.chord')}</figcaption>
    </figure>
  );
}

/** Training mode: the station presses the simulated device's buttons for the tech. */
function DoItForMe({ flow, action, label }: { flow: ApplyFlow; action: SimAction; label: string }) {
  const { doItForMe, busy } = useApply();
  const { t } = useTranslation('packages');
  if (!flow.simId) return null;
  return (
    <button type="button" className="btn btn--small pk-sim" disabled={busy} onClick={() => void doItForMe(action)}>
      {t('coach.doItForMe', { what: label })}
    </button>
  );
}

function Confirm({ question }: { question: string }) {
  const { confirm, busy } = useApply();
  const { t } = useTranslation('packages');
  return (
    <div className="pk-confirm-result">
      <p>{question}</p>
      <div className="row">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void confirm('applied')}>
          {t('coach.confirm.added')}
        </button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void confirm('failed')}>
          {t('coach.confirm.failed')}
        </button>
      </div>
    </div>
  );
}

/** What to do now, for the flow's stage: big plain words, the buttons lit on the drawing, live status. */
export function ApplyCoach({ flow }: { flow: ApplyFlow }) {
  const { t } = useTranslation('packages');
  const storage = useDevices((s) => s.byId[flow.deviceId]?.storageState);
  const present = useDevices((s) => s.byId[flow.deviceId]?.present ?? false);
  const simPhase = useSim((s) => s.devices.find((d) => d.simId === flow.simId)?.state.phase);
  const name = flow.packageName;
  switch (flow.stage) {
    case 'open-provisioning':
      return (
        <div className="pk-coach pk-coach--picture">
          <div>
            <h4>{t('coach.open.title')}</h4>
            <ol className="pk-coach__steps">
              <li>{t(`coach.firstScreen.${flow.model ?? 'any'}`)}</li>
              <li>{t('coach.open.press')}</li>
              <li>{t('coach.open.shows')}</li>
            </ol>
            <p className={`pk-bus pk-bus--${storage === 'available' ? 'seen' : 'waiting'}`}>
              {!present
                ? t('coach.bus.absent')
                : storage === 'available'
                  ? t('coach.bus.seen')
                  : t('coach.bus.waiting')}
            </p>
            <DoItForMe flow={flow} action="volume-down-power" label={t('coach.pressChord')} />
          </div>
          <Picture flow={flow} />
        </div>
      );
    case 'unlock':
      return (
        <div className="pk-coach">
          <h4>{t('coach.unlock.title')}</h4>
          <p>{t('coach.unlock.text')}</p>
          <DoItForMe flow={flow} action="unlock" label={t('coach.signIn')} />
        </div>
      );
    case 'copying':
      return (
        <div className="pk-coach">
          <h4>{t('coach.copy.title', { name })}</h4>
          <p>{t('coach.copy.text')}</p>
          <CopyProgress jobId={flow.jobId} />
        </div>
      );
    case 'confirm-on-device':
      return (
        <div className="pk-coach pk-coach--picture">
          <div>
            <h4>{t('coach.accept.title')}</h4>
            <ol className="pk-coach__steps">
              <li>{t('coach.accept.press')}</li>
              <li>{t('coach.accept.trust', { name })}</li>
              <li>{t('coach.accept.carryOn')}</li>
            </ol>
            <p className={`pk-bus pk-bus--${flow.detected ? 'seen' : 'waiting'}`}>
              {flow.detected === 'storage-closed' ? t('coach.accept.closed') : t('coach.accept.watching')}
            </p>
            <div className="row">
              {simPhase !== 'oobe-trust-prompt' && (
                <DoItForMe flow={flow} action="volume-down-power" label={t('coach.pressChordAgain')} />
              )}
              {simPhase === 'oobe-trust-prompt' && (
                <DoItForMe flow={flow} action="accept-trust-prompt" label={t('coach.acceptOnDevice')} />
              )}
            </div>
            <Confirm question={t('coach.accept.question')} />
          </div>
          <Picture flow={flow} />
        </div>
      );
    case 'add-in-settings':
      return (
        <div className="pk-coach">
          <h4>{t('coach.settings.title')}</h4>
          <ol className="pk-coach__steps">
            <li>{t('coach.settings.1')}</li>
            <li>{t('coach.settings.2')}</li>
            <li>{t('coach.settings.3')}</li>
            <li>{t('coach.settings.4', { name })}</li>
          </ol>
          <Confirm question={t('coach.settings.question')} />
        </div>
      );
    case 'finished':
      return null;
  }
}
