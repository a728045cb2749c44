/**
 * #/services[?unit=]: the service catalogue, per unit (a unit filter includes its sub-units):
 * what each unit offers, the service level, how to ask and whom.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { navigate } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { unitSubtree } from '../../domain/raci';
import { localize } from '../../domain/text';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { unitOptions, UnitSelect } from '../../components/UnitSelect';
import '../directory/views.css';
import { ServiceCard } from './ServiceCard';
import { servicesByUnit } from './serviceTopics';

/** Services drawn at first (the sample lists 78; a 100k-people organisation 800+). */
const SERVICES_PAGE = 100;

export function ServicesPage({ query }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  usePageTitle(t('services.title'));
  const index = useOrgStore(selectOrgIndex);
  const unitId = query?.get('unit') ?? '';
  const byUnit = useMemo(() => (index ? servicesByUnit(index) : new Map<string, never>()), [index]);
  const offering = useMemo(() => {
    // Units with services and their ancestors, so the picker shows the tree around them.
    const keep = new Set<string>();
    if (!index) return keep;
    for (const id of byUnit.keys()) {
      let current: string | undefined = id;
      while (current !== undefined && !keep.has(current) && index.unitById.has(current)) {
        keep.add(current);
        current = index.unitById.get(current)?.parentId;
      }
    }
    return keep;
  }, [index, byUnit]);
  const [shown, setShown] = useState({ unitId, count: SERVICES_PAGE });
  const limit = shown.unitId === unitId ? shown.count : SERVICES_PAGE;
  if (!index) return <p className="page">{t('common.noData')}</p>;

  const scope = unitId ? unitSubtree(index, unitId) : undefined;
  const groups = unitOptions(index, lang)
    .filter((o) => byUnit.has(o.id) && (!scope || scope.has(o.id)))
    .map((o) => ({ unit: index.unitById.get(o.id), topicIds: byUnit.get(o.id) as string[] }));
  const total = groups.reduce((n, g) => n + g.topicIds.length, 0);
  // Whole unit groups until the limit is reached (a group is never cut in the middle).
  let drawn = 0;
  const visible = groups.filter((g) => {
    if (drawn >= limit) return false;
    drawn += g.topicIds.length;
    return true;
  });

  return (
    <section className="page views-page services-page">
      <header className="views-header">
        <h1>{t('services.title')}</h1>
        <p className="muted">{t('services.intro')}</p>
      </header>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <UnitSelect
          index={index}
          label={t('services.unitFilter')}
          value={unitId}
          only={offering}
          onChange={(id) => navigate(hrefs.services(id || undefined), { replace: true })}
        />
      </form>
      <p className="result-count" role="status">
        {t('services.count', { count: total })}
      </p>
      {total === 0 && <p className="empty">{t('services.none')}</p>}
      {visible.map(({ unit, topicIds }) =>
        unit ? (
          <section key={unit.id} className="service-unit" aria-labelledby={`svc-unit-${unit.id}`}>
            <header>
              <h2 id={`svc-unit-${unit.id}`}>{localize(unit.name, lang)}</h2>
              <a href={hrefs.unit(unit.id)}>
                {t('services.unitLink', { name: localize(unit.name, lang) })}
              </a>
            </header>
            <ul className="service-list">
              {topicIds.map((id) => (
                <li key={id}>
                  <ServiceCard index={index} topicId={id} />
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {drawn < total && (
        <button
          type="button"
          className="button button-secondary show-more"
          onClick={() => setShown({ unitId, count: limit + SERVICES_PAGE })}
        >
          {t('services.showMore', { shown: drawn, total })}
        </button>
      )}
    </section>
  );
}
