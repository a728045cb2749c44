/**
 * "Find your position": a search field over position titles, units and holders; results are
 * links to `#/onboarding/<positionId>` (keyboard: Tab into the list, Enter to open).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { hrefs } from '../../app/links';
import { SearchField } from '../../components/FilterFields';
import { foldText } from '../../domain/directory';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { allTexts, localize } from '../../domain/text';

const MAX_RESULTS = 20;

type Haystacks = { id: string; haystack: string }[];
/** Built once per data version (100k positions take a moment). */
const cache = new WeakMap<OrgIndex, Haystacks>();

function positionHaystacks(index: OrgIndex): Haystacks {
  const cached = cache.get(index);
  if (cached) return cached;
  const built = [...index.positionById.values()].map((p) => {
    const unit = p.unitId ? index.unitById.get(p.unitId) : undefined;
    const manager = p.reportsTo ? index.positionById.get(p.reportsTo) : undefined;
    const parts = [
      ...allTexts(p.title),
      ...allTexts(unit?.name),
      ...holdersOf(index, p.id).map((h) => h.name),
      ...(manager ? holdersOf(index, manager.id).map((h) => h.name) : []),
    ];
    return { id: p.id, haystack: foldText(parts.join(' ')) };
  });
  cache.set(index, built);
  return built;
}

export function PositionChooser({ index }: { index: OrgIndex }) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const haystacks = useMemo(() => positionHaystacks(index), [index]);
  const matches = useMemo(() => {
    const words = foldText(deferred).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return haystacks.filter((h) => words.every((w) => h.haystack.includes(w)));
  }, [haystacks, deferred]);

  return (
    <div className="onb-chooser">
      <SearchField
        label={t('onboarding.choose')}
        value={text}
        onChange={setText}
        hint={t('onboarding.chooseHint')}
      />
      <p className="result-count" role="status">
        {deferred.trim() !== '' && t('onboarding.results', { count: matches.length })}
        {matches.length > MAX_RESULTS && ` · ${t('onboarding.moreResults')}`}
      </p>
      {matches.length > 0 && (
        <ul className="onb-results">
          {matches.slice(0, MAX_RESULTS).map(({ id }) => {
            const position = index.positionById.get(id);
            const unit = position?.unitId ? index.unitById.get(position.unitId) : undefined;
            const holders = holdersOf(index, id).map((h) => h.name);
            return (
              <li key={id}>
                <a href={hrefs.onboarding(id)}>
                  <strong>{localize(position?.title, lang)}</strong>
                  <span className="muted">
                    {[unit ? localize(unit.name, lang) : '', holders.join(', ')]
                      .filter(Boolean)
                      .map((s) => ` · ${s}`)
                      .join('')}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
