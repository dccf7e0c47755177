import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceTitle } from '../../components/DeviceCard.tsx';
import { useDevices } from '../../stores/devices.ts';
import { useFiles } from '../../stores/files.ts';
import { useNav } from '../../stores/nav.ts';
import { DeviceHistory } from './DeviceHistory.tsx';
import { DeviceSummary } from './DeviceSummary.tsx';
import { FolderBrowser } from './FolderBrowser.tsx';
import { StorageGate } from './StorageGate.tsx';
import { TransfersPanel } from './TransfersPanel.tsx';
import '../../styles/device.css';

/** One device: what it is, its files (browse, copy both ways, delete), its copies in progress and its history. */
export function DevicePage() {
  const deviceId = useNav((s) => s.deviceId);
  const go = useNav((s) => s.go);
  const device = useDevices((s) => (deviceId ? s.byId[deviceId] : undefined));
  const open = useFiles((s) => s.open);
  const { t } = useTranslation('device');

  useEffect(() => {
    if (deviceId) void open(deviceId, useDevices.getState().byId[deviceId]);
  }, [deviceId, open]);

  const back = (
    <button type="button" className="btn btn--secondary" onClick={() => go('bench')}>
      {t('back')}
    </button>
  );
  if (!deviceId || !device) {
    return (
      <section aria-labelledby="device-title" className="view device-page">
        <div className="view__head">
          <h2 id="device-title">{t('page.fallbackTitle')}</h2>
          {back}
        </div>
        <div className="empty" role="status">
          <h3>{t('page.notHere')}</h3>
          <p>{t('page.notHereHelp')}</p>
        </div>
      </section>
    );
  }
  const title = t('page.title', { title: deviceTitle(device), port: device.portPath });
  return (
    <section aria-labelledby="device-title" className="view device-page">
      <div className="view__head">
        <h2 id="device-title">{title}</h2>
        {!device.present && <span className="pill pill--gone">{t('page.unplugged')}</span>}
        {device.source === 'sim' && <span className="pill pill--sim">{t('page.simulated')}</span>}
        {back}
      </div>
      <DeviceSummary device={device} />
      <div className="device-page__grid">
        <div className="device-page__main">
          <section aria-labelledby="files-title" className="device-panel device-files">
            <h3 id="files-title">{t('page.files')}</h3>
            {device.present && device.storageState === 'available' ? (
              <FolderBrowser />
            ) : (
              <StorageGate device={device} />
            )}
          </section>
          <DeviceHistory />
        </div>
        <div className="device-page__side">
          <TransfersPanel deviceId={device.id} />
        </div>
      </div>
    </section>
  );
}
