/**
 * The languages the station speaks. English is the source every other catalog is translated from; `pseudo` is
 * English run through pseudoize() so a test can tell a translated text from a hard-coded one at a glance.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DISPLAY_LANGUAGES = [...LANGUAGES, 'pseudo'] as const;
export type DisplayLanguage = (typeof DISPLAY_LANGUAGES)[number];

/** A setting: follow the operating system, or one language the technician picked. */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES, 'pseudo'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language named in itself: a technician who cannot read the current language can still find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

export function isDisplayLanguage(value: string): value is DisplayLanguage {
  return value === 'pseudo' || (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred locales the station speaks ("de-AT" -> de), else English. Tags are
 * BCP 47 from a browser or Electron, or POSIX from LANG ("de_DE.UTF-8", "C", "POSIX").
 */
export function pickLanguage(preferred: readonly string[]): Language;
export function pickLanguage<T>(preferred: readonly string[], fallback: T): Language | T;
export function pickLanguage(preferred: readonly string[], fallback: Language | null = 'en'): Language | null {
  for (const tag of preferred) {
    const primary =
      tag
        .trim()
        .toLowerCase()
        .split(/[-_.@]/)[0] ?? '';
    const match = LANGUAGES.find((l) => l === primary);
    if (match) return match;
  }
  return fallback;
}

/** The language to show for a setting: the technician's choice, or the system's when the choice is "auto". */
export function resolveLanguage(choice: LanguageChoice, system: readonly string[]): DisplayLanguage {
  return choice === 'auto' ? pickLanguage(system) : choice;
}

/** The locale tag for Intl formatting: pseudo text uses English number and date shapes. */
export function intlLocale(language: DisplayLanguage): string {
  return language === 'pseudo' ? 'en' : language;
}
