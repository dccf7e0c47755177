import { afterEach, describe, expect, it } from 'vitest';
import { setStationLanguage } from '../../../../src-main/core/language.ts';
import {
  BUILD_FEATURES,
  BUILD_RELEASES,
  ERROR_CODES,
  GUIDANCE_TOPICS,
  TROUBLESHOOTING_CHECKLIST,
  lookupError,
  searchKnowledge,
} from '../../../../src-main/core/knowledge/index.ts';
import { updateAdvice } from '../../../../src-main/core/knowledge/updates.ts';

afterEach(() => setStationLanguage('en'));

const everything = () =>
  JSON.stringify([ERROR_CODES, GUIDANCE_TOPICS, TROUBLESHOOTING_CHECKLIST, BUILD_RELEASES, BUILD_FEATURES]);

describe('knowledge texts are read in the language in force when they are read', () => {
  it.each(['en', 'de', 'pseudo'] as const)('every text of every table is in the %s catalog (no key shows)', (lang) => {
    setStationLanguage(lang);
    expect(everything()).not.toMatch(/"(error|topic|checklist|build|feature)\.[\w@.-]+"/);
  });

  it('the same entry speaks English, then German, then English again', () => {
    const entry = lookupError('80180014')!;
    expect(entry.name).toBe('Enrollment refused for this device');
    setStationLanguage('de');
    expect(entry.name).toBe('Registrierung für dieses Gerät abgelehnt');
    expect(lookupError('0x80180014')!.fixes[0]).toMatch(/^Lassen Sie in den Intune-Registrierungsbeschränkungen/);
    setStationLanguage('en');
    expect(entry.fixes).toHaveLength(2);
    expect(entry.fixes[0]).toMatch(/^In Intune enrollment restrictions/);
  });

  it('spreading an entry (as the API and the CLI do) takes the texts of that moment', () => {
    setStationLanguage('de');
    const copy = { ...GUIDANCE_TOPICS.find((t) => t.id === 'kiosk')! };
    setStationLanguage('en');
    expect(copy.title).toBe('Kioskmodus (zugewiesener Zugriff)');
    expect(copy.points).toHaveLength(4);
  });

  it('update advice names the stops on the way in the language', () => {
    setStationLanguage('de');
    expect(updateAdvice('hololens2', '19041.1103', '22621.1113')).toMatch(
      /^Aktualisieren Sie es auf 22621.1113 oder neuer \(unterwegs: 19041.1136, dann 20346.1002\)/,
    );
  });
});

describe('search finds texts in the current language', () => {
  it.each([
    ['de', 'Lizenz', 'checklist', 'license-assigned'],
    ['de', 'mittlere LED', 'led', 'flashing-mode'],
    ['de', 'Kioskmodus', 'topic', 'kiosk'],
    ['de', 'Registrierung abgelehnt', 'error', '0x80180014'],
    ['en', 'license', 'checklist', 'license-assigned'],
    ['en', 'refused for this device', 'error', '0x80180014'],
  ] as const)('%s: "%s" finds %s %s', (lang, query, kind, id) => {
    setStationLanguage(lang);
    expect(searchKnowledge(query).map((h) => `${h.kind}:${h.id}`)).toContain(`${kind}:${id}`);
  });

  it('a German word finds nothing in English and the English one nothing in German (one index per language)', () => {
    setStationLanguage('en');
    expect(searchKnowledge('Kioskmodus')).toEqual([]);
    setStationLanguage('de');
    expect(searchKnowledge('Kioskmodus')[0]?.title).toBe('Kioskmodus (zugewiesener Zugriff)');
    expect(searchKnowledge('refused for this device')).toEqual([]);
  });

  it('an error code finds its entry first in every language, with the title in that language', () => {
    setStationLanguage('de');
    const [first] = searchKnowledge('-2145910764');
    expect(first).toMatchObject({ kind: 'error', id: '0x80180014' });
    expect(first?.title).toBe('0x80180014 Registrierung für dieses Gerät abgelehnt');
  });
});
