/**
 * How the checked file is used: "Start my organisation from this file" (nothing of the current
 * data, e.g. the demo, remains) or "Add to the current data", and the organisation's details
 * the file does not give (name in English and French, data date, help contact, data owner).
 * Changing the choice checks the file again, so the report and preview always match it.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { effectiveMode, useAdminStore } from '../../store/adminStore';
import { DetailsInputs } from './DetailsInputs';

export function ImportModeChoice({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('admin');
  const chosen = useAdminStore((s) => s.mode);
  const details = useAdminStore((s) => s.details);
  const setMode = useAdminStore((s) => s.setMode);
  const setDetails = useAdminStore((s) => s.setDetails);
  const recheck = useAdminStore((s) => s.recheck);
  const format = useAdminStore((s) => s.analysis?.format);
  const id = useId();
  const mode = effectiveMode(chosen) ?? (format === 'org' ? 'start' : 'add');
  return (
    <div className="import-mode" data-testid="import-mode">
      <fieldset disabled={disabled}>
        <legend>{t('mode.legend')}</legend>
        {(['start', 'add'] as const).map((m) => (
          <label key={m} className="import-mode-option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => void setMode(m)}
            />{' '}
            <span>{t(`mode.${m}`)}</span>
            <span className="muted import-mode-help"> {t(`mode.${m}Help`)}</span>
          </label>
        ))}
      </fieldset>
      {mode === 'start' && (
        <form
          className="import-details"
          // The check is the domain's (the same as the CLI's), shown in the report in the
          // page's language: the browser's own bubbles would stop some values and not others.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void recheck();
          }}
        >
          <fieldset disabled={disabled}>
            <legend>{t('details.legend')}</legend>
            <p className="muted">{t('details.help')}</p>
            <DetailsInputs
              values={details}
              onChange={(field, value) => setDetails({ ...details, [field]: value })}
            />
            <button type="submit" className="button button-secondary">
              {t('details.apply')}
            </button>
          </fieldset>
        </form>
      )}
    </div>
  );
}
