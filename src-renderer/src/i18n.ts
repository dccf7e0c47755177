import { useEffect } from 'react';
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
 * The choice is a station setting ("auto" = the system's language: in Electron, the operating system's).
 */
function systemLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export const i18n = createI18n(UI_CATALOGS, resolveLanguage('auto', systemLanguages()));
// The catalogs are bundled, so nothing ever suspends; registered globally so components (and their tests)
// find it without a provider.
i18n.options.react = { useSuspense: false };
setI18n(i18n);

function applyLanguage(language: DisplayLanguage) {
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'pseudo' ? 'en' : language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** Keeps the screens in the station's language setting as it changes (here or from another window). */
export function useLanguageSetting(): void {
  const choice = useSettings((s) => s.settings.language);
  useEffect(() => applyLanguage(resolveLanguage(choice, systemLanguages())), [choice]);
}

/**
 * `?lang=de` (or `pseudo`, the pseudo-locale check) in the address sets the station's language once on
 * connect, then leaves the address.
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
