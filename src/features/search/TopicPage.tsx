/** `#/topic/:id`: the answer card of one topic, shareable and printable. */
import { readOnlyBuild } from '../../app/buildFlags';
import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { selectEditMode, useEditModeStore, useShownIndex } from '../../store/editModeStore';
import type { PageProps } from '../../app/pageProps';
import { hrefs } from '../../app/links';
import { usePageTitle } from '../../app/usePageTitle';
import { todayIso } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { buildAnswer } from '../../search/answer';
import {
  selectLocationKey,
  selectPreferredUnitId,
  useOnboardingStore,
} from '../../store/onboardingStore';
import { AnswerCard } from './AnswerCard';
import { ReportError } from '../records/ReportError';
import './search.css';

const TopicEditor = lazy(() =>
  (__EDITING_ENABLED__ ? import('../editor/TopicEditor') : readOnlyBuild()).then((m) => ({
    default: m.TopicEditor,
  })),
);

export function TopicPage({ params }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('search');
  const index = useShownIndex();
  const editing = useEditModeStore(selectEditMode);
  const preferredUnitId = useOnboardingStore(selectPreferredUnitId);
  const locationKey = useOnboardingStore(selectLocationKey);
  const topicId = params?.topicId ?? '';
  const answer = index
    ? buildAnswer(index, topicId, { today: todayIso(), preferredUnitId, locationKey })
    : undefined;
  usePageTitle(answer ? localize(answer.topic.name, i18n.language) : undefined);
  return (
    <section className="page topic-page">
      <p className="topic-back">
        <a href={hrefs.search()}>← {t('backToSearch')}</a>
      </p>
      {answer ? (
        <>
          <AnswerCard
            answer={answer}
            level={1}
            preferredUnitId={preferredUnitId}
            index={index}
            depth={3}
          />
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
      {editing && index?.topicById.has(topicId) && (
        <Suspense fallback={null}>
          <TopicEditor index={index} topicId={topicId} />
        </Suspense>
      )}
    </section>
  );
}
