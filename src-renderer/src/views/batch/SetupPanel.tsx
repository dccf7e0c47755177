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
  const profile = profiles.find((p) => p.name === chosen) ?? profiles[0] ?? null;
  const limit = concurrency.trim() === '' ? null : Number(concurrency);
  const limitBad = limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > 256);
  const missing = !profile
    ? 'Choose a profile.'
    : profile.unavailable
      ? profile.unavailable
      : profile.needsPackage && !packagePath
        ? 'This profile applies a package: choose the .ppkg file.'
        : manifest && !manifest.ok
          ? 'Fix the manifest or remove it.'
          : limitBad
            ? 'The number of devices at once must be a whole number from 1 to 256.'
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
      <h2 id="setup-h">Set up a batch</h2>
      <fieldset className="setup__group">
        <legend>1. What to do with every device</legend>
        <div className="profiles" role="radiogroup" aria-label="Profile">
          {profiles.map((p) => (
            <label key={p.name} className={`profile ${profile?.name === p.name ? 'profile--chosen' : ''}`}>
              <input
                type="radio"
                name="profile"
                value={p.name}
                checked={profile?.name === p.name}
                onChange={() => setChosen(p.name)}
              />
              <span className="profile__name">{p.name}</span>
              <span className="profile__desc">
                {p.description ?? (p.source === 'custom' ? 'Your own profile' : '')}
              </span>
              <span className="profile__steps">{p.steps.map((s) => s.label).join(' → ')}</span>
              {p.unavailable && <span className="profile__warn">{p.unavailable}</span>}
            </label>
          ))}
        </div>
        <FilePick label="Add your own profile (JSON file)" accept=".json,application/json" onPath={importProfile} />
        {problems.map((p) => (
          <p key={p.file} className="form-error">
            {p.message}
          </p>
        ))}
      </fieldset>
      {profile?.needsPackage && (
        <fieldset className="setup__group">
          <legend>2. The provisioning package</legend>
          <FilePick
            label="Package to apply (.ppkg)"
            accept=".ppkg"
            onPath={(path) => setPackagePath(path)}
            hint="The station checks the file's fingerprint when the batch starts and on every device."
          />
          {packagePath && (
            <p>
              Package: <code>{packagePath}</code>{' '}
              <button type="button" className="btn btn--small" onClick={() => setPackagePath(null)}>
                Remove it
              </button>
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="setup__group">
        <legend>{profile?.needsPackage ? '3' : '2'}. The manifest (optional)</legend>
        <FilePick
          label="Device list (CSV: serial, device name, group tag, assigned user, asset tag)"
          accept=".csv,text/csv"
          onPath={importManifest}
        />
        {manifest && <ManifestSummary manifest={manifest} onClear={clearManifest} />}
      </fieldset>
      <fieldset className="setup__group">
        <legend>Options</legend>
        <label htmlFor="batch-concurrency">Devices working at once (leave empty for all)</label>
        <input
          id="batch-concurrency"
          inputMode="numeric"
          value={concurrency}
          onChange={(e) => setConcurrency(e.target.value)}
          aria-invalid={limitBad}
        />
        <label className="batch-check">
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          Run devices again that already finished this profile
        </label>
        {training && (
          <label className="batch-check">
            <input type="checkbox" checked={simTech} onChange={(e) => setSimTech(e.target.checked)} />
            Training: let the simulated technician press the buttons on simulated devices
          </label>
        )}
      </fieldset>
      <div className="setup__go">
        {missing && <p className="muted">{missing}</p>}
        <button type="submit" className="btn btn--primary btn--huge" disabled={busy || missing !== null}>
          Start the batch
        </button>
      </div>
    </form>
  );
}
