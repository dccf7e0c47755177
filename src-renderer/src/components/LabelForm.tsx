import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('bench');

  async function save() {
    if (model === '' || mode === '') {
      setError(t('labelForm.missing'));
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
      aria-label={t('labelForm.label', { usbId: device.usbId })}
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
      <p>{t('labelForm.intro', { usbId: device.usbId })}</p>
      <label htmlFor={`${id}-model`}>{t('labelForm.what')}</label>
      <select id={`${id}-model`} ref={first} required value={model} onChange={(e) => setModel(e.target.value as Model)}>
        <option value="" disabled>
          {t('labelForm.choose')}
        </option>
        <option value="hololens2">{t('labelForm.model.hololens2')}</option>
        <option value="hololens1">{t('labelForm.model.hololens1')}</option>
        <option value="unknown">{t('labelForm.model.unknown')}</option>
      </select>
      <label htmlFor={`${id}-mode`}>{t('labelForm.mode')}</label>
      <select id={`${id}-mode`} required value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
        <option value="" disabled>
          {t('labelForm.choose')}
        </option>
        <option value="normal">{t('labelForm.mode.normal')}</option>
        <option value="flashing">{t('labelForm.mode.flashing')}</option>
        <option value="unknown">{t('labelForm.mode.unknown')}</option>
      </select>
      <label htmlFor={`${id}-note`}>{t('labelForm.note')}</label>
      <input id={`${id}-note`} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn btn--primary" disabled={busy || model === '' || mode === ''}>
          {t('labelForm.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('labelForm.cancel')}
        </button>
      </div>
    </form>
  );
}
