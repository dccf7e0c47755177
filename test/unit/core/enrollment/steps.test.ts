import { describe, expect, it } from 'vitest';
import type { EnrollmentFacts } from '../../../../src-main/shared/contract/enrollment-facts.ts';
import { planEnrollment } from '../../../../src-main/core/enrollment/plan.ts';
import { stepsFor } from '../../../../src-main/core/enrollment/steps/index.ts';
import { ALL_PATHS, GOOD_HL1, GOOD_HL2 } from './helpers.ts';

const ids = (facts: EnrollmentFacts, path = planEnrollment(facts).path) => stepsFor(path, facts).map((s) => s.id);

describe('enrollment steps', () => {
  it.each(ALL_PATHS)('steps: every %s step says what to do and what the device shows', (path) => {
    for (const facts of [GOOD_HL2, GOOD_HL1, {}]) {
      const steps = stepsFor(path, facts);
      expect(steps.length).toBeGreaterThan(2);
      for (const s of steps) {
        expect(s.action.length).toBeGreaterThan(10);
        expect(s.expect.length).toBeGreaterThan(5);
        if (s.chord?.kind === 'hold') expect(s.chord.seconds).toBeGreaterThan(0);
      }
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    }
  });

  it.each(ALL_PATHS)('steps: %s ends by checking Settings shows the device enrolled', (path) => {
    const steps = stepsFor(path, GOOD_HL2);
    expect(steps.map((s) => s.id)).toContain('verify-enrolled');
    expect(steps.find((s) => s.id === 'verify-enrolled')?.action).toMatch(/Access work or school/);
  });

  it('steps: Autopilot checks registration and old records in the portal before power-on', () => {
    const order = ids(GOOD_HL2, 'autopilot');
    expect(order.indexOf('check-registration')).toBeLessThan(order.indexOf('turn-on'));
    expect(order.indexOf('check-old-records')).toBeLessThan(order.indexOf('turn-on'));
    expect(order.indexOf('network')).toBeLessThan(order.indexOf('turn-on'));
  });

  it('steps: Autopilot on 19041.1103 plugs the Ethernet adapter in before power-on and keeps hands off', () => {
    const steps = stepsFor('autopilot', { ...GOOD_HL2, build: '19041.1103', network: undefined });
    expect(steps.find((s) => s.id === 'network')?.action).toMatch(/Ethernet adapter.*still off/);
    expect(steps.map((s) => s.id)).toContain('hands-off');
  });

  it('steps: Autopilot over Wi-Fi on 19041.1128 goes through the first screens and waits 15 s for the profile', () => {
    const step = stepsFor('autopilot', { ...GOOD_HL2, build: '19041.1128', network: 'wifi' }).find(
      (s) => s.id === 'wifi-setup',
    );
    expect(step?.timerSeconds).toBe(15);
    expect(step?.expect).toMatch(/about 15 seconds/);
    expect(step?.expect).not.toMatch(/10 seconds/);
    expect(step?.action).toMatch(/hummingbird/);
  });

  it('steps: HL1 on plain Holographic applies the edition upgrade package at the fit page, then checks the edition', () => {
    const fresh = stepsFor('entra-oobe', { ...GOOD_HL1, edition: 'holographic' });
    expect(fresh.slice(0, 5).map((s) => s.id)).toEqual([
      'edition-upgrade-reach-setup',
      'edition-upgrade-open',
      'edition-upgrade-copy',
      'edition-upgrade-apply',
      'edition-upgrade-trust',
    ]);
    expect(fresh[2]?.action).toMatch(/EditionUpgrade/);
    // The device is already on at the fit page: no second "turn it on".
    expect(fresh.map((s) => s.id)).not.toContain('turn-on');
    const check = fresh.find((s) => s.id === 'edition-check');
    expect(check?.expect).toMatch(/Windows Holographic for Business/);
    expect(check?.ifNot).toMatch(/WindowsLicensing/);
    const setUp = stepsFor('msa-work-account', {
      ...GOOD_HL1,
      edition: 'holographic',
      identity: 'msa',
      deviceState: 'set-up',
      currentAccount: 'msa',
    });
    expect(setUp[0]?.id).toBe('edition-upgrade-after-setup');
    expect(setUp[0]?.action).toMatch(/Add or remove a provisioning package/);
  });

  it('steps: over 802.1X Wi-Fi, an Entra join at setup applies the certificates package first and Autopilot uses Ethernet', () => {
    const oobe = stepsFor('entra-oobe', { ...GOOD_HL2, stage: 'pilot', enterpriseWifi: true });
    expect(oobe[0]?.id).toBe('wifi-certificates-reach-setup');
    expect(oobe.find((s) => s.id === 'wifi-certificates-copy')?.action).toMatch(/root CA/);
    const autopilot = stepsFor('autopilot', { ...GOOD_HL2, network: 'wifi', enterpriseWifi: true });
    expect(autopilot.find((s) => s.id === 'network')?.title).toMatch(/Ethernet/);
  });

  it.each([
    ['single-app', /no Start menu/],
    ['multi-app', /only the apps/],
  ] as const)('steps: a %s kiosk device ends with the kiosk check as a targeted user', (kiosk, expected) => {
    const steps = stepsFor('entra-oobe', { ...GOOD_HL2, kiosk });
    expect(steps[steps.length - 1]?.id).toBe('kiosk-check');
    expect(steps[steps.length - 1]?.expect).toMatch(expected);
    expect(stepsFor('entra-oobe', { ...GOOD_HL2, kiosk: 'none' }).map((s) => s.id)).not.toContain('kiosk-check');
  });

  it('steps: Autopilot mentions the profile language and the restart a device-name template causes', () => {
    const steps = stepsFor('autopilot', { ...GOOD_HL2, build: '19041.1128', network: 'wifi' });
    expect(steps.find((s) => s.id === 'wifi-setup')?.action).toMatch(
      /keyboard \(unless the Autopilot profile sets them\)/,
    );
    expect(steps.find((s) => s.id === 'autopilot-runs')?.expect).toMatch(/device-name template/);
    expect(steps.find((s) => s.id === 'check-registration')?.ifNot).toMatch(/device owner.*Full/);
  });

  it('steps: Autopilot with Ivanti Neurons for MDM checks the registration in Ivanti, not Intune', () => {
    const steps = stepsFor('autopilot', { ...GOOD_HL2, mdm: 'ivanti' });
    expect(steps.find((s) => s.id === 'check-registration')?.action).toMatch(/Ivanti Neurons for MDM/);
    expect(steps.find((s) => s.id === 'check-old-records')?.action).not.toMatch(/Intune/);
    expect(stepsFor('autopilot', GOOD_HL2).find((s) => s.id === 'check-registration')?.action).toMatch(/Intune/);
  });

  it('steps: Autopilot with an unknown build describes both network choices', () => {
    const step = stepsFor('autopilot', { model: 'hololens2' }).find((s) => s.id === 'network');
    expect(step?.action).toMatch(/19041\.1128/);
    expect(step?.action).toMatch(/Ethernet/);
  });

  it('steps: Entra join during setup picks "My work or school owns it"', () => {
    const steps = stepsFor('entra-oobe', { ...GOOD_HL2, stage: 'pilot' });
    expect(steps.find((s) => s.id === 'work-or-school')?.action).toMatch(/My work or school owns it/);
    expect(steps.map((s) => s.id)).toContain('other-users');
  });

  it('steps: Entra join during setup needs no manual enrollment step when auto-enrollment is on', () => {
    const steps = stepsFor('entra-oobe', { ...GOOD_HL2, stage: 'pilot' });
    expect(steps.find((s) => s.id === 'first-sign-in')?.expect).toMatch(/enrolls in the MDM by itself/);
    const actions = steps.map((s) => s.action).join(' ');
    expect(actions).not.toMatch(/Enroll only in device management|select Connect/);
  });

  it('steps: HL1 is turned on with a 1 s Power hold; HL2 with a press', () => {
    expect(stepsFor('entra-oobe', GOOD_HL1).find((s) => s.id === 'turn-on')?.chord).toEqual({
      buttons: ['power'],
      kind: 'hold',
      seconds: 1,
    });
    expect(stepsFor('entra-oobe', GOOD_HL2).find((s) => s.id === 'turn-on')?.chord).toEqual({
      buttons: ['power'],
      kind: 'press',
    });
  });

  it('steps: a bulk-token join applies the package with Volume Down + Power at the first setup page', () => {
    const steps = stepsFor('entra-oobe', { ...GOOD_HL2, bulkToken: true });
    const chords = steps.filter((s) => s.chord).map((s) => s.chord);
    expect(chords).toEqual([
      { buttons: ['volume-down', 'power'], kind: 'press' },
      { buttons: ['volume-down', 'power'], kind: 'press' },
    ]);
    expect(steps[0]?.action).toMatch(/hummingbird/);
    expect(steps.map((s) => s.id)).not.toContain('work-or-school');
  });

  it('steps: the HL1 package steps stop at the fit page (blue box)', () => {
    const steps = stepsFor('local-mdm-only', { ...GOOD_HL1, identity: 'local', users: 'single' });
    expect(steps[0]?.action).toMatch(/fit page/);
    expect(steps.map((s) => s.id)).toContain('local-account-trust');
  });

  it('steps: Settings paths check the internet first (troubleshooting item 1)', () => {
    for (const path of ['entra-settings', 'msa-work-account', 'local-mdm-only'] as const) {
      const order = stepsFor(path, GOOD_HL2).map((s) => s.id);
      expect(order).toContain('check-internet');
      expect(order.indexOf('check-internet')).toBeLessThan(order.indexOf('verify-enrolled'));
    }
  });

  it('steps: Microsoft account path is the "add work account" flow via Connect', () => {
    const step = stepsFor('msa-work-account', GOOD_HL2).find((s) => s.id === 'add-work-account');
    expect(step?.action).toMatch(/Access work or school and select Connect/);
  });

  it('steps: local path uses the "Enroll only in device management" link', () => {
    const step = stepsFor('local-mdm-only', GOOD_HL2).find((s) => s.id === 'enroll-mdm-only');
    expect(step?.action).toMatch(/Enroll only in device management/);
  });

  it('steps: a device already set up with its account skips first setup', () => {
    expect(
      stepsFor('msa-work-account', { deviceState: 'set-up', currentAccount: 'msa' }).map((s) => s.id),
    ).not.toContain('setup-with-msa');
    expect(
      stepsFor('local-mdm-only', { deviceState: 'set-up', currentAccount: 'local' }).map((s) => s.id),
    ).not.toContain('local-account-open');
  });
});
