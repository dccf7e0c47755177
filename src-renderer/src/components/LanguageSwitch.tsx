import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, pickLanguage } from '../../../src-main/shared/i18n/languages.ts';
import type { LanguageChoice } from '../../../src-main/shared/i18n/languages.ts';
import { useSettings } from '../stores/settings.ts';

/**
 * The station's language: its operating system's by default, or one the technician picks (kept in the station
 * settings). Shows the choice the station is following and what "system" means on the station, which may not be
 * the machine this screen runs on.
 */
export function LanguageSwitch() {
  const { t } = useTranslation('shell');
  const spoken = useSettings((s) => s.spoken);
  const saved = useSettings((s) => s.settings.language);
  const update = useSettings((s) => s.update);
  const id = useId();
  const choice = spoken?.setting ?? saved;
  // Only for the moment before the station answered.
  const system = spoken?.system ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
  return (
    <div className="lang-field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={choice} onChange={(e) => void update({ language: e.target.value as LanguageChoice })}>
        <option value="auto">{t('language.system', { name: LANGUAGE_NAMES[system] })}</option>
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
