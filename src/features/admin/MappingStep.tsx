/** Which column feeds which field, for flat people lists; detected, and fixable with selects. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAPPED_FIELDS,
  type ColumnMapping,
  type ManagerMatch,
  type MappedField,
} from '../../import/columnMapping';
import type { FlatInfo } from '../../import/pipeline';

interface Props {
  flat: FlatInfo;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

function FieldSelect({ field, flat, disabled, onChange }: Props & { field: MappedField }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const value = flat.mapping.columns[field] ?? '';
  const missing = flat.gaps.includes(field);
  return (
    <div className={`mapping-field${missing ? ' mapping-field-missing' : ''}`}>
      <label htmlFor={id}>{t(`mapping.field.${field}`)}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={missing || undefined}
        onChange={(e) => {
          const columns = { ...flat.mapping.columns };
          if (e.target.value === '') delete columns[field];
          else columns[field] = e.target.value;
          onChange({ ...flat.mapping, columns });
        }}
      >
        <option value="">{t('mapping.notMapped')}</option>
        {flat.headings.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MappingStep(props: Props) {
  const { flat, disabled, onChange } = props;
  const { t } = useTranslation('admin');
  const matchId = useId();
  const shownHeadings = flat.headings.slice(0, 12);
  return (
    <section className="admin-subsection mapping-step" aria-labelledby={`${matchId}-h`}>
      <h3 id={`${matchId}-h`}>{t('mapping.heading')}</h3>
      <p className="muted">{t('mapping.help', { count: flat.rowCount })}</p>
      <div className="mapping-grid">
        {MAPPED_FIELDS.map((field) => (
          <FieldSelect key={field} field={field} {...props} />
        ))}
        <div className="mapping-field">
          <label htmlFor={matchId}>{t('mapping.managerMatch')}</label>
          <select
            id={matchId}
            value={flat.mapping.managerMatch}
            disabled={disabled || !flat.mapping.columns.manager}
            onChange={(e) =>
              onChange({ ...flat.mapping, managerMatch: e.target.value as ManagerMatch })
            }
          >
            <option value="id">{t('mapping.byId')}</option>
            <option value="email">{t('mapping.byEmail')}</option>
          </select>
        </div>
      </div>
      {flat.sample.length > 0 && (
        <details className="mapping-sample">
          <summary>{t('mapping.sample')}</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  {shownHeadings.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {flat.sample.map((row, i) => (
                  <tr key={i}>
                    {shownHeadings.map((h) => (
                      <td key={h}>{row[h] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
