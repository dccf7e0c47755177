import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The station says the texts its ledger kept (a storage problem's why and fix, an upload's result) in the language
 * of the moment they are asked for: a screen showing such records asks again after a language switch, so they read
 * in the new language too. Not on the first render: the screen asks then by itself.
 */
export function useAskAgainOnLanguageSwitch(askAgain: () => Promise<unknown>): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void askAgain();
  }, [language, askAgain]);
}
