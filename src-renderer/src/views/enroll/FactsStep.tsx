import { useEffect, useId, useRef, useState } from 'react';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment.ts';
import { BUILD_PATTERN } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { station } from '../../api/station.ts';
import { mergedFacts, useEnrollment } from '../../stores/enrollment.ts';
import { useTranslation } from 'react-i18next';
import { Choice, useYesNo } from './Choice.tsx';

const KNOWN_FACTS = ['model', 'build', 'batteryPercent', 'edition', 'deviceState'] as const;
type KnownFact = (typeof KNOWN_FACTS)[number];

/** A fact read from the device as the screen shows it; product names and builds are data, shown as they are. */
function KnownValue({ fact, value }: { fact: KnownFact; value: unknown }) {
  const { t } = useTranslation('enroll');
  if (fact === 'model') return <>{value === 'hololens2' ? t('model.hololens2') : t('model.hololens1')}</>;
  if (fact === 'batteryPercent') return <>{t('known.battery', { percent: Number(value) })}</>;
  if (fact === 'deviceState') return <>{value === 'set-up' ? t('known.setUp') : t('known.fresh')}</>;
  if (fact === 'edition')
    return <span translate="no">{editionName(value === 'business' ? 'business' : 'holographic')}</span>;
  return <span translate="no">{String(value)}</span>;
}

/** Edition names are Microsoft's product names, the same in every language. */
function editionName(edition: 'business' | 'holographic'): string {
  return edition === 'business' ? 'Windows Holographic for Business' : 'Windows Holographic';
}

/** The facts the station cannot read from the device, asked in plain words. Known ones are shown, not asked. */
export function FactsStep() {
  const { answers, known, setAnswer, makePlan, back, busy } = useEnrollment();
  const facts = mergedFacts({ answers, known });
  const knownFacts = known?.facts ?? {};
  const buildId = useId();
  const buildInput = useRef<HTMLInputElement>(null);
  // A version name (2004, 20H2) is not a build: said here, next to the field, before the station is asked.
  const [buildRefused, setBuildRefused] = useState(false);
  const buildBad = answers.build !== undefined && !BUILD_PATTERN.test(answers.build);
  const { t } = useTranslation('enroll');
  const YES_NO = useYesNo();
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
  const knownEntries = KNOWN_FACTS.filter((k) => knownFacts[k] !== undefined).map((k) => [k, knownFacts[k]] as const);

  return (
    <form
      className="wizard-page"
      aria-labelledby="facts-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (buildBad && !knownFacts.build) {
          setBuildRefused(true);
          buildInput.current?.focus();
          return;
        }
        void makePlan();
      }}
    >
      <h3 className="wizard-page__title" id="facts-title">
        {t('facts.title')}
      </h3>
      {knownEntries.length > 0 && (
        <div className="known">
          <h4>{t('facts.known')}</h4>
          <dl>
            {knownEntries.map(([k, v]) => (
              <div key={k}>
                <dt>{t(`known.${k}`)}</dt>
                <dd>
                  <KnownValue fact={k} value={v} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div className="facts-grid">
        <div className="facts-col">
          <h4>{t('facts.people')}</h4>
          <Choice
            legend={t('users.legend')}
            value={facts.users}
            options={[
              { value: 'multi', label: t('users.multi') },
              { value: 'single', label: t('users.single') },
            ]}
            onChange={set('users')}
          />
          <Choice
            legend={t('stage.legend')}
            value={facts.stage}
            options={[
              { value: 'production', label: t('stage.production') },
              { value: 'pilot', label: t('stage.pilot') },
              { value: 'poc', label: t('stage.poc') },
            ]}
            onChange={set('stage')}
          />
          <Choice
            legend={t('identity.legend')}
            value={facts.identity}
            options={[
              { value: 'entra', label: t('identity.entra') },
              { value: 'msa', label: t('identity.msa') },
              { value: 'local', label: t('identity.local') },
            ]}
            onChange={set('identity')}
          />
        </div>
        <div className="facts-col">
          <h4>{t('facts.device')}</h4>
          {!knownFacts.model && (
            <Choice
              legend={t('model.legend')}
              value={facts.model}
              options={[
                { value: 'hololens2', label: t('model.hololens2') },
                { value: 'hololens1', label: t('model.hololens1') },
              ]}
              onChange={set('model')}
            />
          )}
          {!knownFacts.build && (
            <div className="field">
              <label htmlFor={buildId}>{t('build.label')}</label>
              <input
                id={buildId}
                ref={buildInput}
                value={answers.build ?? ''}
                placeholder={t('build.placeholder', { example: '22621.1244' })}
                inputMode="decimal"
                aria-invalid={buildRefused && buildBad ? true : undefined}
                aria-describedby={buildRefused && buildBad ? `${buildId}-error` : undefined}
                onChange={(e) => setAnswer('build', e.target.value.trim() || undefined)}
              />
              {buildRefused && buildBad && (
                <p className="form-error" id={`${buildId}-error`}>
                  {t('build.invalid')}
                </p>
              )}
            </div>
          )}
          {facts.model === 'hololens1' && !knownFacts.edition && (
            <Choice
              legend={t('edition.legend')}
              value={facts.edition}
              options={[
                { value: 'business', label: editionName('business'), name: true },
                { value: 'holographic', label: editionName('holographic'), name: true },
              ]}
              onChange={set('edition')}
            />
          )}
          {knownFacts.batteryPercent === undefined && (
            <div className="field">
              <label htmlFor={batteryId}>{t('battery.label')}</label>
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
              legend={t('deviceState.legend')}
              value={facts.deviceState}
              options={[
                { value: 'fresh', label: t('deviceState.fresh') },
                { value: 'set-up', label: t('deviceState.setUp') },
              ]}
              onChange={set('deviceState')}
            />
          )}
          {autopilotLikely && (
            <>
              <Choice
                legend={t('autopilotRegistered.legend')}
                value={facts.autopilotRegistered}
                options={YES_NO}
                onChange={set('autopilotRegistered')}
              />
              <Choice
                legend={t('network.legend')}
                value={facts.network}
                options={[
                  { value: 'ethernet', label: t('network.ethernet') },
                  { value: 'wifi', label: t('network.wifi') },
                ]}
                onChange={set('network')}
              />
            </>
          )}
        </div>
        <div className="facts-col">
          <h4>{t('facts.organization')}</h4>
          <Choice
            legend={t('mdm.legend')}
            value={facts.mdm}
            options={[
              { value: 'intune', label: 'Intune', name: true },
              { value: 'ivanti', label: 'Ivanti Neurons for MDM', name: true },
              { value: 'airwatch', label: 'AirWatch', name: true },
              { value: 'other', label: t('mdm.other') },
            ]}
            onChange={set('mdm')}
          />
          <Choice legend={t('premium.legend')} value={facts.premium} options={YES_NO} onChange={set('premium')} />
          <Choice
            legend={t('tenant.legend')}
            value={facts.tenant}
            options={[
              { value: 'commercial', label: t('tenant.commercial') },
              { value: 'gcc-high', label: t('tenant.gccHigh') },
            ]}
            onChange={set('tenant')}
          />
          <Choice
            legend={t('enterpriseWifi.legend')}
            value={facts.enterpriseWifi}
            options={YES_NO}
            onChange={set('enterpriseWifi')}
          />
          <Choice
            legend={t('kiosk.legend')}
            value={facts.kiosk}
            options={[
              { value: 'none', label: t('kiosk.none') },
              { value: 'single-app', label: t('kiosk.singleApp') },
              { value: 'multi-app', label: t('kiosk.multiApp') },
            ]}
            onChange={set('kiosk')}
          />
        </div>
      </div>
      <div className="wizard-nav">
        <button type="button" className="btn btn--secondary" onClick={() => back('scenario')}>
          {t('facts.back')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('facts.showPlan')}
        </button>
      </div>
    </form>
  );
}
