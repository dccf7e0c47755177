import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import { useFormat } from '../../i18n.ts';
import { harvestOfDevice, useAutopilot } from '../../stores/autopilot.ts';
import { uploadText } from './HarvestTable.tsx';

/** The device card's line about Autopilot: the latest harvest of a HoloLens 2, if the ledger has one. */
export function HarvestFact({ device }: { device: DeviceView }) {
  const { t } = useTranslation('autopilot');
  const format = useFormat();
  const harvest = useAutopilot((s) => (device.model === 'hololens2' ? harvestOfDevice(s.harvests, device) : undefined));
  if (!harvest) return null;
  // Three facts side by side (fingerprint, when, where the upload stands), not a sentence.
  return (
    <div>
      <dt>{t('fact.label')}</dt>
      <dd>
        <span className="ap-fingerprint" translate="no">
          {harvest.fingerprint}
        </span>
        ,{' '}
        <time dateTime={harvest.harvestedAt} translate="no">
          {format.when(harvest.harvestedAt)}
        </time>
        {harvest.upload && (
          <span className="muted"> {t('fact.upload', { upload: uploadText(t, harvest.upload) })}</span>
        )}
      </dd>
    </div>
  );
}
