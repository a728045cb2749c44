/**
 * The line that says where a result belongs: its unit (with parents when the name alone is
 * ambiguous) and its organisation. Every topic, role and person row has one (issue 14 item 2).
 */
import type { TFunction } from 'i18next';
import { organisationLabel, type Belonging } from '../../domain/belonging';
import { localize } from '../../domain/text';

export function RowWhere({
  where,
  lang,
  t,
}: {
  where: readonly Belonging[];
  lang: string;
  t: TFunction<'search'>;
}) {
  const parts = where.flatMap(({ units, organisation }) => {
    // Broad to narrow, as a breadcrumb: organisation › parent › unit.
    const names = units.map((u) => localize(u.name, lang)).reverse();
    if (organisation) names.unshift(organisationLabel(organisation, lang));
    return names.length > 0 ? [names.join(' › ')] : [];
  });
  const unique = [...new Set(parts)];
  if (unique.length === 0) return null;
  return (
    <p className="result-where" data-testid="result-where">
      <span className="visually-hidden">{t('belongsTo')} </span>
      {unique.join(' · ')}
    </p>
  );
}
