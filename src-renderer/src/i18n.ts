import { setI18n, useTranslation } from 'react-i18next';
import {
  isDisplayLanguage,
  resolveLanguage,
  type DisplayLanguage,
  type LanguageChoice,
} from '../../src-main/shared/i18n/languages.ts';
import { createI18n } from '../../src-main/shared/i18n/translator.ts';
import { UI_CATALOGS } from '../../src-main/shared/i18n/ui-catalogs.ts';
import { formatBytes, formatDateTime, formatDuration, formatNumber } from '../../src-main/shared/i18n/format.ts';
import { useSettings } from './stores/settings.ts';

/**
 * The screens' language. i18next (with react-i18next for the bindings) because the same library and catalogs
 * serve the renderer, the station's core and the command line; it plurals through Intl.PluralRules and formats
 * through Intl, needs no build step, and is maintained with frequent releases.
 * The screens speak the language the station speaks, as it reports it: the station resolves its setting ("auto" =
 * its operating system's language), and the browser's own languages, which can differ, would put the words the
 * station sends (plan steps, device states, errors) in another language than the words around them.
 */
function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** Until the station answered (or when no station is connected): the browser's languages stand in. */
export const i18n = createI18n(UI_CATALOGS, resolveLanguage('auto', browserLanguages()));
// The catalogs are bundled, so nothing ever suspends; registered globally so components (and their tests)
// find it without a provider.
i18n.options.react = { useSuspense: false };
setI18n(i18n);

function applyLanguage(language: DisplayLanguage) {
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'pseudo' ? 'en' : language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

let following = false;

/**
 * From connect on, the screens speak what the station reports it speaks. Applied as the report arrives (on
 * connect, and on every change from this window or another), before the cards the station words again after it
 * are drawn: the whole screen changes at once. Subscribed at connect, not when this module loads: the stores
 * and this module import each other.
 */
export function followStationLanguage(): void {
  if (following) return;
  following = true;
  useSettings.subscribe((state, before) => {
    if (state.spoken && state.spoken.language !== before.spoken?.language) applyLanguage(state.spoken.language);
  });
}

/**
 * `?lang=de` (or `pseudo`, the pseudo-locale check) in the address sets the station's language once on
 * connect, then leaves the address: a developer's and a test's way in. The screens then follow the station.
 */
export function languageFromAddress(win: Window): LanguageChoice | null {
  const url = new URL(win.location.href);
  const asked = url.searchParams.get('lang');
  if (asked === null) return null;
  url.searchParams.delete('lang');
  win.history.replaceState(win.history.state, '', url);
  return asked === 'auto' || isDisplayLanguage(asked) ? asked : null;
}

/** Formatting in the current language, for components. */
export function useFormat() {
  const { i18n: current } = useTranslation();
  const lang: DisplayLanguage = isDisplayLanguage(current.language) ? current.language : 'en';
  return {
    bytes: (n: number) => formatBytes(n, lang),
    number: (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, lang, options),
    when: (iso: string | number | Date, options?: Intl.DateTimeFormatOptions) => formatDateTime(iso, lang, options),
    duration: (seconds: number) => formatDuration(seconds, lang),
  };
}
