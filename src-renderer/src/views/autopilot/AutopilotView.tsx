import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAskAgainOnLanguageSwitch } from '../../ask-again.ts';
import { loadUploadSettings, useAutopilot } from '../../stores/autopilot.ts';
import { useDevices } from '../../stores/devices.ts';
import { useNav } from '../../stores/nav.ts';
import { BatchValues, ExportPanel } from './ExportPanel.tsx';
import { HarvestPanel } from './HarvestPanel.tsx';
import { HarvestTable } from './HarvestTable.tsx';
import { UploadPanel } from './UploadPanel.tsx';
import '../../styles/autopilot.css';

/**
 * Autopilot for HoloLens 2: harvest each device's hardware hash, see what the ledger holds, then export the CSV
 * for Intune or upload it through Graph. Opened from a card's "Harvest hash", it starts that device's harvest.
 */
export function AutopilotView() {
  const navDevice = useNav((s) => s.deviceId);
  const started = useRef<string | null>(null);
  const { t } = useTranslation('autopilot');
  // Upload results are kept as words: asked again, they read in the new language.
  useAskAgainOnLanguageSwitch(useAutopilot((s) => s.refresh));

  useEffect(() => {
    void useAutopilot.getState().load();
    void loadUploadSettings();
  }, []);
  useEffect(() => {
    if (navDevice === null || started.current === navDevice) return;
    started.current = navDevice;
    const d = useDevices.getState().byId[navDevice];
    if (d?.present && d.model === 'hololens2') void useAutopilot.getState().startHarvest(navDevice);
    else useAutopilot.setState({ harvestDeviceId: navDevice, harvestJobId: null });
  }, [navDevice]);

  return (
    <section aria-labelledby="autopilot-title" className="view autopilot">
      <div className="view__head">
        <h2 id="autopilot-title" translate="no">
          Autopilot
        </h2>
      </div>
      <p className="muted ap-intro">{t('view.intro')}</p>
      <HarvestPanel />
      <HarvestTable />
      <BatchValues />
      <div className="ap-grid">
        <ExportPanel />
        <UploadPanel />
      </div>
    </section>
  );
}
