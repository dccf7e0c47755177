import { useId } from 'react';
import { DevicePicker } from '../../components/DevicePicker.tsx';
import { currentFlow, useApply } from '../../stores/apply.ts';
import { usePackages } from '../../stores/packages.ts';
import { ApplyFlowPanel } from './ApplyFlowPanel.tsx';
import { WORST_WORDS } from '../../stores/packages.ts';

function MethodChoice() {
  const { options, method, chooseMethod } = useApply();
  if (!options) return null;
  const choices = [
    {
      id: 'oobe-mtp' as const,
      title: 'It is at the first setup screen',
      text: 'Over the USB cable: open the provisioning page with Volume Down + Power, the station copies the package, the device asks to trust it.',
      disabled: false,
    },
    {
      id: 'documents-settings' as const,
      title: 'It is already set up',
      text: `The station copies the package into Documents; you add it in Settings. ${options.documentsNote}`,
      disabled: options.documentsSupported === false,
    },
  ];
  return (
    <fieldset className="pk-method">
      <legend>Where is the device?</legend>
      <p className="muted">
        The station suggests: <strong>{choices.find((c) => c.id === options.suggested)?.title.toLowerCase()}</strong>.{' '}
        {options.reason}
      </p>
      {choices.map((c) => (
        <label key={c.id} className={`pk-choice ${c.disabled ? 'pk-choice--disabled' : ''}`}>
          <input
            type="radio"
            name="pk-method"
            value={c.id}
            checked={method === c.id}
            disabled={c.disabled}
            onChange={() => chooseMethod(c.id)}
          />
          <span>
            <strong>{c.title}</strong>
            <span className="pk-choice__text">{c.text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Choose the device, the package and the way; then the running apply takes over the panel. */
export function ApplyPanel() {
  const id = useId();
  const apply = useApply();
  const list = usePackages((s) => s.list);
  const flow = currentFlow(apply);
  if (flow) return <ApplyFlowPanel flow={flow} />;
  const usable = list.filter((p) => p.fileExists);
  const chosen = usable.find((p) => p.sha256 === apply.sha256);
  return (
    <section className="pk-apply" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Apply a package to a HoloLens</h3>
      {apply.error && (
        <p className="form-error" role="alert">
          {apply.error}
        </p>
      )}
      <DevicePicker
        value={apply.deviceId}
        onChange={(deviceId) => void apply.open(deviceId)}
        noneLabel="Pick the HoloLens on the bench"
        label="Which HoloLens?"
      />
      <div className="picker">
        <label htmlFor={`${id}-pkg`}>Which package?</label>
        <select
          id={`${id}-pkg`}
          value={apply.sha256 ?? ''}
          onChange={(e) => apply.choosePackage(e.target.value || null)}
        >
          <option value="">Pick a package from the library</option>
          {usable.map((p) => (
            <option key={p.sha256} value={p.sha256} disabled={p.worst === 'block'}>
              {p.name}
              {p.worst === 'none' ? '' : ` (${WORST_WORDS[p.worst].toLowerCase()})`}
            </option>
          ))}
        </select>
      </div>
      {usable.length === 0 && <p className="muted">The library is empty: import a package on the Library tab first.</p>}
      {chosen && chosen.worst === 'warn' && (
        <p className="pk-warnline">This package has warnings: read them on the Library tab before you go on.</p>
      )}
      {apply.deviceId && <MethodChoice />}
      <div className="row">
        <button
          type="button"
          className="btn btn--primary"
          disabled={apply.busy || !apply.deviceId || !apply.sha256 || !apply.method}
          onClick={() => void apply.start()}
        >
          Start
        </button>
      </div>
    </section>
  );
}
