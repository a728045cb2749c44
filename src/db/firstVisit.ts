/**
 * Whether this browser has never stored Wayfinder's database: a first visit. Asked of
 * `indexedDB.databases()`, which lists names without opening anything, so a first visit does
 * not open (and create) the database on the page just to find it empty: that read took ~70 ms
 * and held the org file's download back behind it. `undefined` when the browser cannot tell
 * (no `databases()`, or it failed): the caller reads the database as on any start.
 */
import { DB_NAME } from './dbName';

/** localStorage key of `noteStored`'s hint. */
export const STORED_HINT_KEY = 'wayfinder:stored';

/**
 * Notes that this browser holds a stored version (called when one is read or written), so the
 * next start's first script knows it is no first visit without asking `databases()`: on a new
 * profile that answer took 100–200 ms, while the org file could have been downloading.
 */
export function noteStored(): void {
  try {
    localStorage.setItem(STORED_HINT_KEY, '1');
  } catch {
    // No storage (private mode, a policy): each start asks `databases()` first, as before.
  }
}

/**
 * Whether `noteStored` was called in this browser. Only a hint: true means a later start (the
 * data may still have been evicted: the loader then fetches as on any start); false means
 * maybe a first visit, which `isFirstVisit` confirms before anything is stored.
 */
export function storedHint(): boolean {
  try {
    return localStorage.getItem(STORED_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

export async function isFirstVisit(): Promise<boolean | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
    return undefined;
  }
  try {
    const databases = await indexedDB.databases();
    return !databases.some((d) => d.name === DB_NAME);
  } catch {
    return undefined;
  }
}
