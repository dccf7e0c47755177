import { useId } from 'react';
import type { DeviceView } from '../../../src-main/shared/contract/devices.ts';
import { sortedDevices, useDevices } from '../stores/devices.ts';
import { deviceTitle } from './DeviceCard.tsx';

export function deviceName(d: DeviceView): string {
  const serial = d.mtpInfo?.serialNumber ?? d.serialNumber;
  return `${deviceTitle(d)} on port ${d.portPath}${serial ? `, serial ${serial}` : ''}${d.mode === 'flashing' ? ' (flashing mode)' : ''}`;
}

/** Picks one HoloLens on the bench (or none). Devices that are not HoloLens are not offered. */
export function DevicePicker({
  value,
  onChange,
  noneLabel,
  label = 'Device',
}: {
  value: string | null;
  onChange: (deviceId: string | null) => void;
  noneLabel: string;
  label?: string;
}) {
  const id = useId();
  const byId = useDevices((s) => s.byId);
  const devices = sortedDevices(byId).filter(
    (d) => (d.present || d.id === value) && (d.kind === 'hololens' || d.kind === 'probable-hololens'),
  );
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{noneLabel}</option>
        {devices.map((d) => (
          <option key={d.id} value={d.id}>
            {deviceName(d)}
            {d.present ? '' : ' (unplugged)'}
          </option>
        ))}
      </select>
    </div>
  );
}
