import { useEffect, useId, useState } from 'react';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment.ts';
import { station } from '../../api/station.ts';
import { mergedFacts, useEnrollment } from '../../stores/enrollment.ts';
import { Choice, YES_NO } from './Choice.tsx';

const KNOWN_NAMES: Record<string, string> = {
  model: 'Model',
  build: 'OS build',
  batteryPercent: 'Battery',
  edition: 'Edition',
  deviceState: 'Setup',
};

function knownValue(key: string, value: unknown): string {
  if (key === 'model') return value === 'hololens2' ? 'HoloLens 2' : 'HoloLens (1st gen)';
  if (key === 'batteryPercent') return `${String(value)}%`;
  if (key === 'edition') return value === 'business' ? 'Windows Holographic for Business' : 'Windows Holographic';
  if (key === 'deviceState') return value === 'set-up' ? 'finished, someone signs in' : 'at first setup';
  return String(value);
}

/** The facts the station cannot read from the device, asked in plain words. Known ones are shown, not asked. */
export function FactsStep() {
  const { answers, known, setAnswer, makePlan, back, busy } = useEnrollment();
  const facts = mergedFacts({ answers, known });
  const knownFacts = known?.facts ?? {};
  const buildId = useId();
  const batteryId = useId();
  const set =
    <K extends keyof EnrollmentFacts>(key: K) =>
    (v: EnrollmentFacts[K] | undefined) =>
      setAnswer(key, v);
  // Whether Autopilot is in play is the planner's call; the wizard only asks its questions when the station says so.
  const [autopilotLikely, setAutopilotLikely] = useState(false);
  const factsKey = JSON.stringify(facts);
  useEffect(() => {
    let current = true;
    station()
      .call('enrollmentQuestions', JSON.parse(factsKey) as EnrollmentFacts)
      .then(
        (q) => current && setAutopilotLikely(q.autopilot),
        () => current && setAutopilotLikely(false),
      );
    return () => {
      current = false;
    };
  }, [factsKey]);
  const knownEntries = Object.entries(knownFacts).filter(([k]) => k in KNOWN_NAMES);

  return (
    <form
      className="wizard-page"
      aria-labelledby="facts-title"
      onSubmit={(e) => {
        e.preventDefault();
        void makePlan();
      }}
    >
      <h3 className="wizard-page__title" id="facts-title">
        Tell the station what it cannot see
      </h3>
      {knownEntries.length > 0 && (
        <div className="known">
          <h4>Read from the device</h4>
          <dl>
            {knownEntries.map(([k, v]) => (
              <div key={k}>
                <dt>{KNOWN_NAMES[k]}</dt>
                <dd>{knownValue(k, v)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div className="facts-grid">
        <div className="facts-col">
          <h4>People and accounts</h4>
          <Choice
            legend="Who uses the device?"
            value={facts.users}
            options={[
              { value: 'multi', label: 'Several people share it' },
              { value: 'single', label: 'One person' },
            ]}
            onChange={set('users')}
          />
          <Choice
            legend="How far along is the deployment?"
            value={facts.stage}
            options={[
              { value: 'production', label: 'Production' },
              { value: 'pilot', label: 'Pilot' },
              { value: 'poc', label: 'Proof of concept' },
            ]}
            onChange={set('stage')}
          />
          <Choice
            legend="Which accounts will people sign in with?"
            value={facts.identity}
            options={[
              { value: 'entra', label: 'Work or school (Entra ID)' },
              { value: 'msa', label: 'Microsoft account (personal)' },
              { value: 'local', label: 'Local account (from a package)' },
            ]}
            onChange={set('identity')}
          />
        </div>
        <div className="facts-col">
          <h4>The device</h4>
          {!knownFacts.model && (
            <Choice
              legend="Which model?"
              value={facts.model}
              options={[
                { value: 'hololens2', label: 'HoloLens 2' },
                { value: 'hololens1', label: 'HoloLens (1st gen)' },
              ]}
              onChange={set('model')}
            />
          )}
          {!knownFacts.build && (
            <div className="field">
              <label htmlFor={buildId}>OS build (Settings &gt; System &gt; About)</label>
              <input
                id={buildId}
                value={answers.build ?? ''}
                placeholder="for example 22621.1244"
                inputMode="decimal"
                onChange={(e) => setAnswer('build', e.target.value.trim() || undefined)}
              />
            </div>
          )}
          {facts.model === 'hololens1' && !knownFacts.edition && (
            <Choice
              legend="Which edition?"
              value={facts.edition}
              options={[
                { value: 'business', label: 'Windows Holographic for Business' },
                { value: 'holographic', label: 'Windows Holographic' },
              ]}
              onChange={set('edition')}
            />
          )}
          {knownFacts.batteryPercent === undefined && (
            <div className="field">
              <label htmlFor={batteryId}>Battery, in % (if you know it)</label>
              <input
                id={batteryId}
                type="number"
                min={0}
                max={100}
                value={answers.batteryPercent ?? ''}
                onChange={(e) =>
                  setAnswer('batteryPercent', e.target.value === '' ? undefined : Number(e.target.value))
                }
              />
            </div>
          )}
          {!knownFacts.deviceState && (
            <Choice
              legend="Where is the device now?"
              value={facts.deviceState}
              options={[
                { value: 'fresh', label: 'At first setup' },
                { value: 'set-up', label: 'Set up, someone signs in' },
              ]}
              onChange={set('deviceState')}
            />
          )}
          {autopilotLikely && (
            <>
              <Choice
                legend="Is it registered for Autopilot with a profile assigned?"
                value={facts.autopilotRegistered}
                options={YES_NO}
                onChange={set('autopilotRegistered')}
              />
              <Choice
                legend="How will it reach the internet during setup?"
                value={facts.network}
                options={[
                  { value: 'ethernet', label: 'USB-C Ethernet adapter' },
                  { value: 'wifi', label: 'Wi-Fi' },
                ]}
                onChange={set('network')}
              />
            </>
          )}
        </div>
        <div className="facts-col">
          <h4>The organization</h4>
          <Choice
            legend="Which MDM?"
            value={facts.mdm}
            options={[
              { value: 'intune', label: 'Intune' },
              { value: 'ivanti', label: 'Ivanti Neurons for MDM' },
              { value: 'airwatch', label: 'AirWatch' },
              { value: 'other', label: 'Another MDM' },
            ]}
            onChange={set('mdm')}
          />
          <Choice
            legend="Does the tenant have Entra ID P1 or P2?"
            value={facts.premium}
            options={YES_NO}
            onChange={set('premium')}
          />
          <Choice
            legend="Which kind of tenant?"
            value={facts.tenant}
            options={[
              { value: 'commercial', label: 'Commercial' },
              { value: 'gcc-high', label: 'GCC High (US government)' },
            ]}
            onChange={set('tenant')}
          />
          <Choice
            legend="Is the only network at setup a Wi-Fi that needs certificates (802.1X)?"
            value={facts.enterpriseWifi}
            options={YES_NO}
            onChange={set('enterpriseWifi')}
          />
          <Choice
            legend="Will it run as a kiosk?"
            value={facts.kiosk}
            options={[
              { value: 'none', label: 'No' },
              { value: 'single-app', label: 'One app' },
              { value: 'multi-app', label: 'A few apps' },
            ]}
            onChange={set('kiosk')}
          />
        </div>
      </div>
      <div className="wizard-nav">
        <button type="button" className="btn btn--secondary" onClick={() => back('scenario')}>
          Back
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          Show the plan
        </button>
      </div>
    </form>
  );
}
