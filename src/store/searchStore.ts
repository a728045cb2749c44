/**
 * Search state: the query being typed and its latest result. The index lives in the search
 * worker; this store only sends it each new data version and each query, and keeps the answer
 * to the latest query only. (The user's own unit, which ranks answers, is the onboarding
 * store's `selectPreferredUnitId`.)
 */
import { create } from 'zustand';
import type { OrgData } from '../domain/types';
import type { SearchResult } from '../search/query';
import { createSearchClient, type SearchClient } from '../search/searchClient';

export interface SearchState {
  query: string;
  /** The result of the latest query answered (may lag `query` by one keystroke). */
  result: SearchResult | undefined;
  /** True while the index is built for new data. */
  indexing: boolean;
  /** Milliseconds from keystroke to result for the latest query (shown to benches). */
  lastMs: number | undefined;
  setQuery: (query: string) => void;
}

/** Results shown per query: the answer card and enough rows to scan without scrolling far. */
const RESULT_LIMIT = 20;

let client: SearchClient | undefined;
let loadedData: OrgData | undefined;
let sequence = 0;

function getClient(): SearchClient {
  client ??= createSearchClient();
  return client;
}

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  result: undefined,
  indexing: false,
  lastMs: undefined,
  setQuery: (query) => {
    set({ query });
    const id = ++sequence;
    const start = performance.now();
    if (query.trim() === '') {
      set({ result: undefined, lastMs: undefined });
      return;
    }
    void getClient()
      .query(query, { limit: RESULT_LIMIT })
      .then((result) => {
        // A slower answer to an older keystroke never overwrites a newer one.
        if (id === sequence && get().query === query) {
          set({ result, lastMs: performance.now() - start });
        }
      });
  },
}));

/** Sends a new data version to the index (once per version) and re-runs the current query. */
export function loadSearchData(data: OrgData): void {
  if (data === loadedData) return;
  loadedData = data;
  useSearchStore.setState({ indexing: true });
  void getClient()
    .load(data)
    .then(() => {
      if (loadedData !== data) return;
      useSearchStore.setState({ indexing: false });
      const { query, setQuery } = useSearchStore.getState();
      if (query.trim() !== '') setQuery(query);
    });
}

/** For tests: forget the worker client and the loaded data. */
export function resetSearchClient(): void {
  client?.dispose();
  client = undefined;
  loadedData = undefined;
  sequence = 0;
  useSearchStore.setState({ query: '', result: undefined, indexing: false, lastMs: undefined });
}

export const selectQuery = (s: SearchState) => s.query;
export const selectResult = (s: SearchState) => s.result;
export const selectIndexing = (s: SearchState) => s.indexing;
export const selectLastMs = (s: SearchState) => s.lastMs;
export const selectSetQuery = (s: SearchState) => s.setQuery;
