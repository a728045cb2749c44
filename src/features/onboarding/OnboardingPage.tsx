/**
 * #/onboarding and #/onboarding/:positionId (the link HR sends): the new hire's manager, team,
 * skip-level manager and buddy, and the onboarding checklist with progress kept on the device.
 * Opening a position remembers it and its unit (the user's own unit, used by search ranking).
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import type { PageProps } from '../../app/pageProps';
import { usePageTitle } from '../../app/usePageTitle';
import { onboardingPlan } from '../../domain/onboarding';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import type { KnownLocation } from '../../domain/userLocation';
import { selectChosenPositionId, useOnboardingStore } from '../../store/onboardingStore';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { useSearchHome } from '../../store/useSearchHome';
import '../directory/views.css';
import { LocationChoice } from '../../components/LocationChoice';
import { PositionContact } from '../../components/PositionContact';
import { OnboardingChecklist } from './OnboardingChecklist';
import { PositionChooser } from './PositionChooser';

function ChoosePage({
  index,
  unknown,
  locations,
}: {
  index: OrgIndex;
  unknown: boolean;
  locations: readonly KnownLocation[] | undefined;
}) {
  const { t, i18n } = useTranslation('views');
  const chosen = useOnboardingStore(selectChosenPositionId);
  const chosenPosition = chosen ? index.positionById.get(chosen) : undefined;
  return (
    <section className="page views-page onboarding-page">
      <header className="views-header">
        <h1>{t('onboarding.title')}</h1>
        <p className="muted">{t('onboarding.intro')}</p>
      </header>
      {unknown && (
        <p className="notice notice-warning" role="alert">
          {t('onboarding.unknown')}
        </p>
      )}
      {chosen && chosenPosition && (
        <p className="onb-continue">
          <a className="button" href={hrefs.onboarding(chosen)}>
            {t('onboarding.continue', { title: localize(chosenPosition.title, i18n.language) })}
          </a>
        </p>
      )}
      <PositionChooser index={index} />
      <LocationChoice locations={locations} />
    </section>
  );
}

export function OnboardingPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  usePageTitle(t('onboarding.title'));
  const index = useOrgStore(selectOrgIndex);
  const choosePosition = useOnboardingStore((s) => s.choosePosition);
  const positionId = params?.positionId ?? '';
  // The places to choose from come with the search index (built in the search worker).
  const home = useSearchHome();
  const plan = useMemo(
    () => (index && positionId ? onboardingPlan(index, positionId) : undefined),
    [index, positionId],
  );
  useEffect(() => {
    if (plan) choosePosition(plan.positionId, plan.unitId);
  }, [plan, choosePosition]);

  if (!index) return <p className="page">{t('common.noData')}</p>;
  if (!plan) {
    return <ChoosePage index={index} unknown={positionId !== ''} locations={home?.locations} />;
  }

  const position = index.positionById.get(plan.positionId);
  const title = localize(position?.title, lang);
  const unit = plan.unitId ? index.unitById.get(plan.unitId) : undefined;
  return (
    <section className="page views-page onboarding-page">
      <header className="onb-hero">
        <p className="contact-label">{t('onboarding.title')}</p>
        <h1>{t('onboarding.welcome', { title })}</h1>
        {unit && (
          <p>
            {t('onboarding.inUnit', { unit: '' })}
            <a href={hrefs.unit(unit.id)}>{localize(unit.name, lang)}</a>
          </p>
        )}
        <p>
          <a href={hrefs.onboarding()}>{t('onboarding.change')}</a>
        </p>
        <LocationChoice locations={home?.locations} />
      </header>

      <h2>{t('onboarding.yourPeople')}</h2>
      <div className="onb-people">
        {plan.managerId ? (
          <PositionContact
            index={index}
            positionId={plan.managerId}
            label={t('onboarding.manager')}
          />
        ) : (
          <div className="contact-card">
            <p className="contact-label">{t('onboarding.manager')}</p>
            <p>{t('onboarding.noManager')}</p>
          </div>
        )}
        {plan.skipLevelId && (
          <PositionContact
            index={index}
            positionId={plan.skipLevelId}
            label={t('onboarding.skipLevel')}
          />
        )}
        {plan.buddyId ? (
          <PositionContact index={index} positionId={plan.buddyId} label={t('onboarding.buddy')} />
        ) : (
          <div className="contact-card">
            <p className="contact-label">{t('onboarding.buddy')}</p>
            <p className="muted">{t('onboarding.noBuddy')}</p>
          </div>
        )}
      </div>

      <section className="onb-team" aria-labelledby="onb-team">
        <h2 id="onb-team">
          {t('onboarding.team')} <span className="muted">({plan.peerIds.length})</span>
        </h2>
        {plan.peerIds.length === 0 ? (
          <p className="muted">{t('onboarding.noTeam')}</p>
        ) : (
          <ul>
            {plan.peerIds.slice(0, 60).map((id) => (
              <li key={id}>
                <PositionContact index={index} positionId={id} compact />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="onb-checklist">
        <h2 id="onb-checklist">{t('onboarding.checklist')}</h2>
        <p className="muted">{t('onboarding.checklistIntro')}</p>
        <OnboardingChecklist index={index} positionId={plan.positionId} items={plan.items} />
      </section>
    </section>
  );
}
