/**
 * Search indexes of recent data versions, kept across reloads so a cold start answers without
 * indexing again (10k people: ~0.5–1 s of worker time and a data copy to the worker). Its own
 * IndexedDB database: a cache, safe to drop at any time. Typed arrays are stored as they are.
 */
import type { PackedSearchIndex } from '../search/packedIndex';
import type { SearchHome } from '../search/protocol';
import { createKeyedCache } from './keyedCache';

export interface CachedSearchIndex {
  /** `searchIndexKey(...)`: the index format and the data version it was built from. */
  key: string;
  packed: PackedSearchIndex;
  /** What the empty home page shows; missing in entries saved before it was cached. */
  home?: SearchHome;
  savedAt: number;
}

/** The current version and the one before (e.g. after a restore) are enough. */
const cache = createKeyedCache<CachedSearchIndex>('wayfinder-search-index', 'indexes', 2);

let early: Promise<CachedSearchIndex | undefined> | undefined;

/**
 * A later start of the search page: the page's first script (`boot.ts`) reads the index saved
 * last before the entry has loaded, let alone read which version is current: it is that
 * version's almost always (another only after a restore, then `readSearchIndex` reads again).
 * At 100k people the read (16 MB) came back only after the page had read and shown its start
 * slice, and the first answer waited for it.
 */
export function readNewestSearchIndexEarly(): void {
  early = cache.newest();
}

/** The index cached under `key`: the early read's when it is that one, read anew otherwise. */
export async function readSearchIndex(key: string): Promise<CachedSearchIndex | undefined> {
  const newest = early;
  early = undefined;
  const found = newest && (await newest);
  return found?.key === key ? found : cache.read(key);
}

/** Resolves once the index is copied: the caller may then transfer its buffers. */
export const writeSearchIndex = (key: string, packed: PackedSearchIndex, home: SearchHome) =>
  cache.write({ key, packed, home, savedAt: Date.now() });

export const clearSearchIndexes = () => cache.clear();
