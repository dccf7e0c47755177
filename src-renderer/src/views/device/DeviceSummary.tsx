import type { ReactNode } from 'react';
import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import { deviceTitle, formatBytes } from '../../components/DeviceCard.tsx';
import { IntuneFact } from '../../components/IntuneFact.tsx';

const MODE_TEXT: Record<DeviceView['mode'], string> = {
  normal: 'Normal (running)',
  flashing: 'Flashing mode',
  unknown: 'Not known',
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the station knows about the device: from USB, from MTP (GetDeviceInfo, battery) and its storage. */
export function DeviceSummary({ device: d }: { device: DeviceView }) {
  const serial = d.mtpInfo?.serialNumber.trim() || d.serialNumber;
  return (
    <section aria-labelledby="summary-title" className="device-panel device-summary">
      <h3 id="summary-title" className="visually-hidden">
        About this device
      </h3>
      <dl className="device-summary__facts">
        <Fact term="Model">{deviceTitle(d)}</Fact>
        <Fact term="Mode">{MODE_TEXT[d.mode]}</Fact>
        <Fact term="Port">
          <span className="device-summary__port">{d.portPath}</span>
        </Fact>
        <Fact term="Serial">{serial ?? 'not reported'}</Fact>
        <Fact term="Model (from the device)">{d.mtpInfo?.model.trim() || 'not read yet'}</Fact>
        <Fact term="OS build">{d.mtpInfo?.deviceVersion.trim() || 'not read yet'}</Fact>
        <Fact term="Battery">
          {d.batteryPercent === null ? 'not reported' : `${d.batteryPercent}%${d.present ? '' : ' when last seen'}`}
        </Fact>
        <Fact term="Storage">
          {d.storages.length === 0
            ? d.present
              ? 'not shown yet'
              : 'unplugged'
            : d.storages.map((s) => (
                <span key={s.id} className="device-summary__storage">
                  {s.description}: {formatBytes(s.freeBytes)} free of {formatBytes(s.capacityBytes)}
                  <meter
                    min={0}
                    max={s.capacityBytes}
                    value={s.capacityBytes - s.freeBytes}
                    high={s.capacityBytes * 0.9}
                    aria-label={`${s.description}: space used`}
                  />
                </span>
              ))}
        </Fact>
        <IntuneFact device={d} />
      </dl>
    </section>
  );
}
