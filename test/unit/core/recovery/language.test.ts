import { afterEach, describe, expect, it } from 'vitest';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import { planUnenroll } from '../../../../src-main/core/enrollment/unenroll.ts';
import { busAnnouncement } from '../../../../src-main/core/recovery/follow.ts';
import { ledPattern, ledPatterns } from '../../../../src-main/core/recovery/leds.ts';
import { getProcedure, recoveryProcedures } from '../../../../src-main/core/recovery/procedures.ts';
import { EnrolledVia } from '../../../../src-main/shared/contract/enrollment-plan.ts';
import { resetForReuse } from '../../../../src-main/core/recovery/reuse.ts';

/** Recovery knowledge is built when asked for, so it speaks the language in force at that moment. */
describe('recovery texts follow the station language', () => {
  afterEach(() => setStationLanguage('en'));

  it('the same procedure reads in English, then in German after a switch, with the same ids and chords', () => {
    setStationLanguage('en');
    const en = getProcedure('hololens2', 'hard-restart');
    setStationLanguage('de');
    const de = getProcedure('hololens2', 'hard-restart');
    expect(en.steps[1]?.title).toBe('Hold Volume Down and Power for 15 seconds');
    // The device's own button labels stay English, with German around them.
    expect(de.steps[1]?.action).toBe(
      'Halten Sie Volume Down und Power zusammen 15 Sekunden lang gedrückt und lassen Sie dann los.',
    );
    expect(de.steps.map((s) => [s.id, s.chord, s.busExpectation])).toEqual(
      en.steps.map((s) => [s.id, s.chord, s.busExpectation]),
    );
  });

  it.each([
    ['en', { present: false }, 1, 4, 'The device left port 1-2. Moved on to step 2 of 4.'],
    [
      'en',
      { present: true, mode: 'flashing' },
      4,
      4,
      'The station sees the device in flashing mode on port 1-2. All steps are done.',
    ],
    [
      'de',
      { present: true, mode: 'normal' },
      2,
      4,
      'Die Station sieht das Gerät im normalen Betrieb an Anschluss 1-2. Weiter mit Schritt 3 von 4.',
    ],
  ] as const)(
    'the bus announcement in %s is one whole sentence with the port and step',
    (lang, seen, index, total, text) => {
      setStationLanguage(lang);
      const observation = { mode: null, model: null, deviceId: null, ...seen };
      expect(busAnnouncement(observation, '1-2', index, total)).toBe(text);
    },
  );

  it('LEDs, the reuse checklist and the unenroll plan are German after a switch; codes stay as they are', () => {
    setStationLanguage('de');
    expect(ledPattern('battery-level-1')?.name).toBe('Akkustand: 1 Licht');
    expect(ledPattern('battery-level-3')?.name).toBe('Akkustand: 3 Lichter');
    expect(resetForReuse().errorExplanation).toMatch(/^0x80180014 bei einem wiederverwendeten Gerät/);
    const plan = planUnenroll('autopilot', { model: 'hololens2', movingTenant: true });
    expect(plan.method).toBe('reset-or-reflash');
    expect(plan.steps[0]?.title).toMatch(/TenantLockdown aufheben/);
    expect(plan.steps.at(-1)?.ifNot).toBe('Ohne diesen Schritt scheitert der nächste Autopilot-Lauf mit 0x80180014.');
  });

  // Catalog keys are built from ids ("hl2.reset.confirm.title"), so the typecheck cannot see a missing one: i18next
  // would show the key itself. Every text of every procedure, light, reuse item and unenroll way is a real text.
  it.each(['en', 'de'] as const)('no text is a bare catalog key (%s)', (lang) => {
    setStationLanguage(lang);
    const texts: string[] = [];
    const collect = (value: unknown, field = ''): void => {
      if (typeof value === 'string') {
        if (!['id', 'source', 'seeProcedure', 'kind', 'model', 'mode', 'where', 'when'].includes(field))
          texts.push(value);
      } else if (Array.isArray(value)) value.forEach((v) => collect(v, field));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    collect(recoveryProcedures());
    collect(ledPatterns());
    collect(resetForReuse());
    for (const via of EnrolledVia.options)
      for (const model of ['hololens1', 'hololens2', undefined] as const)
        for (const movingTenant of [true, false])
          for (const allowManualUnenroll of [true, false])
            collect(planUnenroll(via, { model, movingTenant, allowManualUnenroll }));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => /^(procedures:)?[\w-]+(\.[\w-]+)+$/.test(t))).toEqual([]);
  });
});
