/** Said loudly: without a manager column every reporting line would be lost. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { FlatInfo } from '../../import/analyseTable';
import type { ColumnMapping } from '../../import/mapping';

interface Props {
  flat: FlatInfo;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

export function NoManagerAlert({ flat, disabled, onChange }: Props) {
  const { t } = useTranslation('admin');
  const m = flat.mapping;
  // The box shows the user's choice at once: the file is checked again in the worker, and until
  // its new mapping arrives `m` still holds the old one (the box would flick back unticked).
  const [choice, setChoice] = useState<{ on: ColumnMapping; checked: boolean }>();
  const checked = choice?.on === m ? choice.checked : m.noReportingLines === true;
  if (m.columns.manager !== undefined || flat.headcountFile) return null;
  return (
    <div className="no-manager" role="alert" data-testid="no-manager">
      <h4>{t('mapping.noManager.heading')}</h4>
      <p>{t('mapping.noManager.text')}</p>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => {
            setChoice({ on: m, checked: e.target.checked });
            const next = { ...m };
            if (e.target.checked) next.noReportingLines = true;
            else delete next.noReportingLines;
            onChange(next);
          }}
        />{' '}
        {t('mapping.noManager.confirm')}
      </label>
    </div>
  );
}
