import type { i18n as I18n, TOptions } from 'i18next';
import {
  pickLanguage,
  resolveLanguage,
  type DisplayLanguage,
  type Language,
  type LanguageChoice,
} from '../shared/i18n/languages.ts';
import { STATION_CATALOGS } from '../shared/i18n/station-catalogs.ts';
import { createI18n } from '../shared/i18n/translator.ts';
import { setUnexpectedErrorWording } from '../shared/errors.ts';

/**
 * The language the station speaks in what it writes for people: plan steps, recovery instructions, error-code
 * explanations, messages on the bus and the command line's human output. One per process: a station serves
 * one bench. JSON output and the ledger stay language-neutral (codes, ids, ISO times).
 */
let language: DisplayLanguage = pickLanguage(systemLocales());
/** The choice the language was resolved from: the saved setting, a --lang of this run, or the technician's pick. */
let choice: LanguageChoice = 'auto';
let instance: I18n | null = null;
/** The system's languages as the app shell reports them (Electron), when it does: better than the environment. */
let shellLocales: readonly string[] | null = null;
const listeners = new Set<(spoken: SpokenLanguage) => void>();

/**
 * What the station speaks and why: the screens show this language, not one of their own, so what the station
 * writes (plan steps, device states, errors) and the words around it are always in one language.
 */
export interface SpokenLanguage {
  /** The choice in force. */
  setting: LanguageChoice;
  /** The language it resolved to. */
  language: DisplayLanguage;
  /** What "auto" means here: the operating system's language as the station reads it. */
  system: Language;
}

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

export function spokenLanguage(): SpokenLanguage {
  return { setting: choice, language, system: pickLanguage(shellLocales ?? systemLocales()) };
}

/** Calls back after every change of the language or of the choice behind it; returns the unsubscribe. */
export function onSpokenLanguageChange(listener: (spoken: SpokenLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
export function setStationLanguage(asked: LanguageChoice): void {
  const next = resolveLanguage(asked, shellLocales ?? systemLocales());
  if (next === language && asked === choice) return;
  choice = asked;
  if (next !== language) {
    language = next;
    said.clear();
    void instance?.changeLanguage(next);
  }
  const spoken = spokenLanguage();
  for (const listener of listeners) listener(spoken);
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
