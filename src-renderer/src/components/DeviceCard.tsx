import { useRef, useState } from 'react';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { LabelForm } from './LabelForm.tsx';
import { DEVICE_ACTIONS } from './device-actions.ts';
import { useNav } from '../stores/nav.ts';
import { HarvestFact } from '../views/autopilot/HarvestFact.tsx';
import { IntuneFact } from './IntuneFact.tsx';
import { IntuneCleanup } from './IntuneCleanup.tsx';

const MODEL_NAMES: Record<DeviceView['model'], string> = {
  hololens1: 'HoloLens (1st gen)',
  hololens2: 'HoloLens 2',
  unknown: 'Unknown device',
};

export function deviceTitle(d: DeviceView): string {
  if (d.kind === 'not-hololens') return 'Not a HoloLens';
  if (d.kind === 'unknown-microsoft') return 'Unknown Microsoft device';
  return MODEL_NAMES[d.model];
}

function modeText(d: DeviceView): string | null {
  if (d.kind === 'not-hololens' || d.kind === 'unknown-microsoft') return null;
  return d.mode === 'flashing' ? 'Flashing mode' : d.mode === 'normal' ? 'Normal' : 'Mode unknown';
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
      aria-label={`${deviceTitle(d)} on port ${d.portPath}${d.present ? '' : ', unplugged'}`}
      data-device-id={d.id}
    >
      <header className="card__head">
        <h3 className="card__title">{deviceTitle(d)}</h3>
        {d.kind === 'not-hololens' && d.productName && <p className="card__subtitle">{d.productName}</p>}
        <div className="card__pills">
          {!d.present && <span className="pill pill--gone">Unplugged</span>}
          {mode && <span className={`pill pill--mode-${d.mode}`}>{mode}</span>}
          <span className={`pill pill--${d.confidence}`} title={d.identification.reason}>
            {d.identification.labelled
              ? 'Labelled by a tech'
              : d.confidence === 'confirmed'
                ? 'Identified'
                : 'Best guess'}
          </span>
          {d.source === 'sim' && <span className="pill pill--sim">Simulated</span>}
        </div>
      </header>
      <dl className="card__facts">
        <div>
          <dt>Port</dt>
          <dd className="card__port">{d.portPath}</dd>
        </div>
        <div>
          <dt>Serial</dt>
          <dd>{d.mtpInfo?.serialNumber ?? d.serialNumber ?? 'not reported'}</dd>
        </div>
        <div>
          <dt>USB name</dt>
          <dd>{d.productName ?? 'none'}</dd>
        </div>
        <div>
          <dt>USB ID</dt>
          <dd>{d.usbId}</dd>
        </div>
        {d.mtpInfo?.deviceVersion.trim() && (
          <div>
            <dt>OS build</dt>
            <dd>{d.mtpInfo.deviceVersion.trim()}</dd>
          </div>
        )}
        {d.batteryPercent !== null && (
          <div>
            <dt>Battery</dt>
            <dd>{d.batteryPercent}%</dd>
          </div>
        )}
        {d.storages.length > 0 && (
          <div>
            <dt>Storage</dt>
            <dd>{d.storages.map((s) => `${s.description} (${formatBytes(s.freeBytes)} free)`).join(', ')}</dd>
          </div>
        )}
        <HarvestFact device={d} />
        <IntuneFact device={d} />
      </dl>
      <details className="card__why">
        <summary>How it was identified</summary>
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
              aria-label={`${a.label}: the device on port ${d.portPath}`}
              onClick={() => go(a.view, d.id)}
            >
              {a.label}
            </button>
          ))}
        </div>
      )}
      {d.present && <IntuneCleanup device={d} />}
      {canLabel && !labelling && (
        <button type="button" className="btn btn--secondary" ref={labelButton} onClick={() => setLabelling(true)}>
          {d.identification.labelled ? 'Change label' : 'Label this device'}
        </button>
      )}
      {labelling && <LabelForm device={d} onDone={closeLabel} />}
    </article>
  );
}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)} kB`;
  return `${n} B`;
}
