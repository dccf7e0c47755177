/**
 * A catalog is one namespace of one language: flat keys to ICU-free i18next messages ({{name}} placeholders,
 * _one/_other plural keys, $t(ns:key) nesting). English is the source; every other language is typed against
 * it, so a key missing from the German catalog fails the typecheck, and a key German has that English lacks does too.
 */
export type Catalog = Readonly<Record<string, string>>;
export type Translation<Source extends Catalog> = { readonly [K in keyof Source]: string };

/** The namespaces the renderer draws its screens from. */
export const UI_NAMESPACES = [
  'common',
  'shell',
  'bench',
  'device',
  'enroll',
  'recovery',
  'packages',
  'autopilot',
  'batch',
  'help',
  'doctor',
  'intune',
] as const;

/** The namespaces the station's core and command line speak from (texts they send to the renderer included). */
export const STATION_NAMESPACES = [
  'common',
  'cli',
  'plan',
  'knowledge',
  'procedures',
  'station',
  'workflow',
  'transfer',
  'records',
  'doctor',
  'station-work',
] as const;

export type UiNamespace = (typeof UI_NAMESPACES)[number];
export type StationNamespace = (typeof STATION_NAMESPACES)[number];
