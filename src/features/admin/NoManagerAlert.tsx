/** Said loudly: without a manager column every reporting line would be lost. */
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
  if (m.columns.manager !== undefined || flat.headcountFile) return null;
  return (
    <div className="no-manager" role="alert" data-testid="no-manager">
      <h4>{t('mapping.noManager.heading')}</h4>
      <p>{t('mapping.noManager.text')}</p>
      <label>
        <input
          type="checkbox"
          checked={m.noReportingLines === true}
          disabled={disabled}
          onChange={(e) => {
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
