/** One service of the catalogue: levels, steps, equipment, where to ask, links, Responsible contact. */
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import { SafeLink } from '../../components/SafeLink';
import { topicContactIds } from '../../domain/contact';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { PositionContact } from '../../components/PositionContact';
import { ReportError } from '../records/ReportError';

interface Props {
  index: OrgIndex;
  topicId: string;
  /** Heading level of the service name (3 under a unit heading). */
  level?: 3 | 4;
}

export const ServiceCard = memo(function ServiceCard({ index, topicId, level = 3 }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const topic = index.topicById.get(topicId);
  if (!topic) return null;
  const service = topic.service ?? {};
  const name = localize(topic.name, lang);
  const Heading = level === 3 ? 'h3' : 'h4';
  const levels = (['responseTime', 'leadTime', 'cost'] as const).filter((k) => service[k]);
  const contacts = topicContactIds(index, topicId);
  const unit = topic.unitId ? index.unitById.get(topic.unitId) : undefined;
  return (
    <article
      className="service"
      aria-label={name}
      style={unit?.color ? ({ '--unit-color': unit.color } as React.CSSProperties) : undefined}
    >
      <Heading>
        <a href={hrefs.topic(topicId)}>{name}</a>
      </Heading>
      {topic.description && <p>{localize(topic.description, lang)}</p>}
      {levels.length > 0 && (
        <dl className="service-levels">
          {levels.map((k) => (
            <div key={k} className={`service-level-${k}`}>
              <dt>{t(`services.${k}`)}</dt>
              <dd>{localize(service[k], lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="service-body">
        <div>
          {service.steps && service.steps.length > 0 && (
            <>
              <h4>{t('services.steps')}</h4>
              <ol>
                {service.steps.map((step, i) => (
                  <li key={i}>{localize(step, lang)}</li>
                ))}
              </ol>
            </>
          )}
          {service.equipment && service.equipment.length > 0 && (
            <>
              <h4>{t('services.equipment')}</h4>
              <ul>
                {service.equipment.map((item, i) => (
                  <li key={i}>{localize(item, lang)}</li>
                ))}
              </ul>
            </>
          )}
          {service.request && (
            <>
              <h4>{t('services.request')}</h4>
              <ChannelLinks channels={service.request} owner={name} />
            </>
          )}
          {topic.links && topic.links.length > 0 && (
            <>
              <h4>{t('services.links')}</h4>
              <ul>
                {topic.links.map((link, i) => (
                  <li key={i}>
                    <SafeLink href={link.url}>{localize(link.label, lang)}</SafeLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div>
          <h4>{t('services.contact')}</h4>
          {contacts.length === 0 && <p className="muted">{t('common.nobodyResponsible')}</p>}
          {contacts.map((id) => (
            <PositionContact key={id} index={index} positionId={id} />
          ))}
        </div>
      </div>
      <ReportError
        record={topic}
        data={index.data}
        title={name}
        id={topicId}
        pageHash={hrefs.topic(topicId)}
        named
        showMaintainer={false}
      />
    </article>
  );
});
