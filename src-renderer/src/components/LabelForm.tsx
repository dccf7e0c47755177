import { useEffect, useId, useRef, useState } from 'react';
import type { DeviceView, Mode, Model } from '../../../src-main/shared/contract/devices.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

/** Lets the tech say what an unrecognised Microsoft device is; the station remembers it by VID:PID. */
export function LabelForm({ device, onDone }: { device: DeviceView; onDone: () => void }) {
  // No default: a label is permanent for every device with this USB ID, so the tech picks both on purpose.
  const [model, setModel] = useState<Model | ''>(device.identification.labelled ? device.model : '');
  const [mode, setMode] = useState<Mode | ''>(device.identification.labelled ? device.mode : '');
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function save() {
    if (model === '' || mode === '') {
      setError('Choose what it is and which mode it is in.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await station().call('labelDevice', { deviceId: device.id, model, mode, note });
      onDone();
    } catch (e) {
      setError(errorText(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="label-form"
      aria-label={`Label ${device.usbId}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <p>Every device with USB ID {device.usbId} will be shown with this label from now on.</p>
      <label htmlFor={`${id}-model`}>What is it?</label>
      <select id={`${id}-model`} ref={first} required value={model} onChange={(e) => setModel(e.target.value as Model)}>
        <option value="" disabled>
          Choose…
        </option>
        <option value="hololens2">HoloLens 2</option>
        <option value="hololens1">HoloLens (1st gen)</option>
        <option value="unknown">Not a HoloLens</option>
      </select>
      <label htmlFor={`${id}-mode`}>Which mode?</label>
      <select id={`${id}-mode`} required value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
        <option value="" disabled>
          Choose…
        </option>
        <option value="normal">Normal (running)</option>
        <option value="flashing">Flashing mode (only the middle LED lit)</option>
        <option value="unknown">Not sure</option>
      </select>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <input id={`${id}-note`} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={busy || model === '' || mode === ''}>
          Save label
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
