/**
 * #/unit/:unitId: a unit's record: name, type, mission, parent and sub-units, shared contact,
 * its positions, its services, and "Show on chart" (the unit's head position).
 */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense, useState } from 'react';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { ChannelLinks } from '../../components/ChannelLinks';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { queryHref } from '../directory/queryHref';
import '../directory/views.css';
import { ChartLink } from '../../components/ChartLink';
import { PositionContact } from '../../components/PositionContact';
import { ServiceCard } from '../services/ServiceCard';
import { servicesByUnit } from '../services/serviceTopics';
import { ReportError } from '../records/ReportError';

const POSITIONS_PAGE = 60;

/** The unit's head: its first position whose manager sits outside the unit (or has none). */
export function headPositionOf(index: OrgIndex, unitId: string): string | undefined {
  const ids = index.positionsOfUnit.get(unitId) ?? [];
  return (
    ids.find((id) => {
      const managerId = index.positionById.get(id)?.reportsTo;
      const manager = managerId ? index.positionById.get(managerId) : undefined;
      return !manager || manager.unitId !== unitId;
    }) ?? ids[0]
  );
}

// Its own chunk: read-only visitors never load the editor.
const UnitEditor = lazy(() =>
  (__EDITING_ENABLED__ ? import('../editor/UnitEditor') : readOnlyBuild()).then((m) => ({
    default: m.UnitEditor,
  })),
);

export function UnitPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const index = useShownIndex();
  const editing = useEditModeStore(selectEditMode);
  const [shownPositions, setShownPositions] = useState(POSITIONS_PAGE);
  const unitId = params?.unitId ?? '';
  const unit = index?.unitById.get(unitId);
  const name = unit ? localize(unit.name, lang) : undefined;
  usePageTitle(name);
  if (!index) return <p className="page">{t('common.noData')}</p>;
  if (!unit) {
    return (
      <section className="page views-page">
        <h1>{t('common.unit')}</h1>
        <p className="empty">{t('unit.notFound')}</p>
      </section>
    );
  }
  const parent = unit.parentId ? index.unitById.get(unit.parentId) : undefined;
  const children = (index.childUnitsOf.get(unit.id) ?? []).flatMap((id) => {
    const child = index.unitById.get(id);
    return child ? [child] : [];
  });
  const positionIds = index.positionsOfUnit.get(unit.id) ?? [];
  const services = servicesByUnit(index).get(unit.id) ?? [];
  const head = headPositionOf(index, unit.id);
  const color = unit.color ? ({ '--unit-color': unit.color } as React.CSSProperties) : undefined;

  return (
    <section className="page views-page unit-page" style={color}>
      <header className="unit-head">
        <p className="contact-label">{t(`unit.type.${unit.type}`)}</p>
        <h1>{name}</h1>
        {parent && (
          <p className="muted">
            {t('unit.parent')} <a href={hrefs.unit(parent.id)}>{localize(parent.name, lang)}</a>
          </p>
        )}
        <ul className="unit-links">
          {head && (
            <li>
              <ChartLink positionId={head} name={name ?? ''} />
            </li>
          )}
          <li>
            <a href={queryHref('directory', { unit: unit.id })}>{t('unit.directory')}</a>
          </li>
          <li>
            <a href={queryHref('raci', { unit: unit.id })}>{t('unit.raci')}</a>
          </li>
          {services.length > 0 && (
            <li>
              <a href={hrefs.services(unit.id)}>{t('unit.catalogue')}</a>
            </li>
          )}
        </ul>
      </header>
      <div className="unit-grid">
        <div>
          {unit.mission && (
            <section className="unit-section" aria-labelledby="unit-mission">
              <h2 id="unit-mission">{t('unit.mission')}</h2>
              <p>{localize(unit.mission, lang)}</p>
            </section>
          )}
          {children.length > 0 && (
            <section className="unit-section" aria-labelledby="unit-sub">
              <h2 id="unit-sub">{t('unit.subUnits')}</h2>
              <ul className="unit-sub">
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={hrefs.unit(c.id)}>{localize(c.name, lang)}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        {unit.contact && (
          <section className="card" aria-labelledby="unit-contact">
            <h2 id="unit-contact">{t('unit.contact')}</h2>
            <ChannelLinks channels={unit.contact} owner={name} />
          </section>
        )}
      </div>
      <section className="unit-section" aria-labelledby="unit-positions">
        <h2 id="unit-positions">
          {t('unit.positions')} <span className="muted">({positionIds.length})</span>
        </h2>
        {positionIds.length === 0 ? (
          <p className="muted">{t('unit.noPositions')}</p>
        ) : (
          <ul className="unit-positions">
            {positionIds.slice(0, shownPositions).map((id) => (
              <li key={id}>
                <PositionContact index={index} positionId={id} compact hideUnit />
              </li>
            ))}
          </ul>
        )}
        {positionIds.length > shownPositions && (
          <button
            type="button"
            className="button button-secondary show-more"
            onClick={() => setShownPositions((n) => n + POSITIONS_PAGE)}
          >
            {t('directory.showMore', {
              count: Math.min(POSITIONS_PAGE, positionIds.length - shownPositions),
            })}
          </button>
        )}
      </section>
      {services.length > 0 && (
        <section className="unit-section" aria-labelledby="unit-services">
          <h2 id="unit-services">{t('unit.services')}</h2>
          <ul className="service-list">
            {services.map((id) => (
              <li key={id}>
                <ServiceCard index={index} topicId={id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReportError
        record={unit}
        data={index.data}
        title={name ?? unit.id}
        id={unit.id}
        pageHash={hrefs.unit(unit.id)}
      />
      {editing && (
        <Suspense fallback={null}>
          <UnitEditor index={index} unitId={unit.id} />
        </Suspense>
      )}
    </section>
  );
}
