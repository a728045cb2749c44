/** System / light / dark: the colour theme, applied at once and remembered on the device. */
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { readTheme, saveTheme, THEME_CHOICES, type ThemeChoice } from '../app/theme';

export function ThemeSwitch() {
  const { t } = useTranslation('common');
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('theme.label')}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(e) => {
          const next = e.target.value as ThemeChoice;
          saveTheme(next);
          setChoice(next);
        }}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
