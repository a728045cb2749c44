/** "Nothing found" is never an empty page: closest topics and the desk most likely to help. */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { ChannelLinks } from '../../components/ChannelLinks';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { fallbackContact, suggestTopics } from '../../search/nothingFound';

export function NothingFound({ index, query }: { index: OrgIndex; query: string }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const suggestions = suggestTopics(index, query);
  const fallback = fallbackContact(index, query);
  const unitName = fallback?.unit ? localize(fallback.unit.name, lang) : undefined;
  return (
    <section className="nothing-found" data-testid="nothing-found">
      <h2>{t('nothing.title', { query })}</h2>
      <p className="muted">{t('nothing.text')}</p>
      {suggestions.length > 0 && (
        <div className="nothing-suggestions">
          <p className="seat-label">{t('nothing.suggestions')}</p>
          <ul>
            {suggestions.map((topic) => (
              <li key={topic.id}>
                <a href={hrefs.topic(topic.id)} data-result-link="">
                  {localize(topic.name, lang)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {fallback && (
        <div className="nothing-contact">
          <p className="seat-label">
            {unitName ? t('nothing.contactUnit', { unit: unitName }) : t('nothing.contactGeneric')}
          </p>
          {fallback.unit && (
            <p>
              <a href={hrefs.unit(fallback.unit.id)}>{unitName}</a>
            </p>
          )}
          <ChannelLinks channels={fallback.contact} owner={unitName} />
        </div>
      )}
    </section>
  );
}
