import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n.ts';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { sortedDevices, useDevices } from '../stores/devices.ts';
import { deviceTitle } from './DeviceCard.tsx';

/** One device in a sentence or a list: what it is, its port, its serial and whether it is in flashing mode. */
export function deviceName(d: DeviceView): string {
  const serial = d.mtpInfo?.serialNumber ?? d.serialNumber;
  const flashing = d.mode === 'flashing';
  const key = serial
    ? flashing
      ? 'picker.nameSerialFlashing'
      : 'picker.nameSerial'
    : flashing
      ? 'picker.nameFlashing'
      : 'picker.name';
  return i18n.t(`bench:${key}`, { title: deviceTitle(d), port: d.portPath, serial });
}

/** Picks one HoloLens on the bench (or none). Devices that are not HoloLens are not offered. */
export function DevicePicker({
  value,
  onChange,
  noneLabel,
  label,
}: {
  value: string | null;
  onChange: (deviceId: string | null) => void;
  noneLabel: string;
  label?: string;
}) {
  const { t } = useTranslation('bench');
  const id = useId();
  const byId = useDevices((s) => s.byId);
  const devices = sortedDevices(byId).filter(
    (d) => (d.present || d.id === value) && (d.kind === 'hololens' || d.kind === 'probable-hololens'),
  );
  return (
    <div className="picker">
      <label htmlFor={id}>{label ?? t('picker.label')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{noneLabel}</option>
        {devices.map((d) => (
          <option key={d.id} value={d.id}>
            {d.present ? deviceName(d) : t('picker.unplugged', { name: deviceName(d) })}
          </option>
        ))}
      </select>
    </div>
  );
}
