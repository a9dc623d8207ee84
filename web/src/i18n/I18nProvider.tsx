import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { formatDateTime } from './format.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language, type LocalizedText } from './languages.ts';
import { isMessageKey, translate, type MessageKey, type MessageValues } from './translate.ts';

const STORAGE_KEY = 'qyzmet.language';

export interface I18n {
  readonly language: Language;
  setLanguage(language: Language): void;
  /** A catalog message with its `{name}` placeholders filled. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A message whose key is built from an API value (`status.${status}`); the raw value when the catalog lacks it. */
  tDynamic(key: string, fallback: string, values?: MessageValues): string;
  /** A kk/ru/en text that came from the API (regulation names, error messages). */
  text(localized: LocalizedText): string;
  dateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage blocked (private mode, policy): the default language still works
  }
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  // The API client learns the language at once (not in an effect): the areas' first loads run before this one's effects.
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage();
    setApiLanguage(initial);
    return initial;
  });

  useEffect(() => {
    // Screen readers pick the voice from <html lang>; the API answers errors in the same language.
    document.documentElement.lang = language;
    setApiLanguage(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setApiLanguage(next);
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => translate(language, key, values),
      tDynamic: (key, fallback, values) => (isMessageKey(key) ? translate(language, key, values) : fallback),
      text: (localized) => localized[language],
      dateTime: (iso) => formatDateTime(language, iso),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
