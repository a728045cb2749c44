/**
 * What applying would change: counts per kind, then collapsible lists of added, changed and
 * removed records (capped, with "show more"), and field-level before/after for changed ones.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  changeCount,
  ENTITY_KINDS,
  type ChangedRecord,
  type EntityKind,
  type FieldChange,
  type OrgDiff,
  type DiffSummary,
  type RecordRef,
  summarizeDiff,
} from '../../domain/diff';
import { localize } from '../../domain/text';
import { formatNumber } from '../../components/formatNumber';

const PAGE = 50;

function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string') return value;
  const json = JSON.stringify(value);
  return json.length > 400 ? `${json.slice(0, 400)}…` : json;
}

function FieldTable({ fields }: { fields: readonly FieldChange[] }) {
  const { t } = useTranslation('admin');
  const empty = <span className="muted">{t('diff.empty')}</span>;
  return (
    <table className="field-changes">
      <thead>
        <tr>
          <th scope="col">{t('diff.field')}</th>
          <th scope="col">{t('diff.before')}</th>
          <th scope="col">{t('diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">
              <code>{f.field}</code>
            </th>
            <td className="diff-before">{showValue(f.before) || empty}</td>
            <td className="diff-after">{showValue(f.after) || empty}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Capped<T>({
  items,
  total,
  render,
}: {
  items: readonly T[];
  /** How many there are: more than `items` when the import sent only the first ones. */
  total: number;
  render: (item: T) => React.ReactNode;
}) {
  const { t } = useTranslation('admin');
  const [count, setCount] = useState(PAGE);
  const rest = items.length - count;
  const notListed = total - items.length;
  return (
    <>
      <ul className="diff-list">{items.slice(0, count).map(render)}</ul>
      {rest > 0 && (
        <p className="diff-more">
          {t('diff.more', { count: total - count })}{' '}
          <button type="button" className="button-link" onClick={() => setCount(count + 200)}>
            {t('diff.showMore', { count: Math.min(rest, 200) })}
          </button>
        </p>
      )}
      {rest <= 0 && notListed > 0 && (
        <p className="diff-more">{t('diff.notListed', { count: notListed })}</p>
      )}
    </>
  );
}

function RecordLabel({ record }: { record: RecordRef }) {
  const { i18n } = useTranslation();
  return (
    <>
      <span className="diff-label">{localize(record.label, i18n.language)}</span>{' '}
      <code className="diff-id">{record.id}</code>
    </>
  );
}

function KindSection({
  kind,
  diff,
  counts,
}: {
  kind: EntityKind;
  diff: OrgDiff;
  counts: DiffSummary[EntityKind];
}) {
  const { t } = useTranslation('admin');
  const d = diff[kind];
  const total = counts.added + counts.changed + counts.removed;
  if (total === 0) return null;
  return (
    <details className="diff-kind">
      <summary>
        <strong>{t(`diff.kind.${kind}`)}</strong>
        <span className="diff-badges">
          {counts.added > 0 && (
            <span className="diff-badge diff-badge-added">
              {t('diff.countAdded', { count: counts.added })}
            </span>
          )}
          {counts.changed > 0 && (
            <span className="diff-badge diff-badge-changed">
              {t('diff.countChanged', { count: counts.changed })}
            </span>
          )}
          {counts.removed > 0 && (
            <span className="diff-badge diff-badge-removed">
              {t('diff.countRemoved', { count: counts.removed })}
            </span>
          )}
        </span>
      </summary>
      {d.added.length > 0 && (
        <div className="diff-group">
          <h4>{t('diff.added')}</h4>
          <Capped
            items={d.added}
            total={counts.added}
            render={(r) => (
              <li key={r.id} className="diff-added">
                <RecordLabel record={r} />
              </li>
            )}
          />
        </div>
      )}
      {d.changed.length > 0 && (
        <div className="diff-group">
          <h4>{t('diff.changed')}</h4>
          <Capped
            items={d.changed}
            total={counts.changed}
            render={(r: ChangedRecord) => (
              <li key={r.id} className="diff-changed">
                <details>
                  <summary>
                    <RecordLabel record={r} />{' '}
                    <span className="muted">({r.fields.map((f) => f.field).join(', ')})</span>
                  </summary>
                  <FieldTable fields={r.fields} />
                </details>
              </li>
            )}
          />
        </div>
      )}
      {d.removed.length > 0 && (
        <div className="diff-group">
          <h4>{t('diff.removed')}</h4>
          <Capped
            items={d.removed}
            total={counts.removed}
            render={(r) => (
              <li key={r.id} className="diff-removed">
                <RecordLabel record={r} />
              </li>
            )}
          />
        </div>
      )}
    </details>
  );
}

/**
 * `summary`: the whole diff's counts, when `diff` holds only the first records of each list
 * (an import's report); else counted from `diff`.
 */
export function DiffPreview({ diff, summary: given }: { diff: OrgDiff; summary?: DiffSummary }) {
  const { t, i18n } = useTranslation('admin');
  const n = (value: number) => formatNumber(value, i18n.language);
  const summary = given ?? summarizeDiff(diff);
  const total = changeCount(summary);
  return (
    <section className="admin-subsection diff-preview" aria-labelledby="diff-heading">
      <h3 id="diff-heading">
        {t('diff.heading')} <span className="muted">· {t('diff.total', { count: total })}</span>
      </h3>
      {total === 0 ? (
        <p className="diff-none" data-testid="no-changes">
          {t('diff.noChanges')}
        </p>
      ) : (
        <>
          <table className="diff-counts" data-testid="diff-counts">
            <thead>
              <tr>
                <td />
                <th scope="col">{t('diff.added')}</th>
                <th scope="col">{t('diff.changed')}</th>
                <th scope="col">{t('diff.removed')}</th>
              </tr>
            </thead>
            <tbody>
              {ENTITY_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(`diff.kind.${kind}`)}</th>
                  <td className={summary[kind].added ? 'diff-added' : 'muted'}>
                    {n(summary[kind].added)}
                  </td>
                  <td className={summary[kind].changed ? 'diff-changed' : 'muted'}>
                    {n(summary[kind].changed)}
                  </td>
                  <td className={summary[kind].removed ? 'diff-removed' : 'muted'}>
                    {n(summary[kind].removed)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {diff.organisation.length > 0 && (
            <details className="diff-kind">
              <summary>
                <strong>{t('diff.organisation')}</strong>
              </summary>
              <FieldTable fields={diff.organisation} />
            </details>
          )}
          {ENTITY_KINDS.map((kind) => (
            <KindSection key={kind} kind={kind} diff={diff} counts={summary[kind]} />
          ))}
        </>
      )}
    </section>
  );
}
