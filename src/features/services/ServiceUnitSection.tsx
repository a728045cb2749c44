/** One unit of the service catalogue: a disclosure heading with the unit's count, its services when open. */
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { Unit } from '../../domain/types';
import { ServiceCard } from './ServiceCard';

interface Props {
  index: OrgIndex;
  unit: Unit;
  topicIds: readonly string[];
  open: boolean;
  onToggle: (unitId: string, open: boolean) => void;
}

export const ServiceUnitSection = memo(function ServiceUnitSection({
  index,
  unit,
  topicIds,
  open,
  onToggle,
}: Props) {
  const { t, i18n } = useTranslation('views');
  const name = localize(unit.name, i18n.language);
  const bodyId = `svc-unit-${unit.id}-list`;
  return (
    <section
      className="service-unit"
      aria-labelledby={`svc-unit-${unit.id}`}
      data-unit={unit.id}
      style={unit.color ? ({ '--unit-color': unit.color } as React.CSSProperties) : undefined}
    >
      <header>
        <h2 id={`svc-unit-${unit.id}`}>
          {/* A button, not <details>: the page opens sections itself (a deep link, a filter). */}
          <button
            type="button"
            className="service-unit-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onToggle(unit.id, !open)}
          >
            <span className="service-unit-name">{name}</span>{' '}
            <span className="service-unit-count">
              {t('services.count', { count: topicIds.length })}
            </span>
          </button>
        </h2>
        <a href={hrefs.unit(unit.id)}>{t('services.unitLink', { name })}</a>
      </header>
      {/* Closed sections draw nothing: the sample's 78 services are a 52,000 px page. */}
      <ul className="service-list" id={bodyId} hidden={!open}>
        {open &&
          topicIds.map((id) => (
            <li key={id}>
              <ServiceCard index={index} topicId={id} />
            </li>
          ))}
      </ul>
    </section>
  );
});
