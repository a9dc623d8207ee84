import { LANGUAGE_NAMES, LANGUAGES } from './languages.ts';
import { useI18n } from './I18nProvider.tsx';

/** Three buttons, each naming its language in that language (and marked with its `lang` for screen readers). */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language')}>
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            <button type="button" lang={code} aria-pressed={code === language} onClick={() => setLanguage(code)}>
              {LANGUAGE_NAMES[code]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
