/** Which column feeds which field, for flat people lists; detected, and fixable with selects. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  MAPPED_FIELDS,
  type ColumnMapping,
  type ManagerMatch,
  type MappedField,
} from '../../import/mapping';
import type { FlatInfo, ReadInfo } from '../../import/pipeline';
import type { ReadOptions } from '../../import/formats/readFile';
import { NoManagerAlert } from './NoManagerAlert';
import { QuirksPanel } from './QuirksPanel';
import { ReadOptionsPanel } from './ReadOptionsPanel';

interface Props {
  flat: FlatInfo;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

interface StepProps extends Props {
  read?: ReadInfo | undefined;
  onReadChange: (read: ReadOptions) => void;
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

export function MappingStep({ read, onReadChange, ...props }: StepProps) {
  const { flat, disabled, onChange } = props;
  const { t } = useTranslation('admin');
  const matchId = useId();
  const shownHeadings = flat.headings.slice(0, 12);
  return (
    <section className="admin-subsection mapping-step" aria-labelledby={`${matchId}-h`}>
      <h3 id={`${matchId}-h`}>{t('mapping.heading')}</h3>
      <p className="muted">{t('mapping.help', { count: flat.rowCount })}</p>
      <NoManagerAlert {...props} />
      {read && <ReadOptionsPanel read={read} disabled={disabled} onChange={onReadChange} />}
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
            onChange={(e) => {
              const managerMatch = e.target.value as ManagerMatch;
              const next = { ...flat.mapping, managerMatch };
              if (managerMatch !== 'column') delete next.managerKey;
              else {
                const key =
                  next.managerKey ?? flat.headings.find((h) => h !== flat.mapping.columns.manager);
                if (key !== undefined) next.managerKey = key;
              }
              onChange(next);
            }}
          >
            <option value="id">{t('mapping.byId')}</option>
            <option value="email">{t('mapping.byEmail')}</option>
            <option value="column">{t('mapping.byColumn')}</option>
          </select>
        </div>
        {flat.mapping.managerMatch === 'column' && (
          <div className="mapping-field">
            <label htmlFor={`${matchId}-key`}>{t('mapping.keyColumn')}</label>
            <select
              id={`${matchId}-key`}
              value={flat.mapping.managerKey ?? ''}
              disabled={disabled}
              onChange={(e) => onChange({ ...flat.mapping, managerKey: e.target.value })}
            >
              {flat.headings.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <QuirksPanel {...props} />
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
