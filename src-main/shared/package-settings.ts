import type { TOptions } from 'i18next';
import { intlLocale, type DisplayLanguage } from './i18n/languages.ts';

/**
 * What a package setting's raw value means, for the technician ("Region: 244" says nothing; "United States (244)"
 * does). The raw value stays in brackets for the expert who compares it with Windows Configuration Designer. A
 * value the station does not know is shown as it is: never guessed.
 */

/**
 * Windows geographical location ids (GEOID, the number WCD's FirstExperience/PreferredRegion holds) of the
 * countries and regions a HoloLens fleet is most likely set up in, to ISO 3166 codes. Names come from Intl in the
 * technician's language, so this table holds no words. Add a row when a real package shows a new id.
 */
export const GEO_ID_REGIONS: Readonly<Record<number, string>> = {
  4: 'DZ',
  5: 'AZ',
  6: 'AL',
  7: 'AM',
  11: 'AR',
  12: 'AU',
  14: 'AT',
  17: 'BH',
  21: 'BE',
  29: 'BY',
  32: 'BR',
  35: 'BG',
  39: 'CA',
  45: 'CN',
  46: 'CL',
  51: 'CO',
  54: 'CR',
  61: 'DK',
  65: 'DO',
  66: 'EC',
  67: 'EG',
  68: 'IE',
  70: 'EE',
  72: 'SV',
  75: 'CZ',
  77: 'FI',
  84: 'FR',
  88: 'GE',
  94: 'DE',
  98: 'GR',
  99: 'GT',
  104: 'HK',
  106: 'HN',
  108: 'HR',
  109: 'HU',
  110: 'IS',
  111: 'ID',
  113: 'IN',
  117: 'IL',
  118: 'IT',
  121: 'IQ',
  122: 'JP',
  126: 'JO',
  134: 'KR',
  136: 'KW',
  137: 'KZ',
  139: 'LB',
  140: 'LV',
  141: 'LT',
  143: 'SK',
  145: 'LI',
  147: 'LU',
  148: 'LY',
  151: 'MO',
  159: 'MA',
  163: 'MT',
  164: 'OM',
  166: 'MX',
  167: 'MY',
  176: 'NL',
  177: 'NO',
  182: 'NI',
  183: 'NZ',
  185: 'PY',
  187: 'PE',
  191: 'PL',
  192: 'PA',
  193: 'PT',
  197: 'QA',
  200: 'RO',
  202: 'PR',
  203: 'RU',
  205: 'SA',
  209: 'ZA',
  212: 'SI',
  215: 'SG',
  217: 'ES',
  221: 'SE',
  222: 'SY',
  223: 'CH',
  224: 'AE',
  227: 'TH',
  234: 'TN',
  235: 'TR',
  237: 'TW',
  241: 'UA',
  242: 'GB',
  244: 'US',
  246: 'UY',
  249: 'VE',
  251: 'VN',
  261: 'YE',
  271: 'RS',
  19618: 'MK',
};

/** The ISO 3166 code of a GEOID as a package writes it ("244", " 244 "), or null when the station does not know it. */
export function regionOfGeoId(raw: string): string | null {
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return null;
  return GEO_ID_REGIONS[Number(text)] ?? null;
}

type Translate = (key: string, options?: TOptions) => string;

/** A meaning as a catalog key in the packages namespace, or a name that needs no translating. */
type Meaning = { key: string } | { name: string };

const BOOLEAN_SETTINGS = new Set(['developer-mode', 'hide-oobe', 'skip-calibration', 'skip-training', 'skip-wifi']);
const POLICY_SETTINGS = new Set(['allow-add-package', 'allow-remove-package']);
const OWNER_TYPES = new Set(['itadmin', 'oem', 'siliconvendor', 'systemintegrator', 'mobileoperator', 'microsoft']);
const CERTIFICATE_STORES = new Set([
  'rootcertificates',
  'cacertificates',
  'clientcertificates',
  'trustedpeoplecertificates',
  'trustedprovisioners',
]);
const EDITION_WAYS = new Set(['upgradeeditionwithlicense', 'upgradeeditionwithproductkey', 'changeproductkey']);

function booleanOf(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  return null;
}

function meaningOf(id: string, raw: string, language: DisplayLanguage): Meaning | null {
  const word = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (id === 'region') {
    const code = regionOfGeoId(raw);
    if (!code) return null;
    const name = new Intl.DisplayNames([intlLocale(language)], { type: 'region', fallback: 'none' }).of(code);
    return name ? { name } : null;
  }
  if (BOOLEAN_SETTINGS.has(id)) {
    const on = booleanOf(raw);
    return on === null ? null : { key: on ? 'value.yes' : 'value.no' };
  }
  if (POLICY_SETTINGS.has(id)) {
    // The policy CSP's values: 1 allowed (the default), 0 not allowed.
    const on = booleanOf(raw);
    return on === null ? null : { key: on ? 'value.allowed' : 'value.notAllowed' };
  }
  if (id === 'package-owner' && OWNER_TYPES.has(word)) return { key: `value.owner.${word}` };
  if (id === 'certificate' && CERTIFICATE_STORES.has(word)) return { key: `value.cert.${word}` };
  if (id === 'edition-upgrade' && EDITION_WAYS.has(word)) return { key: `value.edition.${word}` };
  return null;
}

/**
 * A setting's value for the screen: its meaning with the raw value in brackets (known: true), or the raw value
 * alone (known: false: data, shown as the package has it).
 */
export function settingValue(
  t: Translate,
  language: DisplayLanguage,
  id: string,
  raw: string,
): { text: string; known: boolean } {
  const meaning = meaningOf(id, raw, language);
  if (!meaning) return { text: raw, known: false };
  const text = 'key' in meaning ? t(`packages:${meaning.key}`) : meaning.name;
  return { text: t('packages:value.raw', { meaning: text, raw: raw.trim() }), known: true };
}

/** A setting's name in the technician's language; a setting this build has no name for keeps the core's label. */
export function settingName(t: Translate, id: string, label: string): string {
  return t(`packages:setting.${id}`, { defaultValue: label });
}
