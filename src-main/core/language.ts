import type { i18n as I18n, TOptions } from 'i18next';
import { pickLanguage, resolveLanguage, type DisplayLanguage, type LanguageChoice } from '../shared/i18n/languages.ts';
import { STATION_CATALOGS } from '../shared/i18n/station-catalogs.ts';
import { createI18n } from '../shared/i18n/translator.ts';
import { setUnexpectedErrorWording } from '../shared/errors.ts';

/**
 * The language the station speaks in what it writes for people: plan steps, recovery instructions, error-code
 * explanations, messages on the bus and the command line's human output. One per process: a station serves
 * one bench. JSON output and the ledger stay language-neutral (codes, ids, ISO times).
 */
let language: DisplayLanguage = pickLanguage(systemLocales());
let instance: I18n | null = null;
/** The system's languages as the app shell reports them (Electron), when it does: better than the environment. */
let shellLocales: readonly string[] | null = null;

/**
 * The operating system's preferred locales, most wanted first: POSIX variables on Linux and macOS (LANGUAGE is
 * GNU's priority list), then the ICU default, which on Windows is the user's display language. The ICU default
 * is left out when the variables already name a language the station speaks, and read from the cheapest Intl
 * service when it is needed: DateTimeFormat's took 10 to 15 ms of every command's start.
 */
export function systemLocales(env: NodeJS.ProcessEnv = process.env): string[] {
  const posix = (v: string | undefined) => (v && v !== 'C' && v !== 'POSIX' && !v.startsWith('C.') ? [v] : []);
  const fromEnv = [
    ...posix(env.LC_ALL),
    ...posix(env.LC_MESSAGES),
    ...(env.LANGUAGE ?? '').split(':').filter(Boolean),
    ...posix(env.LANG),
  ];
  if (fromEnv.length > 0 && pickLanguage(fromEnv, null) !== null) return fromEnv;
  // Every Intl service resolves the same default; PluralRules loads in 0.3 ms where DateTimeFormat takes 10.
  return [...fromEnv, new Intl.PluralRules().resolvedOptions().locale];
}

export function stationLanguage(): DisplayLanguage {
  return language;
}

/**
 * The operating system's preferred languages as the desktop shell knows them (Electron's
 * app.getPreferredSystemLanguages(): the user's display languages on Windows and macOS, where the process
 * environment says little). "auto" follows these from now on; an empty list leaves the environment in charge.
 */
export function followShellLocales(preferred: readonly string[]): void {
  shellLocales = preferred.length > 0 ? [...preferred] : null;
  if (shellLocales) setStationLanguage('auto');
}

/** Follow a setting ("auto" = the operating system's language). */
export function setStationLanguage(
  choice: LanguageChoice,
  system: readonly string[] = shellLocales ?? systemLocales(),
): void {
  const next = resolveLanguage(choice, system);
  if (next === language) return;
  language = next;
  said.clear();
  void instance?.changeLanguage(next);
}

function translator(): I18n {
  instance ??= createI18n(STATION_CATALOGS, language);
  return instance;
}

/**
 * Texts already said, by key and values, in the current language. Formatting a text through i18next costs a few
 * microseconds (key parsing, nesting, interpolation); the planner says dozens per plan and a batch plans for every
 * device, so the same texts are asked again and again. Only calls whose values are all strings, numbers or
 * booleans are kept (their key for the cache is exact); the cache is emptied when the language changes or when it
 * grows past MAX_SAID, so it stays small whatever the station says.
 */
const said = new Map<string, string>();
const MAX_SAID = 4096;

function cacheKey(key: string, options: TOptions | undefined): string | null {
  if (options === undefined) return key;
  let out = key;
  for (const name in options) {
    const value = options[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return null;
    out += `\u0000${name}\u0000${type[0]}${String(value)}`;
  }
  return out;
}

/** A text from the station's catalogs ("plan:step.reset", { count }) in the station's language. */
export function say(key: string, options?: TOptions): string {
  const cached = cacheKey(key, options);
  if (cached === null) return translator().t(key, options ?? {});
  let text = said.get(cached);
  if (text === undefined) {
    text = translator().t(key, options ?? {});
    if (said.size >= MAX_SAID) said.clear();
    said.set(cached, text);
  }
  return text;
}

/**
 * Whether the station's catalogs have this key ("plan:step.reset"; with `count` for plural keys): stored words may
 * name a key a later version dropped.
 */
export function canSay(key: string, options?: TOptions): boolean {
  return translator().exists(key, options ?? {});
}

setUnexpectedErrorWording((detail) => ({
  title: say('station:error.internal.title'),
  message: say('station:error.internal.message', { detail }),
}));
