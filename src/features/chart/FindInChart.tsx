/**
 * The chart's find box: a combobox over the search index the search page uses (no second
 * engine), offering positions and the seats of people; choosing one does what "Show on chart"
 * does. Arrows move through the options, Enter chooses (the first when none is active),
 * Escape closes the list, then clears the box.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { holdersOf, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { selectMeta, selectOrgData, useOrgStore } from '../../store/orgStore';
import {
  loadSearchData,
  searchRecords,
  selectIndexing,
  useSearchStore,
} from '../../store/searchStore';
import { findTargets, type FindTarget } from './findTargets';
import { onIdle } from '../../app/idle';

/** Options listed: enough to pick from without scrolling the toolbar away. */
const LIMIT = 8;

interface Props {
  index: OrgIndex;
  onFind: (positionId: string) => void;
}

export function FindInChart({ index, onFind }: Props) {
  const { t, i18n } = useTranslation('chart');
  const id = useId();
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  const indexing = useSearchStore(selectIndexing);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // The search index is sent for once the chart is drawn and the page idle, or when the box is
  // used, whichever comes first: sending 100k people to the search worker is a long task of
  // its own, and the first chart must not wait behind it. The store sets data and meta
  // together; a version already indexed is not indexed again.
  const [wanted, setWanted] = useState(false);
  useEffect(() => (wanted ? undefined : onIdle(() => setWanted(true), 3000)), [wanted]);
  useEffect(() => {
    if (data && wanted) loadSearchData(data, meta);
  }, [data, meta, wanted]);

  const targets = useMemo<FindTarget[] | undefined>(() => {
    // `indexing` is read so that the answer comes once the index is ready.
    void indexing;
    const result = searchRecords(query, LIMIT * 3);
    return result && findTargets(index, result.hits, LIMIT);
  }, [query, index, indexing]);

  const options = (targets ?? []).map((target) => {
    const position = index.positionById.get(target.positionId);
    const title = localize(position?.title, i18n.language);
    const holders = holdersOf(index, target.positionId).map((p) => p.name);
    const person =
      target.personId !== undefined ? index.personById.get(target.personId)?.name : undefined;
    const unitId = position?.unitId;
    const unit =
      unitId !== undefined ? localize(index.unitById.get(unitId)?.name, i18n.language) : '';
    return {
      ...target,
      main: person ?? title,
      detail: [person !== undefined ? title : holders.join(', ') || t('node.vacant'), unit]
        .filter(Boolean)
        .join(' · '),
    };
  });
  const expanded = open && query.trim() !== '';
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (i: number) => {
    const option = options[i];
    if (!option) return;
    setOpen(false);
    setActive(-1);
    onFind(option.positionId);
  };

  const status =
    query.trim() === ''
      ? ''
      : targets === undefined
        ? t('find.loading')
        : options.length === 0
          ? t('find.none')
          : t('find.count', { count: options.length });

  return (
    <div
      className="wf-find"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('find.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        className="wf-find-input"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-describedby={`${id}-status`}
        {...(expanded && active >= 0 ? { 'aria-activedescendant': optionId(active) } : {})}
        placeholder={t('find.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (options.length === 0) return;
            setOpen(true);
            const n = options.length;
            setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active >= 0 && active < options.length ? active : 0);
          } else if (e.key === 'Escape') {
            // Not the search field's own clearing: the first Escape only closes the list.
            if (expanded || query !== '') e.preventDefault();
            if (expanded) {
              e.stopPropagation();
              setOpen(false);
              setActive(-1);
            } else if (query !== '') {
              e.stopPropagation();
              setQuery('');
            }
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('find.results')}
        className="wf-find-list"
        hidden={!expanded || options.length === 0}
      >
        {options.map((o, i) => (
          <li
            key={o.positionId}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keeps the focus in the box: a click chooses without a blur closing the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span className="wf-find-main">{o.main}</span>
            <span className="wf-find-detail">{o.detail}</span>
          </li>
        ))}
      </ul>
      <span id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
