/** A RACI letter chosen from R, A, C, I or none, with its label. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { RaciRole } from '../../domain/types';

const ROLES: RaciRole[] = ['R', 'A', 'C', 'I'];

export function RoleSelect({
  label,
  role,
  onChange,
}: {
  label: string;
  role: RaciRole | undefined;
  onChange: (role: RaciRole | undefined) => void;
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  return (
    <div className="edit-field edit-role">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={role ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as RaciRole | undefined)}
      >
        <option value="">{t('raci.none')}</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r} — {t(`raci.${r}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
