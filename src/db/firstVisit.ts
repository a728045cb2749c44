/**
 * Whether this browser has never stored Wayfinder's database: a first visit. Asked of
 * `indexedDB.databases()`, which lists names without opening anything, so a first visit does
 * not open (and create) the database on the page just to find it empty: that read took ~70 ms
 * and held the org file's download back behind it. `undefined` when the browser cannot tell
 * (no `databases()`, or it failed): the caller reads the database as on any start.
 */
import { DB_NAME } from './dbName';

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
