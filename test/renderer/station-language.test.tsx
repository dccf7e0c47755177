import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src-renderer/src/App.tsx';
import { i18n } from '../../src-renderer/src/i18n.ts';
import { connectStores } from '../../src-renderer/src/stores/connect.ts';
import type { SpokenLanguage, StationSettings } from '../../src-main/shared/contract/settings.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import { fakeStation } from './fake-station.ts';

/**
 * The screens speak the language the station resolved, whatever the browser's languages say: under "auto" the
 * two can differ (Electron reads the operating system's display language, the page its own list), and the
 * station writes plan steps, device states and errors in its language.
 */
afterEach(async () => {
  vi.restoreAllMocks();
  await act(() => i18n.changeLanguage('en'));
});

/** The browser says `browser`; the station, set to "auto", resolved `station` from its operating system. */
async function openScreens(browser: Language, station: Language) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser === 'de' ? ['de-DE', 'de'] : ['en-US', 'en']);
  // Before the station answers, the page can only go by the browser (i18n.ts starts there).
  await act(() => i18n.changeLanguage(browser));
  let settings: StationSettings = { technician: '', sound: true, takeOverDevices: false, language: 'auto' };
  let spoken: SpokenLanguage = { setting: 'auto', language: station, system: station };
  const fake = fakeStation({
    getSettings: () => ({ ok: true, value: settings }),
    spokenLanguage: () => ({ ok: true, value: spoken }),
    updateSettings: (patch) => {
      settings = { ...settings, ...(patch as Partial<StationSettings>) };
      const language = settings.language === 'auto' ? station : settings.language;
      spoken = { setting: settings.language, language, system: station };
      // What the station does (Station.followLanguage, settings-api): the report first, then the settings.
      fake.emit({ name: 'languageChanged', payload: spoken });
      fake.emit({ name: 'settingsChanged', payload: settings });
      return { ok: true, value: settings };
    },
  });
  await act(() => connectStores(fake.client));
  render(<App />);
  return fake;
}

const NAMES = {
  en: { packages: 'Packages', language: 'Language', system: 'System (English)' },
  de: { packages: 'Pakete', language: 'Sprache', system: 'System (Deutsch)' },
} as const;

describe("the screens follow the station's language, not the browser's", () => {
  it.each([
    ['German', 'English', 'de', 'en'],
    ['English', 'German', 'en', 'de'],
  ] as const)(
    'the browser says %s, the station resolved %s: the screens speak the station language',
    async (...[, , browser, station]) => {
      await openScreens(browser, station);
      const words = NAMES[station];
      expect(screen.getByRole('button', { name: words.packages })).toBeTruthy();
      expect(document.documentElement.lang).toBe(station);
      // "System" names the station's system language, not this browser's.
      const menu = screen.getByRole<HTMLSelectElement>('combobox', { name: words.language });
      expect(menu.selectedOptions[0]?.textContent).toBe(words.system);
    },
  );

  it('a pick in the Language menu words the whole screen again, in the language the station then reports', async () => {
    await openScreens('de', 'en');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(screen.getByRole('button', { name: 'Pakete' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sprache' }).value).toBe('de');
    // Back to the system's language: the station's system is English, though this browser says German.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'auto');
    expect(screen.getByRole('button', { name: 'Packages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('a saved setting alone does not move the screens; the station report does', async () => {
    const fake = await openScreens('en', 'en');
    // The station was started with --lang en: its saved setting says German, but it speaks English.
    act(() =>
      fake.emit({
        name: 'settingsChanged',
        payload: { technician: '', sound: true, takeOverDevices: false, language: 'de' },
      }),
    );
    expect(screen.getByRole('button', { name: 'Packages' })).toBeTruthy();
    // Another window's pick, or the operating system's language read anew: the station reports, the screens follow.
    act(() => fake.emit({ name: 'languageChanged', payload: { setting: 'de', language: 'de', system: 'en' } }));
    expect(screen.getByRole('button', { name: 'Pakete' })).toBeTruthy();
  });
});
