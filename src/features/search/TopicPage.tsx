/** `#/topic/:id`: the answer card of one topic, shareable and printable. */
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../../app/pageProps';
import { hrefs } from '../../app/links';
import { usePageTitle } from '../../app/usePageTitle';
import { todayIso } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { buildAnswer } from '../../search/answer';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { selectPreferredUnitId, useOnboardingStore } from '../../store/onboardingStore';
import { AnswerCard } from './AnswerCard';
import { ReportError } from '../records/ReportError';
import './search.css';

export function TopicPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('search');
  const index = useOrgStore(selectOrgIndex);
  const preferredUnitId = useOnboardingStore(selectPreferredUnitId);
  const topicId = params?.topicId ?? '';
  const answer = index
    ? buildAnswer(index, topicId, { today: todayIso(), preferredUnitId })
    : undefined;
  usePageTitle(answer ? localize(answer.topic.name, i18n.language) : undefined);
  return (
    <section className="page topic-page">
      <p className="topic-back">
        <a href={hrefs.search()}>← {t('backToSearch')}</a>
      </p>
      {answer ? (
        <>
          <AnswerCard answer={answer} level={1} preferredUnitId={preferredUnitId} />
          {index && (
            <ReportError
              record={answer.topic}
              data={index.data}
              title={localize(answer.topic.name, i18n.language)}
              id={topicId}
              pageHash={hrefs.topic(topicId)}
            />
          )}
        </>
      ) : (
        <p className="muted">{t('topicNotFound')}</p>
      )}
    </section>
  );
}
