import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApply } from '../../stores/apply.ts';
import { useNav } from '../../stores/nav.ts';
import { usePackages, type PackagesTab } from '../../stores/packages.ts';
import '../../styles/packages.css';
import '../../styles/packages-apply.css';
import { ApplyPanel } from './ApplyPanel.tsx';
import { KitPanel } from './KitPanel.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';

const TABS: { id: PackagesTab; label: string }[] = [
  { id: 'library', label: 'tab.library' },
  { id: 'apply', label: 'tab.apply' },
  { id: 'kit', label: 'tab.kit' },
];

/** Provisioning packages: the library with what each package does, applying one to a device, and USB kits. */
export function PackagesView() {
  const { tab, setTab, error, notice, noticeTone, loaded } = usePackages();
  const navDevice = useNav((s) => s.deviceId);
  const { t } = useTranslation('packages');

  useEffect(() => {
    if (!usePackages.getState().loaded) void usePackages.getState().load();
  }, []);
  useEffect(() => {
    if (navDevice === null) return;
    usePackages.getState().setTab('apply');
    if (useApply.getState().deviceId !== navDevice) void useApply.getState().open(navDevice);
  }, [navDevice]);

  return (
    <section className="view pk" aria-labelledby="pk-title">
      <div className="view__head">
        <h2 id="pk-title">{t('view.title')}</h2>
      </div>
      <div className="pk-tabs" role="group" aria-label={t('view.tasks')}>
        {TABS.map((tb) => (
          <button
            key={tb.id}
            type="button"
            className="pk-tab"
            aria-pressed={tab === tb.id}
            onClick={() => setTab(tb.id)}
          >
            {t(tb.label)}
          </button>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className={`pk-notice pk-notice--${noticeTone}`} role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {!loaded && <p className="muted">{t('view.loading')}</p>}
      {tab === 'library' && <LibraryPanel />}
      {tab === 'apply' && <ApplyPanel />}
      {tab === 'kit' && <KitPanel />}
    </section>
  );
}
