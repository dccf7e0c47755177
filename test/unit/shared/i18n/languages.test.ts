import { describe, expect, it } from 'vitest';
import { pickLanguage, resolveLanguage } from '../../../../src-main/shared/i18n/languages.ts';
import { systemLocales } from '../../../../src-main/core/language.ts';

describe('the station speaks the first system language it has, else English', () => {
  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['fr-FR', 'de-DE'], 'de'],
    [['de_DE.UTF-8'], 'de'],
    [['en-GB'], 'en'],
    [['fr-FR', 'ja'], 'en'],
    [[], 'en'],
    [['C'], 'en'],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });

  it('a technician choice wins over the system; auto follows it', () => {
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('auto', ['de-DE'])).toBe('de');
    expect(resolveLanguage('pseudo', ['de-DE'])).toBe('pseudo');
  });

  it.each([
    [{ LC_ALL: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, 'de_DE.UTF-8'],
    [{ LANGUAGE: 'de:en', LANG: 'en_US.UTF-8' }, 'de'],
    [{ LANG: 'C.UTF-8', LC_MESSAGES: 'POSIX' }, undefined],
  ])('POSIX locale variables are read in priority order (%j)', (env, first) => {
    const locales = systemLocales(env);
    if (first) expect(locales[0]).toBe(first);
    else expect(locales).toHaveLength(1); // only the ICU default is left
  });

  it.each([
    [{ LANG: 'de_DE.UTF-8' }, ['de_DE.UTF-8']],
    [{ LANG: 'fr_FR.UTF-8' }, ['fr_FR.UTF-8', Intl.DateTimeFormat().resolvedOptions().locale]],
    [{ LANG: 'C.UTF-8' }, [Intl.DateTimeFormat().resolvedOptions().locale]],
    [{ LANGUAGE: 'fr:it', LANG: 'en_GB.UTF-8' }, ['fr', 'it', 'en_GB.UTF-8']],
  ])('the ICU default is asked only when the variables name no language the station speaks (%j)', (env, list) => {
    expect(systemLocales(env)).toEqual(list);
  });
});
