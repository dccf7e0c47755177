import { afterEach, describe, expect, it } from 'vitest';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { planView } from '../../../../src-main/core/enrollment/plan-view.ts';
import { PATHS } from '../../../../src-main/core/enrollment/paths.ts';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import type { PlanView } from '../../../../src-main/shared/contract/enrollment.ts';
import { untranslatedParts } from '../../../../src-main/shared/i18n/pseudo.ts';
import { ALL_PATHS, GOOD_HL1, GOOD_HL2 } from './helpers.ts';

/**
 * The planner's texts come from the plan catalog in the station's language at the moment the plan is made.
 * In the pseudo language, a text the planner wrote without the catalog shows plain ASCII outside the ⟦ ⟧.
 */
afterEach(() => setStationLanguage('en'));

/** Fact sets that between them reach every rule message, every step variant and every path. */
const CASES: Record<string, EnrollmentFacts> = {
  'autopilot, all good': GOOD_HL2,
  'autopilot, everything wrong': {
    ...GOOD_HL2,
    build: '18362.1',
    autopilotRegistered: false,
    batteryPercent: 20,
    existingDeviceRecord: true,
    network: 'wifi',
    deviceState: 'set-up',
    tenant: 'gcc-high',
    userCount: 70,
    kiosk: 'single-app',
    enterpriseWifi: true,
    mdm: 'ivanti',
    requestedPath: 'autopilot',
  },
  'autopilot ruled out by the MDM': { ...GOOD_HL2, mdm: 'other', premium: false, autoEnrollmentConfigured: false },
  'nothing known': {},
  'HoloLens 1, plain edition, shared, old build': {
    ...GOOD_HL1,
    edition: 'holographic',
    build: '14393',
    bulkToken: true,
    enterpriseWifi: true,
    kiosk: 'multi-app',
    mdmUserScope: 'none',
  },
  'HoloLens 1 on a Settings path after setup': {
    ...GOOD_HL1,
    edition: 'holographic',
    users: 'single',
    stage: 'poc',
    deviceState: 'set-up',
    currentAccount: 'msa',
    enterpriseWifi: true,
  },
  'Microsoft accounts, shared, set up with Entra': {
    identity: 'msa',
    users: 'single',
    userCount: 3,
    deviceState: 'set-up',
    currentAccount: 'entra',
    allowManualUnenroll: false,
  },
  'local accounts, unknown package': { identity: 'local', users: 'multi', model: 'hololens2' },
  'local accounts, set up with another account': {
    identity: 'local',
    users: 'single',
    deviceState: 'set-up',
    currentAccount: 'msa',
    localAccountPackage: false,
  },
  'Entra wanted but a Microsoft account asked for': { ...GOOD_HL2, requestedPath: 'msa-work-account' },
  ...Object.fromEntries(
    ALL_PATHS.map((p) => [`requested ${p}`, { ...GOOD_HL2, deviceState: undefined, requestedPath: p }]),
  ),
};

/** Every text of a plan the planner writes (the unenroll summary and the preflight list are other catalogs). */
function plannerTexts(plan: PlanView): string[] {
  return [
    plan.pathTitle,
    plan.pathReason,
    ...[...plan.blockers, ...plan.warnings].map((f) => f.message),
    ...plan.setAside.flatMap((s) => s.findings.map((f) => f.message)),
    ...plan.checks.filter((c) => c.kind === 'unknown-fact').flatMap((c) => [c.question, c.how]),
    ...plan.steps.flatMap((s) => [s.title, s.action, s.expect, s.ifNot ?? '']),
  ].filter(Boolean);
}

describe('the planner speaks from the plan catalog', () => {
  it.each(Object.entries(CASES))('pseudo-locale: no hard-coded text in the plan for "%s"', (_, facts) => {
    setStationLanguage('pseudo');
    const plan = planView(facts);
    const leaks = plannerTexts(plan).flatMap((text) => untranslatedParts(text).map((part) => ({ part, text })));
    expect(leaks).toEqual([]);
  });

  it('German: the path, its reason and the steps are German, the device buttons keep their printed names', () => {
    setStationLanguage('de');
    const plan = planView({ ...GOOD_HL2, bulkToken: true, users: 'multi', stage: 'pilot' });
    expect(plan.pathTitle).toBe('Entra-Beitritt während der Ersteinrichtung');
    expect(plan.pathReason).toContain('Pilotprojekt');
    const open = plan.steps.find((s) => s.id === 'bulk-token-open');
    expect(open).toMatchObject({
      title: 'Bereitstellungsseite öffnen',
      action: 'Drücken Sie Volume Down und Power gleichzeitig und lassen Sie dann los.',
      chord: { buttons: ['volume-down', 'power'], kind: 'press' },
    });
    // Ids, codes and the path stay language-neutral.
    expect(plan.path).toBe('entra-oobe');
    expect(plan.steps.map((s) => s.id)).toContain('verify-enrolled');
  });

  it('a plan is in the language of the moment it was made; the next one follows a change', () => {
    setStationLanguage('de');
    const german = planView(GOOD_HL2);
    setStationLanguage('en');
    const english = planView(GOOD_HL2);
    expect(german.pathTitle).toBe(
      'Autopilot (Entra-Beitritt und MDM-Registrierung von selbst während der Ersteinrichtung)',
    );
    expect(english.pathTitle).toBe(PATHS.autopilot.title);
    expect(english.pathTitle).toBe('Autopilot (Entra join and MDM enrollment by themselves during first setup)');
    expect(english.steps[0]?.title).toBe('Check the Autopilot registration');
    expect(german.steps[0]?.title).toBe('Autopilot-Registrierung prüfen');
  });

  it('German rules read as whole sentences: the account kinds take their German case', () => {
    setStationLanguage('de');
    const plan = planView({ ...GOOD_HL2, identity: 'local', requestedPath: 'entra-oobe' });
    const mismatch = plan.blockers.find((f) => f.code === 'path-identity-mismatch');
    expect(mismatch?.message).toBe(
      'Der Weg „entra-oobe“ erfordert Entra-Konten (Geschäfts- oder Schulkonten), aber die Benutzer melden sich mit lokalen Konten an.',
    );
  });
});
