import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useBatch } from '../../stores/batch.ts';
import { useSim } from '../../stores/sim.ts';
import { FilePick } from './FilePick.tsx';
import { ManifestSummary } from './ManifestSummary.tsx';

/** Everything a batch starts with: the profile, its package, the manifest, the scanner and a few choices. */
export function SetupPanel() {
  const profiles = useBatch((s) => s.profiles);
  const problems = useBatch((s) => s.profileProblems);
  const manifest = useBatch((s) => s.manifest);
  const importProfile = useBatch((s) => s.importProfile);
  const importManifest = useBatch((s) => s.importManifest);
  const clearManifest = useBatch((s) => s.clearManifest);
  const start = useBatch((s) => s.start);
  const busy = useBatch((s) => s.busy);
  const training = useSim((s) => s.enabled);
  const [chosen, setChosen] = useState<string | null>(null);
  const [packagePath, setPackagePath] = useState<string | null>(null);
  const [concurrency, setConcurrency] = useState('');
  const [override, setOverride] = useState(false);
  const [simTech, setSimTech] = useState(false);
  const { t } = useTranslation('batch');
  const profile = profiles.find((p) => p.name === chosen) ?? profiles[0] ?? null;
  const limit = concurrency.trim() === '' ? null : Number(concurrency);
  const limitBad = limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > 256);
  const missing = !profile
    ? t('setup.missing.profile')
    : profile.unavailable
      ? profile.unavailable
      : profile.needsPackage && !packagePath
        ? t('setup.missing.package')
        : manifest && !manifest.ok
          ? t('setup.missing.manifest')
          : limitBad
            ? t('setup.missing.concurrency')
            : null;
  return (
    <form
      className="setup"
      aria-labelledby="setup-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing || !profile) return;
        void start({
          profile: profile.name,
          packagePath,
          manifestPath: manifest?.ok ? manifest.path : null,
          concurrency: limit,
          override,
          simTech: training && simTech,
        });
      }}
    >
      <h2 id="setup-h">{t('setup.title')}</h2>
      <fieldset className="setup__group">
        <legend>{t('setup.what')}</legend>
        <div className="profiles" role="radiogroup" aria-label={t('setup.profile')}>
          {profiles.map((p) => (
            <label key={p.name} className={`profile ${profile?.name === p.name ? 'profile--chosen' : ''}`}>
              <input
                type="radio"
                name="profile"
                value={p.name}
                checked={profile?.name === p.name}
                onChange={() => setChosen(p.name)}
              />
              <span className="profile__name" translate="no">
                {p.name}
              </span>
              <span className="profile__desc">{p.description ?? (p.source === 'custom' ? t('setup.own') : '')}</span>
              <span className="profile__steps">{p.steps.map((s) => s.label).join(' → ')}</span>
              {p.unavailable && <span className="profile__warn">{p.unavailable}</span>}
            </label>
          ))}
        </div>
        <FilePick label={t('setup.addProfile')} accept=".json,application/json" onPath={importProfile} />
        {problems.map((p) => (
          <p key={p.file} className="form-error">
            {p.message}
          </p>
        ))}
      </fieldset>
      {profile?.needsPackage && (
        <fieldset className="setup__group">
          <legend>{t('setup.package')}</legend>
          <FilePick
            label={t('setup.packageFile')}
            accept=".ppkg"
            onPath={(path) => setPackagePath(path)}
            hint={t('setup.packageHint')}
          />
          {packagePath && (
            <p>
              <Trans
                t={t}
                i18nKey="setup.packageChosen"
                values={{ path: packagePath }}
                components={[<code key="p" translate="no" />]}
              />{' '}
              <button type="button" className="btn btn--small" onClick={() => setPackagePath(null)}>
                {t('setup.remove')}
              </button>
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="setup__group">
        <legend>{t(profile?.needsPackage ? 'setup.manifest3' : 'setup.manifest2')}</legend>
        <FilePick label={t('setup.manifestFile')} accept=".csv,text/csv" onPath={importManifest} />
        {manifest && <ManifestSummary manifest={manifest} onClear={clearManifest} />}
      </fieldset>
      <fieldset className="setup__group">
        <legend>{t('setup.options')}</legend>
        <label htmlFor="batch-concurrency">{t('setup.concurrency')}</label>
        <input
          id="batch-concurrency"
          inputMode="numeric"
          value={concurrency}
          onChange={(e) => setConcurrency(e.target.value)}
          aria-invalid={limitBad}
        />
        <label className="batch-check">
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          {t('setup.override')}
        </label>
        {training && (
          <label className="batch-check">
            <input type="checkbox" checked={simTech} onChange={(e) => setSimTech(e.target.checked)} />
            {t('setup.simTech')}
          </label>
        )}
      </fieldset>
      <div className="setup__go">
        {missing && <p className="muted">{missing}</p>}
        <button type="submit" className="btn btn--primary btn--huge" disabled={busy || missing !== null}>
          {t('setup.start')}
        </button>
      </div>
    </form>
  );
}
