/**
 * #/services[?unit=][&q=]: the service catalogue, one collapsible section per unit (a unit filter
 * includes its sub-units), a filter box over names, descriptions and keywords in every language,
 * and what each service offers, how to ask and whom.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { navigate } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { unitSubtree } from '../../domain/raci';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { FilterForm, SearchField } from '../../components/FilterFields';
import { unitOptions, UnitSelect } from '../../components/UnitSelect';
import '../directory/views.css';
import { filterServices } from './serviceFilter';
import { ServiceUnitSection } from './ServiceUnitSection';
import { servicesByUnit } from './serviceTopics';

/** Up to this many services shown, every section opens by itself; more, the user picks. */
const AUTO_OPEN = 20;

/** What the user opened or closed by hand, for one unit filter and text (reset when they change). */
interface Toggles {
  key: string;
  open: ReadonlyMap<string, boolean>;
}

export function ServicesPage({ query }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  usePageTitle(t('services.title'));
  const index = useOrgStore(selectOrgIndex);
  const unitId = query?.get('unit') ?? '';
  const text = query?.get('q') ?? '';
  const deferredText = useDeferredValue(text);
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
  const matching = useMemo(
    () => (index ? filterServices(index, byUnit, deferredText) : byUnit),
    [index, byUnit, deferredText],
  );
  const key = `${unitId}\n${deferredText}`;
  const [toggles, setToggles] = useState<Toggles>({ key, open: new Map() });
  const overrides = toggles.key === key ? toggles.open : undefined;
  const onToggle = useCallback(
    (id: string, open: boolean) =>
      setToggles((prev) => {
        const next = new Map(prev.key === key ? prev.open : []);
        next.set(id, open);
        return { key, open: next };
      }),
    [key],
  );
  if (!index) return <p className="page">{t('common.noData')}</p>;

  const scope = unitId ? unitSubtree(index, unitId) : undefined;
  const groups = unitOptions(index, lang)
    .filter((o) => matching.has(o.id) && (!scope || scope.has(o.id)))
    .flatMap((o) => {
      const unit = index.unitById.get(o.id);
      return unit ? [{ unit, topicIds: matching.get(o.id) ?? [] }] : [];
    });
  const total = groups.reduce((n, g) => n + g.topicIds.length, 0);
  const openAll = total <= AUTO_OPEN;
  // A deep link to a unit opens that unit's own section whatever the count.
  const isOpen = (id: string) => overrides?.get(id) ?? (openAll || id === unitId);
  const setAll = (open: boolean) =>
    setToggles({ key, open: new Map(groups.map((g) => [g.unit.id, open])) });
  const setQuery = (unit: string, q: string) =>
    navigate(hrefs.services(unit || undefined, q || undefined), { replace: true });

  return (
    <section className="page views-page services-page">
      <header className="views-header">
        <h1>{t('services.title')}</h1>
        <p className="muted">{t('services.intro')}</p>
      </header>
      <FilterForm label={t('services.filters')}>
        <SearchField
          label={t('services.text')}
          value={text}
          onChange={(q) => setQuery(unitId, q)}
          className="field field-grow"
        />
        <UnitSelect
          index={index}
          label={t('services.unitFilter')}
          value={unitId}
          only={offering}
          onChange={(id) => setQuery(id, text)}
        />
      </FilterForm>
      <div className="services-bar">
        <p className="result-count" role="status">
          {t('services.countInUnits', {
            count: total,
            services: t('services.count', { count: total }),
            units: t('services.units', { count: groups.length }),
          })}
        </p>
        {groups.length > 1 && (
          <div className="services-bar-actions">
            <button type="button" className="button-link" onClick={() => setAll(true)}>
              {t('services.openAll')}
            </button>
            <button type="button" className="button-link" onClick={() => setAll(false)}>
              {t('services.closeAll')}
            </button>
          </div>
        )}
      </div>
      {total === 0 && (
        <div className="empty">
          <p>{deferredText ? t('services.noMatch', { text: deferredText }) : t('services.none')}</p>
          {deferredText && (
            <button type="button" className="button-link" onClick={() => setQuery(unitId, '')}>
              {t('services.clear')}
            </button>
          )}
        </div>
      )}
      {groups.map(({ unit, topicIds }) => (
        <ServiceUnitSection
          key={unit.id}
          index={index}
          unit={unit}
          topicIds={topicIds}
          open={isOpen(unit.id)}
          onToggle={onToggle}
        />
      ))}
    </section>
  );
}
