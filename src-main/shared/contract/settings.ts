import { z } from 'zod';
import { DISPLAY_LANGUAGES, LANGUAGE_CHOICES, LANGUAGES } from '../i18n/languages.ts';
import { call } from './define.ts';

/** Station-wide settings, kept in the ledger. The technician's name goes into every record of work done. */
export const StationSettings = z.object({
  technician: z.string().trim().max(80).default(''),
  /** Play a sound when a device needs the technician (batch board). */
  sound: z.boolean().default(true),
  /**
   * Take a device's file transfer from another program that holds it (Linux: gvfs, kio-mtp, a libmtp tool).
   * Off by default: taking it disconnects that program.
   */
  takeOverDevices: z.boolean().default(false),
  /** The language of the screens and of what the station writes: "auto" follows the operating system. */
  language: z.enum(LANGUAGE_CHOICES).default('auto'),
});
export type StationSettings = z.infer<typeof StationSettings>;

/**
 * A change to some settings. Not StationSettings.partial(): zod 4 still fills in defaults for missing keys
 * there, so saving only `sound` would blank the technician's name.
 */
export const StationSettingsPatch = z.object({
  technician: z.string().trim().max(80).optional(),
  sound: z.boolean().optional(),
  takeOverDevices: z.boolean().optional(),
  language: z.enum(LANGUAGE_CHOICES).optional(),
});

/**
 * The language the station speaks, as it resolved it. The screens show this one rather than resolving "auto"
 * from the browser's languages, which can differ from the station's operating system: one language on screen.
 */
export const SpokenLanguage = z.object({
  /** The choice in force: the saved setting, the language this run was started with (--lang), or a newer pick. */
  setting: z.enum(LANGUAGE_CHOICES),
  /** The language the station writes in. */
  language: z.enum(DISPLAY_LANGUAGES),
  /** What "auto" means on this station: its operating system's language. */
  system: z.enum(LANGUAGES),
});
export type SpokenLanguage = z.infer<typeof SpokenLanguage>;

export const settingsCalls = {
  getSettings: call(z.object({}), StationSettings),
  updateSettings: call(StationSettingsPatch, StationSettings),
  spokenLanguage: call(z.object({}), SpokenLanguage),
};

export const settingsEvents = {
  settingsChanged: StationSettings,
  /** Before the cards are worded again in the new language, so the screens change with them. */
  languageChanged: SpokenLanguage,
};
