/**
 * The quirks found in the file, each a proposal the user can untick (issue: "detected and
 * proposed, never silently applied"). Ticking or unticking changes the mapping and re-checks.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { FlatInfo } from '../../import/analyseTable';
import type { ColumnMapping } from '../../import/mapping';

interface Props {
  flat: FlatInfo;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}

function without<K extends keyof ColumnMapping>(m: ColumnMapping, key: K): ColumnMapping {
  const copy = { ...m };
  delete copy[key];
  return copy;
}

export function QuirksPanel({ flat, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation('admin');
  const f = flat.findings;
  const m = flat.mapping;
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const quoted = (values: readonly { value: string }[]) =>
    values.map((v) => (v.value === '' ? '""' : `"${v.value}"`)).join(', ');
  const items: { key: string; label: string; checked?: boolean; toggle?: (on: boolean) => void }[] =
    [];
  if (f.topMarkers.length > 0)
    items.push({
      key: 'topMarkers',
      label: t('mapping.quirks.topMarkers', {
        values: quoted(f.topMarkers),
        count: f.topMarkers.reduce((s, v) => s + v.rows, 0),
      }),
      checked: (m.topMarkers?.length ?? 0) > 0,
      toggle: (on) =>
        onChange(
          on ? { ...m, topMarkers: f.topMarkers.map((v) => v.value) } : without(m, 'topMarkers'),
        ),
    });
  if (f.selfReports > 0)
    items.push({
      key: 'selfIsTop',
      label: t('mapping.quirks.selfIsTop', { count: f.selfReports }),
      checked: m.selfIsTop === true,
      toggle: (on) => onChange(on ? { ...m, selfIsTop: true } : without(m, 'selfIsTop')),
    });
  // One proposal for the one `scopeIds` flag: ids shared with another organisation's stored
  // records (several files side by side) is the stronger reason, so it is the one shown.
  if (
    f.duplicateIdsScoped !== undefined &&
    f.idsUsedElsewhere === undefined &&
    m.columns.organisation !== undefined
  )
    items.push({
      key: 'scopeIds',
      label: t('mapping.quirks.scopeIds', {
        column: m.columns.organisation,
        before: n(f.duplicateIds),
        after: n(f.duplicateIdsScoped),
      }),
      checked: m.scopeIds === true,
      toggle: (on) => onChange(on ? { ...m, scopeIds: true } : without(m, 'scopeIds')),
    });
  if (f.idsUsedElsewhere !== undefined && m.columns.organisation !== undefined)
    items.push({
      key: 'otherOrganisations',
      label: t('mapping.quirks.otherOrganisations', {
        column: m.columns.organisation,
        count: f.idsUsedElsewhere,
      }),
      checked: m.scopeIds === true,
      toggle: (on) => onChange(on ? { ...m, scopeIds: true } : without(m, 'scopeIds')),
    });
  if (f.vacancies.length > 0)
    items.push({
      key: 'vacancies',
      label: t('mapping.quirks.vacancies', {
        values: quoted(f.vacancies),
        count: f.vacancies.reduce((s, v) => s + v.rows, 0),
      }),
      checked: (m.vacancyMarkers?.length ?? 0) > 0,
      toggle: (on) =>
        onChange(
          on
            ? { ...m, vacancyMarkers: f.vacancies.map((v) => v.value) }
            : without(m, 'vacancyMarkers'),
        ),
    });
  if (f.teamEmails.length > 0)
    items.push({
      key: 'teamEmails',
      label: t('mapping.quirks.teamEmails', {
        count: f.teamEmails.length,
        example: f.teamEmails[0]!.value,
      }),
      checked: (m.teamEmails?.length ?? 0) > 0,
      toggle: (on) =>
        onChange(
          on ? { ...m, teamEmails: f.teamEmails.map((v) => v.value) } : without(m, 'teamEmails'),
        ),
    });
  if (f.organisations > 1)
    items.push({
      key: 'organisations',
      label: t('mapping.quirks.organisations', { count: f.organisations }),
    });
  if (f.headcountRows > 0)
    items.push({
      key: 'headcount',
      label: t('mapping.quirks.headcount', { count: f.headcountRows }),
    });
  if (items.length === 0) return null;
  return (
    <fieldset className="quirks" data-testid="quirks">
      <legend>{t('mapping.quirks.heading')}</legend>
      <p className="muted">{t('mapping.quirks.help')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-quirk={item.key}>
            {item.toggle ? (
              <label>
                <input
                  type="checkbox"
                  checked={item.checked}
                  disabled={disabled}
                  onChange={(e) => item.toggle?.(e.target.checked)}
                />{' '}
                {item.label}
              </label>
            ) : (
              item.label
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
