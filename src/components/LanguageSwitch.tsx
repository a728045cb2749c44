/** English / French switch: a two-button group; the choice is remembered on the device. */
import { useTranslation } from '../i18n/useTranslation';
import { setLanguage, SUPPORTED_LANGUAGES } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={current === lang}
          onClick={() => void setLanguage(lang)}
        >
          <span aria-hidden="true">{lang.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${lang}`)}</span>
        </button>
      ))}
    </div>
  );
}
