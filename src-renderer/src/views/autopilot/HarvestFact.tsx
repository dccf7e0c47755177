import type { DeviceView } from '../../../../src-main/shared/contract/devices.ts';
import { harvestOfDevice, useAutopilot } from '../../stores/autopilot.ts';
import { uploadText, whenText } from './HarvestTable.tsx';

/** The device card's line about Autopilot: the latest harvest of a HoloLens 2, if the ledger has one. */
export function HarvestFact({ device }: { device: DeviceView }) {
  const harvest = useAutopilot((s) => (device.model === 'hololens2' ? harvestOfDevice(s.harvests, device) : undefined));
  if (!harvest) return null;
  return (
    <div>
      <dt>Autopilot hash</dt>
      <dd>
        <span className="ap-fingerprint">{harvest.fingerprint}</span>, {whenText(harvest.harvestedAt)}
        {harvest.upload && <span className="muted"> ({uploadText(harvest.upload).toLowerCase()})</span>}
      </dd>
    </div>
  );
}
