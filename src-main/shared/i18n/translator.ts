import i18next, { type i18n as I18n } from 'i18next';
import type { Catalog } from './catalog.ts';
import { formatBytes, formatDateTime, formatDuration } from './format.ts';
import { isDisplayLanguage, type DisplayLanguage } from './languages.ts';
import { pseudoCatalog } from './pseudo.ts';

/** Every namespace in English and German; pseudo is made from English here. */
export type Catalogs = { en: Record<string, Catalog>; de: Record<string, Catalog> };

function withPseudo(catalogs: Catalogs) {
  const pseudo = Object.fromEntries(Object.entries(catalogs.en).map(([ns, c]) => [ns, pseudoCatalog(c)]));
  return { en: catalogs.en, de: catalogs.de, pseudo };
}

/**
 * An i18next instance over the given catalogs, ready at once (the catalogs are bundled: nothing to fetch).
 * Keys are flat ("card.harvest"), so only ':' separates a namespace. Values are not HTML-escaped: React
 * escapes what it renders and the command line prints plain text.
 * Formatters beyond i18next's number/datetime/list: {{size, bytes}}, {{seconds, duration}}, {{when, when}}.
 */
export function createI18n(catalogs: Catalogs, language: DisplayLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: withPseudo(catalogs),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'de', 'pseudo'],
    ns: Object.keys(catalogs.en),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  const lang = (lng: string | undefined): DisplayLanguage => (lng && isDisplayLanguage(lng) ? lng : 'en');
  const formatter = instance.services.formatter;
  formatter?.add('bytes', (value: number, lng) => formatBytes(value, lang(lng)));
  formatter?.add('duration', (value: number, lng) => formatDuration(value, lang(lng)));
  formatter?.add('when', (value: string | number | Date, lng) => formatDateTime(value, lang(lng)));
  return instance;
}
