/**
 * What the empty home page and "I'm new" offer (suggestions, the places to choose from), built
 * by the search worker with the index of the current data: asks for that index (once per data
 * version) and returns its home, undefined until the first index is ready.
 */
import { useEffect } from 'react';
import type { SearchHome } from '../search/protocol';
import { selectComplete, selectMeta, selectOrgData, useOrgStore } from './orgStore';
import { loadSearchData, selectHome, useSearchStore } from './searchStore';

export function useSearchHome(): SearchHome | undefined {
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  const complete = useOrgStore(selectComplete);
  useEffect(() => {
    // The store sets data and meta together, so `meta` names the version of `data`.
    if (data) loadSearchData(data, meta, complete);
  }, [data, meta, complete]);
  return useSearchStore(selectHome);
}
