import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n.ts';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { LabelForm } from './LabelForm.tsx';
import { DEVICE_ACTIONS } from './device-actions.ts';
import { useNav } from '../stores/nav.ts';
import { HarvestFact } from '../views/autopilot/HarvestFact.tsx';
import { IntuneFact } from './IntuneFact.tsx';
import { IntuneCleanup } from './IntuneCleanup.tsx';

/** What the device is, in the screens' language ("HoloLens 2", "Not a HoloLens"). */
export function deviceTitle(d: Pick<DeviceView, 'kind' | 'model'>): string {
  if (d.kind === 'not-hololens') return i18n.t('common:kind.notHololens');
  if (d.kind === 'unknown-microsoft') return i18n.t('common:kind.unknownMicrosoft');
  return i18n.t(`common:model.${d.model}`);
}

function modeText(d: DeviceView): string | null {
  if (d.kind === 'not-hololens' || d.kind === 'unknown-microsoft') return null;
  return i18n.t(`bench:card.mode.${d.mode}`);
}

export function DeviceCard({ device }: { device: DeviceView }) {
  const [labelling, setLabelling] = useState(false);
  const labelButton = useRef<HTMLButtonElement>(null);
  const closeLabel = () => {
    setLabelling(false);
    // Back to the button that opened the form (or the card's title once the label changed what the card offers).
    requestAnimationFrame(() => labelButton.current?.focus());
  };
  const go = useNav((s) => s.go);
  const { t } = useTranslation('bench');
  const d = device;
  const mode = modeText(d);
  const actions = DEVICE_ACTIONS.filter((a) => a.when(d));
  const knownTrap = d.kind === 'not-hololens' && d.identification.rule.startsWith('table:');
  const canLabel =
    d.present &&
    !knownTrap &&
    (d.kind === 'unknown-microsoft' || d.identification.labelled || d.confidence === 'heuristic');
  return (
    <article
      className={`card card--${d.kind} ${d.present ? '' : 'card--gone'}`}
      aria-label={t(d.present ? 'card.label' : 'card.labelGone', { title: deviceTitle(d), port: d.portPath })}
      data-device-id={d.id}
    >
      <header className="card__head">
        <h3 className="card__title">{deviceTitle(d)}</h3>
        {d.kind === 'not-hololens' && d.productName && (
          <p className="card__subtitle" translate="no">
            {d.productName}
          </p>
        )}
        <div className="card__pills">
          {!d.present && <span className="pill pill--gone">{t('card.unplugged')}</span>}
          {mode && <span className={`pill pill--mode-${d.mode}`}>{mode}</span>}
          <span className={`pill pill--${d.confidence}`} title={d.identification.reason}>
            {d.identification.labelled
              ? t('card.labelled')
              : d.confidence === 'confirmed'
                ? t('card.identified')
                : t('card.bestGuess')}
          </span>
          {d.source === 'sim' && <span className="pill pill--sim">{t('card.simulated')}</span>}
        </div>
      </header>
      <dl className="card__facts">
        <div>
          <dt>{t('card.port')}</dt>
          <dd className="card__port" translate="no">
            {d.portPath}
          </dd>
        </div>
        <div>
          <dt>{t('card.serial')}</dt>
          <Datum value={d.mtpInfo?.serialNumber ?? d.serialNumber} none={t('card.notReported')} />
        </div>
        <div>
          <dt>{t('card.usbName')}</dt>
          <Datum value={d.productName} none={t('card.none')} />
        </div>
        <div>
          <dt>{t('card.usbId')}</dt>
          <dd translate="no">{d.usbId}</dd>
        </div>
        {d.mtpInfo?.deviceVersion.trim() && (
          <div>
            <dt>{t('card.build')}</dt>
            <dd translate="no">{d.mtpInfo.deviceVersion.trim()}</dd>
          </div>
        )}
        {d.batteryPercent !== null && (
          <div>
            <dt>{t('card.battery')}</dt>
            <dd>{t('card.batteryValue', { percent: d.batteryPercent })}</dd>
          </div>
        )}
        {d.storages.length > 0 && (
          <div>
            <dt>{t('card.storage')}</dt>
            <dd>
              {d.storages.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ', '}
                  {t('card.storageFree', { name: s.description, free: s.freeBytes })}
                </span>
              ))}
            </dd>
          </div>
        )}
        <HarvestFact device={d} />
        <IntuneFact device={d} />
      </dl>
      <details className="card__why">
        <summary>{t('card.why')}</summary>
        <p className="card__reason">{d.identification.reason}</p>
      </details>
      <div className={`next next--${d.nextAction.severity}`} role="status">
        <strong>{d.nextAction.title}</strong>
        <span>{d.nextAction.detail}</span>
      </div>
      {actions.length > 0 && (
        <div className="row card__actions">
          {actions.map((a) => (
            <button
              key={a.id}
              type="button"
              className={`btn ${a.primary ? 'btn--primary' : 'btn--secondary'}`}
              aria-label={t('card.actionLabel', { action: t(a.label), port: d.portPath })}
              onClick={() => go(a.view, d.id)}
            >
              {t(a.label)}
            </button>
          ))}
        </div>
      )}
      {d.present && <IntuneCleanup device={d} />}
      {canLabel && !labelling && (
        <button type="button" className="btn btn--secondary" ref={labelButton} onClick={() => setLabelling(true)}>
          {d.identification.labelled ? t('card.changeLabel') : t('card.labelDevice')}
        </button>
      )}
      {labelling && <LabelForm device={d} onDone={closeLabel} />}
    </article>
  );
}

/** A value the device reported (a serial, a USB name): data, not text, so it is not translated; or a word for none. */
function Datum({ value, none }: { value: string | null | undefined; none: string }) {
  return value ? <dd translate="no">{value}</dd> : <dd>{none}</dd>;
}
