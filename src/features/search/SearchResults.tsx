/** The answers for the current query: the answer card, then the other results in rank order. */
import { memo, useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { todayIso, type OrgIndex } from '../../domain/orgIndex';
import { buildAnswer } from '../../search/answer';
import { selectLastMs, selectResult, useSearchStore } from '../../store/searchStore';
import {
  selectLocationKey,
  selectPreferredUnitId,
  useOnboardingStore,
} from '../../store/onboardingStore';
import { sameNamedTopics } from '../../domain/belonging';
import { AnswerCard } from './AnswerCard';
import { CorrectionNotice } from './CorrectionNotice';
import { HighlightTerms } from './highlightTerms';
import { NothingFound } from './NothingFound';
import { ResultRow } from './ResultRows';
import { useAfterPaint } from './useAfterPaint';

interface AnswerProps {
  index: OrgIndex;
  topicId: string;
  today: string;
  preferredUnitId: string | undefined;
  locationKey: string | undefined;
  depth: number;
}

/** The answer card of the first hit, built again only when that topic changes. */
const SearchAnswer = memo(function SearchAnswer({
  index,
  topicId,
  today,
  preferredUnitId,
  locationKey,
  depth,
}: AnswerProps) {
  const answer = useMemo(
    () => buildAnswer(index, topicId, { today, preferredUnitId, locationKey }),
    [index, topicId, today, preferredUnitId, locationKey],
  );
  if (!answer) return null;
  return (
    <AnswerCard
      answer={answer}
      preferredUnitId={preferredUnitId}
      linkTopic
      progressive
      index={index}
      depth={depth}
    />
  );
});

/**
 * Rows rendered in the keystroke's own frame; the rest follow in a background render once that
 * frame is produced (`useAfterPaint`), which the next keystroke may interrupt. Without an
 * answer card, enough to fill a screen. Under an answer card, one: the card fills the first
 * screen (~800 px tall at 1440 px wide, taller on a phone), so the rows under it were laid out
 * and styled for a frame that could not show them (~1.5 ms of a keystroke's ~7 ms at 10k).
 */
const FIRST_ROWS = 5;
const FIRST_ROWS_UNDER_ANSWER = 1;

/** Units shown on a row whose topic name another row shares: the unit and two parents. */
const AMBIGUOUS_DEPTH = 3;

/** The same terms keep the same Set, so highlights re-render only when they change. */
function useStableTerms(terms: readonly string[] | undefined): ReadonlySet<string> {
  const key = terms ? [...terms].sort().join('\n') : '';
  return useMemo(() => new Set(key === '' ? [] : key.split('\n')), [key]);
}

/**
 * Re-renders only when a result arrives (not on each keystroke): the result carries its query.
 */
export const SearchResults = memo(function SearchResults({ index }: { index: OrgIndex }) {
  const { t, i18n } = useTranslation('search');
  const lang = i18n.language;
  const result = useSearchStore(selectResult);
  const settled = useAfterPaint(result, result) === result;
  const query = result?.query ?? '';
  const lastMs = useSearchStore(selectLastMs);
  const preferredUnitId = useOnboardingStore(selectPreferredUnitId);
  const locationKey = useOnboardingStore(selectLocationKey);
  const terms = useStableTerms(result?.terms);
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
  const answered = first?.kind === 'topic';
  const listed = answered ? rest : hits;
  const shown = settled ? listed : listed.slice(0, answered ? FIRST_ROWS_UNDER_ANSWER : FIRST_ROWS);
  const topicKey = hits.flatMap((h) => (h.kind === 'topic' ? [h.id] : [])).join('\n');
  const ambiguous = useMemo(
    () => sameNamedTopics(index, topicKey === '' ? [] : topicKey.split('\n'), lang),
    [index, topicKey, lang],
  );

  return (
    <div className="search-results" data-query={result?.query} data-query-ms={lastMs?.toFixed(2)}>
      <p role="status" className="search-count" aria-live="polite" aria-atomic="true">
        {current ? t('results', { count: hits.length }) : ''}
      </p>
      <HighlightTerms value={terms}>
        {current && hits.length > 0 && result.correction !== undefined && (
          <CorrectionNotice query={query} correction={result.correction} />
        )}
        {current && hits.length === 0 && <NothingFound index={index} query={query} />}
        {answered && (
          <SearchAnswer
            index={index}
            topicId={first.id}
            today={today}
            preferredUnitId={preferredUnitId}
            locationKey={locationKey}
            depth={ambiguous.has(first.id) ? AMBIGUOUS_DEPTH : 1}
          />
        )}
        {listed.length > 0 && (
          <section className="results-more" aria-labelledby="results-more-title">
            {/* Without an answer card, the count above already titles the list: the heading
                stays for screen readers only, so the count is not shown twice. */}
            <h2
              id="results-more-title"
              className={answered ? 'results-more-title' : 'visually-hidden'}
            >
              {answered ? t('alsoFound') : t('resultsHeading')}
            </h2>
            <ol className="result-list">
              {shown.map((hit) => (
                <ResultRow
                  key={`${hit.kind}:${hit.id}`}
                  index={index}
                  kind={hit.kind}
                  id={hit.id}
                  today={today}
                  preferredUnitId={preferredUnitId}
                  locationKey={locationKey}
                  depth={hit.kind === 'topic' && ambiguous.has(hit.id) ? AMBIGUOUS_DEPTH : 1}
                />
              ))}
            </ol>
          </section>
        )}
      </HighlightTerms>
    </div>
  );
});
