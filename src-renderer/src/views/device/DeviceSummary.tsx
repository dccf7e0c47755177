import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import { deviceTitle } from '../../components/DeviceCard.tsx';
import { IntuneFact } from '../../components/IntuneFact.tsx';

function Fact({ term, children, data = false }: { term: string; children: ReactNode; data?: boolean }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd translate={data ? 'no' : undefined}>{children}</dd>
    </div>
  );
}

/** A value the device reported (data, not translated), or the words for "not there". */
function Reported({ term, value, none }: { term: string; value: string | null | undefined; none: string }) {
  return value ? (
    <Fact term={term} data>
      {value}
    </Fact>
  ) : (
    <Fact term={term}>{none}</Fact>
  );
}

/** What the station knows about the device: from USB, from MTP (GetDeviceInfo, battery) and its storage. */
export function DeviceSummary({ device: d }: { device: DeviceView }) {
  const { t } = useTranslation('device');
  const serial = d.mtpInfo?.serialNumber.trim() || d.serialNumber;
  return (
    <section aria-labelledby="summary-title" className="device-panel device-summary">
      <h3 id="summary-title" className="visually-hidden">
        {t('summary.title')}
      </h3>
      <dl className="device-summary__facts">
        <Fact term={t('summary.model')}>{deviceTitle(d)}</Fact>
        <Fact term={t('summary.mode')}>{t(`summary.mode.${d.mode}`)}</Fact>
        <Fact term={t('summary.port')} data>
          <span className="device-summary__port">{d.portPath}</span>
        </Fact>
        <Reported term={t('summary.serial')} value={serial} none={t('summary.notReported')} />
        <Reported term={t('summary.deviceModel')} value={d.mtpInfo?.model.trim()} none={t('summary.notRead')} />
        <Reported term={t('summary.build')} value={d.mtpInfo?.deviceVersion.trim()} none={t('summary.notRead')} />
        <Fact term={t('summary.battery')}>
          {d.batteryPercent === null
            ? t('summary.notReported')
            : t(d.present ? 'summary.battery.now' : 'summary.battery.last', { percent: d.batteryPercent })}
        </Fact>
        <Fact term={t('summary.storage')}>
          {d.storages.length === 0
            ? d.present
              ? t('summary.storage.notShown')
              : t('summary.storage.unplugged')
            : d.storages.map((s) => (
                <span key={s.id} className="device-summary__storage">
                  {t('summary.storage.free', { name: s.description, free: s.freeBytes, capacity: s.capacityBytes })}
                  <meter
                    min={0}
                    max={s.capacityBytes}
                    value={s.capacityBytes - s.freeBytes}
                    high={s.capacityBytes * 0.9}
                    aria-label={t('summary.storage.used', { name: s.description })}
                  />
                </span>
              ))}
        </Fact>
        <IntuneFact device={d} />
      </dl>
    </section>
  );
}
