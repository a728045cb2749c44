/** The answers for the current query: the answer card, then the other results in rank order. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso, type OrgIndex } from '../../domain/orgIndex';
import { buildAnswer } from '../../search/answer';
import { selectLastMs, selectResult, useSearchStore } from '../../store/searchStore';
import { selectPreferredUnitId, useOnboardingStore } from '../../store/onboardingStore';
import { AnswerCard } from './AnswerCard';
import { NothingFound } from './NothingFound';
import { ResultRow } from './ResultRows';

/**
 * Re-renders only when a result arrives (not on each keystroke): the result carries its query.
 */
export const SearchResults = memo(function SearchResults({ index }: { index: OrgIndex }) {
  const { t } = useTranslation('search');
  const result = useSearchStore(selectResult);
  const query = result?.query ?? '';
  const lastMs = useSearchStore(selectLastMs);
  const preferredUnitId = useOnboardingStore(selectPreferredUnitId);
  const terms = useMemo(() => new Set(result?.terms ?? []), [result]);
  const today = todayIso();
  // Hits from an older data version may name records that no longer exist: skip them.
  const hits = (result?.hits ?? []).filter((hit) => {
    const map = {
      topic: index.topicById,
      person: index.personById,
      position: index.positionById,
      unit: index.unitById,
    }[hit.kind];
    return map.has(hit.id);
  });
  const current = result !== undefined && query.trim() !== '';
  const [first, ...rest] = hits;
  const answer =
    first?.kind === 'topic' ? buildAnswer(index, first.id, { today, preferredUnitId }) : undefined;
  const listed = answer ? rest : hits;

  return (
    <div className="search-results" data-query={result?.query} data-query-ms={lastMs?.toFixed(2)}>
      <p role="status" className="search-count" aria-live="polite" aria-atomic="true">
        {current ? t('results', { count: hits.length }) : ''}
      </p>
      {current && hits.length === 0 && <NothingFound index={index} query={query} />}
      {answer && (
        <AnswerCard answer={answer} terms={terms} preferredUnitId={preferredUnitId} linkTopic />
      )}
      {listed.length > 0 && (
        <section className="results-more" aria-labelledby="results-more-title">
          <h2 id="results-more-title" className="results-more-title">
            {answer ? t('alsoFound') : t('results', { count: hits.length })}
          </h2>
          <ol className="result-list">
            {listed.map((hit) => (
              <ResultRow
                key={`${hit.kind}:${hit.id}`}
                index={index}
                hit={hit}
                terms={terms}
                today={today}
                preferredUnitId={preferredUnitId}
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
});
