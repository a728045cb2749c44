/**
 * A later start's start slice, read by the page's first script (`boot.ts`) before the entry
 * and Dexie have even loaded: plain IndexedDB, the two `meta` rows `getCurrentStart` reads, in
 * one transaction. At 100k people the loader began that read ~0.4 s after navigation (the
 * entry's modules, Dexie's open), and the first answer waited for it.
 *
 * It never creates or upgrades the database: opened at whatever version is there, a database
 * that is not there is not made (its creation is aborted, so the spec deletes it again), and
 * the connection closes as soon as the rows are read or Dexie asks to upgrade. Any failure
 * only means the loader reads the rows itself, as before.
 */
import { DB_NAME } from './dbName';

/** The `current` and `startSlice` rows as stored (checked by `getCurrentStart`). */
export type EarlyStartRows = [unknown, unknown];

let early: Promise<EarlyStartRows | undefined> | undefined;

export function readStartEarly(): void {
  early = new Promise((resolve) => {
    const none = () => resolve(undefined);
    try {
      const request = indexedDB.open(DB_NAME);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = none;
      request.onblocked = none;
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        try {
          const tx = db.transaction('meta', 'readonly');
          const meta = tx.objectStore('meta');
          const current = meta.get('current');
          const slice = meta.get('startSlice');
          tx.oncomplete = () => {
            db.close();
            resolve([current.result, slice.result]);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            none();
          };
        } catch {
          db.close(); // no `meta` store (a database of before v2): the loader upgrades it
          none();
        }
      };
    } catch {
      none();
    }
  });
}

/** The early read, once (a later read is the loader's own); undefined when none was begun. */
export function takeEarlyStart(): Promise<EarlyStartRows | undefined> | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
