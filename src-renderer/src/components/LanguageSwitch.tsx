import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, pickLanguage } from '../../../src-main/shared/i18n/languages.ts';
import type { LanguageChoice } from '../../../src-main/shared/i18n/languages.ts';
import { useSettings } from '../stores/settings.ts';

/** The station's language: the system's by default, or one the technician picks (kept in the station settings). */
export function LanguageSwitch() {
  const { t } = useTranslation('shell');
  const choice = useSettings((s) => s.settings.language);
  const update = useSettings((s) => s.update);
  const id = useId();
  const system = LANGUAGE_NAMES[pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages)];
  return (
    <div className="lang-field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={choice} onChange={(e) => void update({ language: e.target.value as LanguageChoice })}>
        <option value="auto">{t('language.system', { name: system })}</option>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l} translate="no">
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
        {choice === 'pseudo' && <option value="pseudo">{t('language.pseudo')}</option>}
      </select>
    </div>
  );
}
