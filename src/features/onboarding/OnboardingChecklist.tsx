/** The first-weeks checklist: one checkbox per onboarding topic with whom to contact. */
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { topicContactIds } from '../../domain/contact';
import { progressCount, type OnboardingItem } from '../../domain/onboarding';
import type { OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { PositionContact } from '../../components/PositionContact';
import { useChecklist } from './useChecklist';

interface Props {
  index: OrgIndex;
  positionId: string;
  items: OnboardingItem[];
}

export function OnboardingChecklist({ index, positionId, items }: Props) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const { done, failed, toggle } = useChecklist(positionId);
  const progress = progressCount(items, done);
  if (items.length === 0) return <p className="empty">{t('onboarding.noItems')}</p>;
  return (
    <>
      <div className="onb-progress">
        <progress
          value={progress.done}
          max={progress.total}
          aria-label={t('onboarding.progressLabel')}
        />
        <span className="onb-progress-text" role="status" aria-live="polite">
          {t('onboarding.progress', progress)}
        </span>
      </div>
      {failed && (
        <p className="notice notice-warning" role="alert">
          {t('onboarding.saveFailed')}
        </p>
      )}
      <ol className="onb-checklist">
        {items.map((item) => {
          const topic = index.topicById.get(item.topicId);
          const name = localize(topic?.name, lang);
          const checked = done.has(item.topicId);
          const checkId = `onb-check-${item.topicId}`;
          const contacts = topicContactIds(index, item.topicId);
          return (
            <li key={item.topicId} className={checked ? 'onb-item onb-item-done' : 'onb-item'}>
              <div className="onb-item-head">
                <input
                  id={checkId}
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => toggle(item.topicId, e.target.checked)}
                />
                <label htmlFor={checkId}>{name}</label>
              </div>
              <div className="onb-item-body">
                {topic?.description && <p>{localize(topic.description, lang)}</p>}
                {topic?.service?.responseTime && (
                  <p className="onb-level">
                    {t('onboarding.responseTime', {
                      value: localize(topic.service.responseTime, lang),
                    })}
                  </p>
                )}
                <p className="contact-label">{t('onboarding.contacts')}</p>
                {contacts.length === 0 ? (
                  <p className="muted">{t('common.nobodyResponsible')}</p>
                ) : (
                  <div className="onb-contacts">
                    {contacts.map((id) => (
                      <PositionContact key={id} index={index} positionId={id} />
                    ))}
                  </div>
                )}
                <p className="contact-actions">
                  <a href={hrefs.topic(item.topicId)}>{t('onboarding.topicLink', { name })}</a>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
