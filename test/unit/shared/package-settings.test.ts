import type { TOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-main/shared/i18n/translator.ts';
import { UI_CATALOGS } from '../../../src-main/shared/i18n/ui-catalogs.ts';
import type { DisplayLanguage } from '../../../src-main/shared/i18n/languages.ts';
import { regionOfGeoId, settingName, settingValue } from '../../../src-main/shared/package-settings.ts';

const translators = {
  en: createI18n(UI_CATALOGS, 'en'),
  de: createI18n(UI_CATALOGS, 'de'),
  pseudo: createI18n(UI_CATALOGS, 'pseudo'),
};
const sayIn = (language: DisplayLanguage) => (key: string, options?: TOptions) =>
  translators[language].t(key, options ?? {});
const value = (language: DisplayLanguage, id: string, raw: string) => settingValue(sayIn(language), language, id, raw);

describe('a package setting shows what its value means, with the raw value kept for the expert', () => {
  it.each([
    ['en', 'region', '244', 'United States (244)'],
    ['de', 'region', '244', 'Vereinigte Staaten (244)'],
    ['en', 'region', '94', 'Germany (94)'],
    ['de', 'region', '94', 'Deutschland (94)'],
    ['de', 'region', ' 242 ', 'Vereinigtes Königreich (242)'],
    ['en', 'skip-calibration', 'True', 'Yes (True)'],
    ['de', 'skip-calibration', 'True', 'Ja (True)'],
    ['en', 'skip-training', 'false', 'No (false)'],
    ['de', 'hide-oobe', 'False', 'Nein (False)'],
    ['en', 'allow-add-package', '0', 'Not allowed (0)'],
    ['de', 'allow-remove-package', '1', 'Zugelassen (1)'],
    ['en', 'package-owner', 'ITAdmin', 'IT Admin (ITAdmin)'],
    ['de', 'package-owner', 'ITAdmin', 'IT-Administrator (ITAdmin)'],
    ['en', 'package-owner', 'OEM', 'Device maker (OEM)'],
    ['en', 'certificate', 'RootCertificates', 'Root certificates (RootCertificates)'],
    ['de', 'edition-upgrade', 'UpgradeEditionWithLicense', 'Mit Lizenzdatei (UpgradeEditionWithLicense)'],
  ] as const)('%s: %s = "%s" reads "%s"', (language, id, raw, shown) => {
    expect(value(language, id, raw)).toEqual({ text: shown, known: true });
  });

  it.each([
    ['region', '99999', 'an id the station does not know'],
    ['region', 'US', 'not a GEOID at all'],
    ['region', '', 'empty'],
    ['skip-wifi', 'maybe', 'not a yes or no'],
    ['package-owner', 'Someone', 'an owner type Windows does not have'],
    ['time-zone', 'Pacific Standard Time', 'a Windows time zone name, already readable'],
    ['wifi', 'Warehouse', 'a network name: data'],
    ['package-version', '1.0', 'a version: data'],
  ])('%s = "%s" is shown as it is (%s)', (id, raw) => {
    for (const language of ['en', 'de'] as const) expect(value(language, id, raw)).toEqual({ text: raw, known: false });
  });

  it('comes through the catalogs: in the pseudo-locale the meaning is bracketed, the raw value kept', () => {
    const { text } = value('pseudo', 'skip-calibration', 'True');
    expect(text).toMatch(/^⟦.*\(True\)~*⟧$/);
    expect(text).not.toContain('Yes');
  });

  it('knows the GEOIDs of the regions most fleets are in, and no others', () => {
    expect(['244', '94', '242', '84', '39', '12', '14', '223', '122'].map(regionOfGeoId)).toEqual([
      'US',
      'DE',
      'GB',
      'FR',
      'CA',
      'AU',
      'AT',
      'CH',
      'JP',
    ]);
    expect(regionOfGeoId('0')).toBeNull();
    expect(regionOfGeoId('2440')).toBeNull();
  });

  it('names a setting in the technician language, and keeps the core label for one it has no name for', () => {
    const de = sayIn('de');
    expect(settingName(de, 'region', 'Region')).toBe('Land oder Region');
    expect(settingName(de, 'skip-calibration', 'Skip eye calibration')).toBe('Augenkalibrierung überspringen');
    expect(settingName(de, 'some-new-setting', 'Something new')).toBe('Something new');
  });
});
