/**
 * Search state: the query being typed and its result. The search worker builds the index of
 * each data version; the client keeps it on this thread, so each keystroke is answered at
 * once, in the same task and render as the field itself. (The user's own unit, which ranks answers, is the onboarding
 * store's `selectPreferredUnitId`.)
 */
import { create } from 'zustand';
import type { OrgData } from '../domain/types';
import type { SearchResult } from '../search/query';
import { mark } from '../app/perfMark';
import type { BuiltIndex, LoadedIndex, SearchHome } from '../search/protocol';
import { createSearchClient, type SearchClient } from '../search/searchClient';
import { searchIndexKey } from '../search/searchIndex';
import { nearUser } from '../search/nearUser';
import type { OrgIndex } from '../domain/orgIndex';
import { useOnboardingStore } from './onboardingStore';
import { useOrgStore, type DataMeta } from './orgStore';

export interface SearchState {
  query: string;
  /** The answer to `query`; undefined for an empty query or while no index is ready. */
  result: SearchResult | undefined;
  /** True while the index is built for new data. */
  indexing: boolean;
  /** Milliseconds the engine took for the latest query (shown to benches). */
  lastMs: number | undefined;
  /** The empty home page's suggestions and places, from the latest index (see `SearchHome`). */
  home: SearchHome | undefined;
  setQuery: (query: string) => void;
}

/** Results shown per query: the answer card and enough rows to scan without scrolling far. */
const RESULT_LIMIT = 20;

let client: SearchClient | undefined;

/** The tie-breaker for the user's unit and location, built again only when one changes. */
let preferFor:
  | {
      index: OrgIndex;
      unitId: string | undefined;
      locationKey: string | undefined;
      prefer: ReturnType<typeof nearUser>;
    }
  | undefined;

function currentPrefer(): ReturnType<typeof nearUser> {
  const index = useOrgStore.getState().index;
  if (!index) return undefined;
  const { unitId, locationKey } = useOnboardingStore.getState();
  if (
    preferFor?.index !== index ||
    preferFor.unitId !== unitId ||
    preferFor.locationKey !== locationKey
  ) {
    preferFor = { index, unitId, locationKey, prefer: nearUser(index, { unitId, locationKey }) };
  }
  return preferFor.prefer;
}
let loadedData: OrgData | undefined;

function getClient(): SearchClient {
  client ??= createSearchClient();
  return client;
}

export const useSearchStore = create<SearchState>()((set) => ({
  query: '',
  result: undefined,
  indexing: false,
  lastMs: undefined,
  home: undefined,
  setQuery: (query) => {
    if (query.trim() === '') {
      set({ query, result: undefined, lastMs: undefined });
      return;
    }
    const start = performance.now();
    const prefer = currentPrefer();
    const result = getClient().search(query, {
      limit: RESULT_LIMIT,
      ...(prefer ? { prefer } : {}),
    });
    set({ query, result, lastMs: result && performance.now() - start });
  },
}));

// A new unit or location re-ranks the results on screen.
useOnboardingStore.subscribe((state, previous) => {
  if (state.unitId === previous.unitId && state.locationKey === previous.locationKey) return;
  const { query, setQuery } = useSearchStore.getState();
  if (query.trim() !== '') setQuery(query);
});

/** The data version whose index answers now (its cache key), to keep it when its data grows. */
let readyKey: string | undefined;
/** A start slice's cache-only load still running: the whole data waits for it. */
let pendingKey: { key: string; done: Promise<void> } | undefined;
/** The last load was a start slice's and found no cached index: nothing to wait for. */
let sliceMissed = false;

/**
 * Another builder of the index of `data` (the org file worker, which still holds that data on a
 * first visit): tried first by the next `loadSearchData` of the same data; undefined from it
 * means "build it as usual".
 */
let offered: { data: OrgData; build: () => Promise<BuiltIndex | undefined> } | undefined;

export function offerSearchIndex(
  data: OrgData,
  build: () => Promise<BuiltIndex | undefined>,
): void {
  offered = { data, build };
}

/**
 * Sends a new data version to be indexed (once per version; `version` names it, so its index
 * is cached and reused on the next start) and re-runs the current query on the new index.
 * Until then the previous index, if any, keeps answering. With `complete: false` (a start slice,
 * part of the version) the index is only read from the cache: built from the slice, it would be
 * cached as the whole version's. The whole data of the same version then keeps that index.
 */
export function loadSearchData(
  data: OrgData,
  version?: Pick<DataMeta, 'versionId' | 'hash'>,
  complete = true,
  /** Its index, already built (the org file worker's, on a first visit): adopted, not built. */
  built?: BuiltIndex,
): void {
  if (data === loadedData) return;
  loadedData = data;
  const cacheKey = version && searchIndexKey(version.versionId, version.hash);
  if (cacheKey !== undefined && cacheKey === readyKey) return;
  useSearchStore.setState({ indexing: true });
  sliceMissed = false;
  mark('search-index-requested');
  const waitFor = pendingKey && pendingKey.key === cacheKey ? pendingKey.done : Promise.resolve();
  const offer = complete && offered?.data === data ? offered : undefined;
  offered = undefined;
  const loading: Promise<LoadedIndex | undefined> = built
    ? getClient().loadBuilt(built)
    : offer
      ? offer
          .build()
          .catch(() => undefined)
          .then((b) => (b ? getClient().loadBuilt(b) : getClient().load(data, cacheKey)))
      : !complete && cacheKey !== undefined
        ? getClient().loadCached(cacheKey)
        : waitFor.then(() =>
            cacheKey !== undefined && cacheKey === readyKey
              ? undefined
              : getClient().load(data, cacheKey),
          );
  if (!complete && cacheKey !== undefined) {
    const mine = {
      key: cacheKey,
      done: loading.then(
        () => undefined,
        () => undefined,
      ),
    };
    pendingKey = mine;
    // Forgotten once done: a later wait is for whatever loads next.
    void mine.done.then(() => {
      if (pendingKey === mine) pendingKey = undefined;
    });
  }
  void loading
    .then((info) => {
      if (loadedData !== data) return;
      if (!info) {
        // A slice's miss: the whole data builds it. The whole data found it ready: done.
        if (complete) useSearchStore.setState({ indexing: false });
        else sliceMissed = true;
        return;
      }
      readyKey = cacheKey;
      mark(`search-index-ready`);
      mark(`search-index-from-${info.source}`);
      useSearchStore.setState({ indexing: false, home: info.home });
      const { query, setQuery } = useSearchStore.getState();
      if (query.trim() !== '') setQuery(query);
    })
    .catch((error: unknown) => {
      // The previous index (if any) keeps answering; the page stops saying it is indexing.
      console.error('Search index build failed', error);
      if (loadedData === data) useSearchStore.setState({ indexing: false });
    });
}

/**
 * Resolves when no index is being loaded (at once if none is), or after `timeoutMs`: the cold
 * start reads the whole version only once the first answer's index is in (or missed).
 */
export function whenIndexSettled(timeoutMs: number): Promise<void> {
  const pending = pendingKey?.done;
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      resolve();
    };
    // A start slice's cache-only read: settled even on a miss (the whole data builds it).
    if (pending) void pending.then(finish);
    else if (!useSearchStore.getState().indexing || sliceMissed) finish();
    else {
      const stop = useSearchStore.subscribe((state) => {
        if (state.indexing) return;
        stop();
        finish();
      });
    }
  });
}

/** Starts reading the cached index of the stored version while the loader reads its data. */
export function prefetchSearchIndex(version: Pick<DataMeta, 'versionId' | 'hash'>): void {
  getClient().prefetch(searchIndexKey(version.versionId, version.hash));
}

/** For tests: forget the worker client and the loaded data. */
export function resetSearchClient(): void {
  client?.dispose();
  client = undefined;
  loadedData = undefined;
  readyKey = undefined;
  pendingKey = undefined;
  sliceMissed = false;
  useSearchStore.setState({
    query: '',
    result: undefined,
    indexing: false,
    lastMs: undefined,
    home: undefined,
  });
}

export const selectQuery = (s: SearchState) => s.query;
export const selectResult = (s: SearchState) => s.result;
export const selectIndexing = (s: SearchState) => s.indexing;
export const selectLastMs = (s: SearchState) => s.lastMs;
export const selectSetQuery = (s: SearchState) => s.setQuery;
export const selectHome = (s: SearchState) => s.home;

/**
 * Records matching `query` in the loaded index, for the chart's find box: the same engine and
 * index as the search page, without changing the search page's query. `undefined` while no
 * index is ready.
 */
export function searchRecords(query: string, limit: number): SearchResult | undefined {
  if (query.trim() === '') return undefined;
  return getClient().search(query, { limit });
}
