/**
 * The home page before anything is typed (issue 14 item 8): the onboarding topics, the kinds
 * of questions answered most (the biggest catalogues, a few topics each), and where the user
 * works. Never a blank page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs } from '../../app/links';
import { LocationChoice } from '../../components/LocationChoice';
import { belongingOf, organisationLabel } from '../../domain/belonging';
import { homeSuggestions } from '../../domain/homeSuggestions';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';

export function HomeSuggestions({ index }: { index: OrgIndex }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const { onboardingTopicIds, kinds } = useMemo(() => homeSuggestions(index), [index]);
  const topicLink = (id: string) => {
    const topic = index.topicById.get(id);
    return topic ? (
      <li key={id}>
        <a href={hrefs.topic(id)}>{localize(topic.name, lang)}</a>
      </li>
    ) : null;
  };
  return (
    <div className="home-suggestions" data-testid="home-suggestions">
      {onboardingTopicIds.length > 0 && (
        <section className="home-block" aria-labelledby="home-new">
          <h2 id="home-new" className="home-title">
            {t('home.newTitle')}
          </h2>
          <ul className="home-topics">{onboardingTopicIds.map(topicLink)}</ul>
          <p className="home-more">
            <a href={hrefs.onboarding()}>{t('home.newLink')}</a>
          </p>
        </section>
      )}
      {kinds.length > 0 && (
        <section className="home-block" aria-labelledby="home-kinds">
          <h2 id="home-kinds" className="home-title">
            {t('home.kindsTitle')}
          </h2>
          <ul className="home-kinds">
            {kinds.map((kind) => {
              const unit = index.unitById.get(kind.unitId);
              // Two agencies' "Human resources" read apart by their organisation.
              const org = belongingOf(index, { unitId: kind.unitId }).organisation;
              return (
                <li key={kind.unitId} className="home-kind">
                  <p className="home-kind-name">
                    <a href={hrefs.unit(kind.unitId)}>{localize(unit?.name, lang)}</a>{' '}
                    {org && (
                      <span className="home-kind-org">· {organisationLabel(org, lang)} </span>
                    )}
                    <span className="muted">{t('home.topicCount', { count: kind.count })}</span>
                  </p>
                  <ul className="home-topics">{kind.topicIds.map(topicLink)}</ul>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <LocationChoice index={index} className="home-location" />
    </div>
  );
}
