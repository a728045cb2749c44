/** The kind of a unit (company, division, department, team), named as the unit page names it. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { unitTypeSchema } from '../../domain/schema';
import type { UnitType } from '../../domain/types';

export function UnitTypeSelect({
  value,
  onChange,
}: {
  value: UnitType;
  onChange: (type: UnitType) => void;
}) {
  const { t } = useTranslation(['editor', 'views']);
  const id = useId();
  return (
    <div className="edit-field">
      <label htmlFor={id}>{t('editor:unit.type')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as UnitType)}>
        {unitTypeSchema.options.map((type) => (
          <option key={type} value={type}>
            {t(`views:unit.type.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
