import { useId, useState } from 'react';
import type { DeviceView, Mode, Model } from '../../../src-main/shared/contract/devices.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

/** Lets the tech say what an unrecognised Microsoft device is; the station remembers it by VID:PID. */
export function LabelForm({ device, onDone }: { device: DeviceView; onDone: () => void }) {
  const [model, setModel] = useState<Model>(device.model === 'unknown' ? 'hololens2' : device.model);
  const [mode, setMode] = useState<Mode>(device.mode === 'unknown' ? 'normal' : device.mode);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function save() {
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
    >
      <p>Every device with USB ID {device.usbId} will be shown with this label from now on.</p>
      <label htmlFor={`${id}-model`}>What is it?</label>
      <select id={`${id}-model`} value={model} onChange={(e) => setModel(e.target.value as Model)}>
        <option value="hololens2">HoloLens 2</option>
        <option value="hololens1">HoloLens (1st gen)</option>
        <option value="unknown">Not a HoloLens</option>
      </select>
      <label htmlFor={`${id}-mode`}>Which mode?</label>
      <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
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
        <button type="submit" className="btn btn--primary" disabled={busy}>
          Save label
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
