/**
 * The organisation's details as form fields (name EN/FR, data date, help and owner addresses),
 * in one order and one markup for the import screen's short form and the admin page's editor, so
 * both ask the same things the same way. Problems come from the domain's check
 * (`detailsProblems`, the same as the CLI's), never from the browser's own validation bubbles.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DetailsField } from '../../domain/organisationDetails';

const DETAILS_FIELDS: readonly { key: DetailsField; type: string; autoComplete: string }[] = [
  { key: 'nameEn', type: 'text', autoComplete: 'organization' },
  { key: 'nameFr', type: 'text', autoComplete: 'off' },
  { key: 'dataDate', type: 'date', autoComplete: 'off' },
  { key: 'helpEmail', type: 'email', autoComplete: 'off' },
  { key: 'ownerEmail', type: 'email', autoComplete: 'email' },
];

export function DetailsInputs({
  values,
  onChange,
  errorOf,
  idPrefix,
}: {
  values: Partial<Record<DetailsField, string>>;
  onChange: (field: DetailsField, value: string) => void;
  /** The message shown under a field, when the domain's check found a problem in it. */
  errorOf?: (field: DetailsField) => string | undefined;
  /** Field ids are `<idPrefix>-<field>`, for a form that moves focus to the first problem. */
  idPrefix?: string;
}) {
  const { t } = useTranslation('admin');
  const ownId = useId();
  const id = idPrefix ?? ownId;
  return (
    <>
      {DETAILS_FIELDS.map((f) => {
        const error = errorOf?.(f.key);
        const errorId = `${id}-${f.key}-error`;
        return (
          <div key={f.key} className="import-details-field">
            <label htmlFor={`${id}-${f.key}`}>{t(`details.${f.key}`)}</label>
            <input
              id={`${id}-${f.key}`}
              type={f.type}
              autoComplete={f.autoComplete}
              value={values[f.key] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => onChange(f.key, e.target.value)}
            />
            {error && (
              <p id={errorId} className="field-error" data-testid="details-problem">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
