/**
 * Layouts computed earlier, kept across reloads so a chart the user has seen opens without
 * running ELK again. Its own small IndexedDB database: a cache, safe to drop at any time.
 */
import { createKeyedCache } from './keyedCache';

export interface CachedLayout {
  key: string;
  positions: Record<string, [number, number]>;
  engine: 'elk' | 'tidy';
  savedAt: number;
}

const cache = createKeyedCache<CachedLayout>('wayfinder-layout-cache', 'layouts', 40);

export const readLayout = (key: string) => cache.read(key);

/** Saves a layout and drops the oldest ones beyond 40, in one transaction. */
export const writeLayout = (entry: CachedLayout) => cache.write(entry);

export const clearLayouts = () => cache.clear();
