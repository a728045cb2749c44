/**
 * #/directory: people and vacant positions, filtered by unit (sub-units included), location,
 * language and text. Filters live in the URL query (shareable). Results are shown 50 at a time
 * so the page stays fast with 100k people; filtering scans pre-folded strings.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../../app/pageProps';
import { navigate, parseHash } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import {
  buildDirectory,
  filterDirectory,
  isNarrowing,
  type Directory,
  type DirectoryEntry,
  type DirectoryFilter,
  type DirectoryKind,
} from '../../domain/directory';
import { todayIso, type OrgIndex } from '../../domain/orgIndex';
import { localize } from '../../domain/text';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import { DirectoryEntryCard } from './DirectoryEntryCard';
import { languageName } from './languageName';
import { queryHref } from './queryHref';
import { UnitSelect } from '../../components/UnitSelect';
import './views.css';

export const PAGE_SIZE = 50;
const KINDS: DirectoryKind[] = ['person', 'vacancy'];

/** Built once per data version and kept while the data lasts (leaving and returning is instant). */
const directories = new WeakMap<OrgIndex, Directory>();
function directoryOf(index: OrgIndex): Directory {
  let directory = directories.get(index);
  if (!directory) {
    directory = buildDirectory(index);
    directories.set(index, directory);
  }
  return directory;
}

interface LastResult {
  directory: Directory;
  filter: DirectoryFilter;
  entries: DirectoryEntry[];
}

/**
 * Applies a filter change to the URL. Reads the current filters from the URL itself, so the
 * function is stable and the (memoised) unit picker with thousands of units never re-renders
 * while the user types.
 */
function updateFilter(patch: Partial<DirectoryFilter>): void {
  const next = { ...readFilter(parseHash(window.location.hash).query), ...patch };
  navigate(
    queryHref('directory', {
      q: next.text,
      unit: next.unit,
      location: next.location,
      lang: next.language,
      kind: next.kind,
    }),
    { replace: true },
  );
}
const setUnit = (unit: string) => updateFilter({ unit });

function readFilter(query: URLSearchParams | undefined): Required<DirectoryFilter> {
  const kind = query?.get('kind') ?? '';
  return {
    text: query?.get('q') ?? '',
    unit: query?.get('unit') ?? '',
    location: query?.get('location') ?? '',
    language: query?.get('lang') ?? '',
    kind: (KINDS as string[]).includes(kind) ? (kind as DirectoryKind) : ('' as DirectoryKind),
  };
}

export function DirectoryPage({ query }: Partial<PageProps>) {
  const { t, i18n } = useTranslation('views');
  const lang = i18n.language;
  usePageTitle(t('directory.title'));
  const index = useOrgStore(selectOrgIndex);
  const filter = readFilter(query);
  const deferredText = useDeferredValue(filter.text);
  const directory = useMemo(() => (index ? directoryOf(index) : undefined), [index]);
  const last = useRef<LastResult | undefined>(undefined);
  const results = useMemo(() => {
    if (!index || !directory) return [];
    const next = { ...filter, text: deferredText };
    // While typing, narrow the previous result instead of scanning 100k entries again.
    const previous = last.current;
    const within =
      previous && previous.directory === directory && isNarrowing(previous.filter, next)
        ? previous.entries
        : directory.entries;
    const entries = filterDirectory(index, directory, next, within);
    last.current = { directory, filter: next, entries };
    return entries;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the filter's fields are the deps
  }, [index, directory, deferredText, filter.unit, filter.location, filter.language, filter.kind]);
  const filterKey = JSON.stringify(filter);
  const [shown, setShown] = useState({ key: filterKey, count: PAGE_SIZE });
  const count = shown.key === filterKey ? shown.count : PAGE_SIZE;
  const ids = { text: useId(), location: useId(), lang: useId(), kind: useId() };

  if (!index || !directory) return <p className="page">{t('common.noData')}</p>;

  const today = todayIso();
  const visible = results.slice(0, count);
  const filtered = Object.values(filter).some((v) => v);

  return (
    <section className="page views-page directory-page">
      <header className="views-header">
        <h1>{t('directory.title')}</h1>
        <p className="muted">{t('directory.intro')}</p>
      </header>
      <form
        className="filters"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field field-grow">
          <label htmlFor={ids.text}>{t('directory.text')}</label>
          <input
            id={ids.text}
            type="search"
            value={filter.text}
            autoComplete="off"
            onChange={(e) => updateFilter({ text: e.target.value })}
          />
        </div>
        <UnitSelect
          index={index}
          label={t('directory.unit')}
          value={filter.unit}
          onChange={setUnit}
        />
        <div className="field">
          <label htmlFor={ids.location}>{t('directory.location')}</label>
          <select
            id={ids.location}
            value={filter.location}
            onChange={(e) => updateFilter({ location: e.target.value })}
          >
            <option value="">{t('directory.allLocations')}</option>
            {directory.locations.map((l) => (
              <option key={l.key} value={l.key}>
                {localize(l.text, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.lang}>{t('directory.language')}</label>
          <select
            id={ids.lang}
            value={filter.language}
            onChange={(e) => updateFilter({ language: e.target.value })}
          >
            <option value="">{t('directory.allLanguages')}</option>
            {directory.languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('directory.kind')}</label>
          <select
            id={ids.kind}
            value={filter.kind}
            onChange={(e) => updateFilter({ kind: e.target.value as DirectoryKind })}
          >
            <option value="">{t('directory.kindAll')}</option>
            <option value="person">{t('directory.kindPerson')}</option>
            <option value="vacancy">{t('directory.kindVacancy')}</option>
          </select>
        </div>
        {filtered && (
          <button type="button" className="button-link" onClick={() => navigate('#/directory')}>
            {t('directory.clear')}
          </button>
        )}
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {t('directory.count', { count: results.length })}
        {results.length > visible.length &&
          ` · ${t('directory.showing', { shown: visible.length, total: results.length })}`}
      </p>
      {results.length === 0 ? (
        <p className="empty">{t('directory.none')}</p>
      ) : (
        <ul className="dir-list">
          {visible.map((entry) => (
            <DirectoryEntryCard
              key={`${entry.kind}:${entry.id}`}
              index={index}
              entry={entry}
              today={today}
            />
          ))}
        </ul>
      )}
      {results.length > visible.length && (
        <button
          type="button"
          className="button show-more"
          onClick={() => setShown({ key: filterKey, count: count + PAGE_SIZE })}
        >
          {t('directory.showMore', { count: Math.min(PAGE_SIZE, results.length - visible.length) })}
        </button>
      )}
    </section>
  );
}
