import i18next, { type i18n as I18n } from 'i18next';
import type { Catalog } from './catalog.ts';
import { formatBytes, formatDateTime, formatDuration } from './format.ts';
import { isDisplayLanguage, type DisplayLanguage } from './languages.ts';
import { pseudoCatalog } from './pseudo.ts';

/** Every namespace in English and German; pseudo is made from English here. */
export type Catalogs = { en: Record<string, Catalog>; de: Record<string, Catalog> };

/**
 * Adds the pseudo-locale, made from English, the first time it is asked for: making it costs a command-line start
 * about 10 ms, and only the pseudo-locale checks ever use it.
 */
function addPseudo(instance: I18n, catalogs: Catalogs): void {
  if (instance.hasResourceBundle('pseudo', 'common')) return;
  for (const [ns, c] of Object.entries(catalogs.en)) instance.addResourceBundle('pseudo', ns, pseudoCatalog(c));
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
    resources: language === 'pseudo' ? { ...catalogs, pseudo: {} } : { en: catalogs.en, de: catalogs.de },
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
  if (language === 'pseudo') addPseudo(instance, catalogs);
  instance.on('languageChanging', (lng: string) => {
    if (lng === 'pseudo') addPseudo(instance, catalogs);
  });
  const lang = (lng: string | undefined): DisplayLanguage => (lng && isDisplayLanguage(lng) ? lng : 'en');
  const formatter = instance.services.formatter;
  formatter?.add('bytes', (value: number, lng) => formatBytes(value, lang(lng)));
  formatter?.add('duration', (value: number, lng) => formatDuration(value, lang(lng)));
  formatter?.add('when', (value: string | number | Date, lng) => formatDateTime(value, lang(lng)));
  return instance;
}
