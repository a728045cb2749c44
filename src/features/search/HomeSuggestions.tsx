/**
 * The home page before anything is typed (issue 14 item 8): the onboarding topics, the kinds
 * of questions answered most (the biggest catalogues, a few topics each), and where the user
 * works. Never a blank page. Built by the search worker with the index (`SearchHome`); hidden,
 * not unmounted, while the user types, so the first keystroke and clearing the field do not
 * tear down and rebuild it (memoised: typing does not render it again).
 */
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { LocationChoice } from '../../components/LocationChoice';
import { belongingOf, organisationLabel } from '../../domain/belonging';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { SearchHome } from '../../search/protocol';

interface Props {
  index: OrgIndex;
  /** Undefined until the first index is ready. */
  home: SearchHome | undefined;
  hidden: boolean;
}

export const HomeSuggestions = memo(function HomeSuggestions({ index, home, hidden }: Props) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const onboardingTopicIds = home?.suggestions.onboardingTopicIds ?? [];
  // Built from the data the index was built from: while a newer version is indexed, skip what
  // the current data no longer holds.
  const kinds = (home?.suggestions.kinds ?? []).filter((kind) => index.unitById.has(kind.unitId));
  const topicLink = (id: string) => {
    const topic = index.topicById.get(id);
    return topic ? (
      <li key={id}>
        <a href={hrefs.topic(id)}>{localize(topic.name, lang)}</a>
      </li>
    ) : null;
  };
  return (
    <div className="home-suggestions" data-testid="home-suggestions" hidden={hidden}>
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
      <LocationChoice locations={home?.locations} className="home-location" />
    </div>
  );
});
