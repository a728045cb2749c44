/** A topic's service level (response time, lead time, cost) and how to make the request. */
import { labelSeparator } from '../../components/punctuation';
import { useTranslation } from '../../i18n/useTranslation';
import { ChannelLinks } from '../../components/ChannelLinks';
import { hasChannels } from '../../components/channels';
import { localize } from '../../domain/text';
import type { Topic } from '../../domain/types';

/** What the service details show of a topic (`requestShown`: the card leads with it already). */
function serviceParts(topic: Topic, requestShown: boolean | undefined) {
  const service = topic.service;
  if (!service) return undefined;
  return {
    service,
    levels: (['responseTime', 'leadTime', 'cost'] as const).filter(
      (key) => service[key] !== undefined,
    ),
    steps: service.steps ?? [],
    equipment: service.equipment ?? [],
    request: requestShown ? undefined : service.request,
  };
}

/** Whether `ServiceDetails` draws anything for this topic. */
export function hasServiceDetails(topic: Topic, requestShown?: boolean): boolean {
  const parts = serviceParts(topic, requestShown);
  return (
    parts !== undefined &&
    (parts.levels.length > 0 ||
      parts.steps.length > 0 ||
      parts.equipment.length > 0 ||
      hasChannels(parts.request))
  );
}

/** `requestShown`: the answer card leads with the request channel already; not twice. */
export function ServiceDetails({ topic, requestShown }: { topic: Topic; requestShown?: boolean }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const parts = serviceParts(topic, requestShown);
  if (!parts) return null;
  const { service, levels, steps, equipment, request } = parts;
  return (
    <>
      {levels.length > 0 && (
        <section className="answer-service">
          <h3 className="answer-section-title">{t('serviceLevel')}</h3>
          <dl className="service-levels">
            {levels.map((key) => (
              <div key={key} className="service-level">
                <dt>{t(key)}</dt>
                <dd>{localize(service[key], lang)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {(steps.length > 0 || hasChannels(request) || equipment.length > 0) && (
        <section className="answer-howto">
          <h3 className="answer-section-title">{t('howToAsk')}</h3>
          {steps.length > 0 && (
            <ol className="answer-steps">
              {steps.map((step, i) => (
                <li key={i}>{localize(step, lang)}</li>
              ))}
            </ol>
          )}
          {hasChannels(request) && (
            <div className="answer-request">
              <p className="seat-label">{t('requestAt')}</p>
              <ChannelLinks channels={request} />
            </div>
          )}
          {equipment.length > 0 && (
            <p className="answer-small">
              <span className="seat-label">
                {t('equipment')}
                {labelSeparator(i18n.language)}
              </span>
              {equipment.map((e) => localize(e, lang)).join(', ')}
            </p>
          )}
        </section>
      )}
    </>
  );
}
