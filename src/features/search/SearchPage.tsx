/**
 * The home page: one search field, answers as the user types. The query lives in the URL
 * (`#/search?q=…`, replaced while typing so history is not flooded), so a search can be shared.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PageProps } from '../../app/pageProps';
import { hrefs } from '../../app/links';
import { navigate, parseHash, useRoute } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { selectOrgIndex, useOrgStore } from '../../store/orgStore';
import {
  selectIndexing,
  selectQuery,
  selectSetQuery,
  useSearchStore,
} from '../../store/searchStore';
import { useSearchHome } from '../../store/useSearchHome';
import { HomeSuggestions } from './HomeSuggestions';
import { SearchResults } from './SearchResults';
import { SEARCH_INPUT_ID } from './useSearchShortcut';
import { useResultKeys } from './useResultKeys';
import './search.css';

const URL_DELAY_MS = 250;

export function SearchPage(_props: Partial<PageProps>) {
  const { t } = useTranslation('search');
  const index = useOrgStore(selectOrgIndex);
  const home = useSearchHome();
  const query = useSearchStore(selectQuery);
  const setQuery = useSearchStore(selectSetQuery);
  const indexing = useSearchStore(selectIndexing);
  const route = useRoute();
  const urlQuery = route.query.get('q') ?? '';
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const onKeyDown = useResultKeys(results, input);
  usePageTitle(t('title'));

  // The URL is the truth: a shared or bookmarked link, back/forward, or the nav link.
  useEffect(() => {
    if (urlQuery !== useSearchStore.getState().query) setQuery(urlQuery);
  }, [urlQuery, setQuery]);

  // The home page (`#/`) is the search page: settle on its canonical URL before the user types,
  // because the shell moves focus to the content whenever the path changes.
  const atHome = route.path.length === 0;
  useEffect(() => {
    if (atHome) navigate(hrefs.search(useSearchStore.getState().query), { replace: true });
  }, [atHome]);

  useEffect(() => {
    // After the shell's own focus handling on navigation.
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [atHome]);

  // The URL follows the field after a short pause: a history update per keystroke re-renders
  // the whole shell (and browsers throttle rapid history updates).
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  const onChange = (value: string) => {
    setQuery(value);
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => {
      // Enter may have opened a result within the pause (this page can outlive the navigation
      // while the next page's chunk loads): never bring the user back to the search.
      const [page] = parseHash(window.location.hash).path;
      if (page === undefined || page === 'search') navigate(hrefs.search(value), { replace: true });
    }, URL_DELAY_MS);
  };

  return (
    <section className="page search-page" onKeyDown={onKeyDown}>
      <div className={`search-hero${query ? ' search-hero-compact' : ''}`}>
        <h1 className="search-title">{t('title')}</h1>
        <p className="search-intro muted">{t('intro')}</p>
        <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
            {t('label')}
          </label>
          <span className="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={input}
            id={SEARCH_INPUT_ID}
            type="search"
            className="search-input"
            value={query}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-hint"
            onChange={(e) => onChange(e.target.value)}
          />
          {query && (
            <button
              type="button"
              className="button-icon search-clear"
              aria-label={t('clear')}
              onClick={() => {
                onChange('');
                input.current?.focus();
              }}
            >
              ×
            </button>
          )}
        </form>
        <p id="search-hint" className="search-hint muted">
          {query ? t('keyboardHint') : t('shortcut')}
        </p>
        {indexing && <p className="muted search-indexing">{t('indexing')}</p>}
      </div>
      <div ref={results}>{index && <SearchResults index={index} />}</div>
      {index && <HomeSuggestions index={index} home={home} hidden={query.trim() !== ''} />}
    </section>
  );
}
