/**
 * Layouts computed earlier, kept across reloads so a chart the user has seen opens without
 * running ELK again. Its own small IndexedDB database: a cache, safe to drop at any time.
 * Database name and store: do not change without clearing the old database.
 */
const DB_NAME = 'wayfinder-layout-cache';
const STORE = 'layouts';
const MAX_ENTRIES = 40;

export interface CachedLayout {
  key: string;
  positions: Record<string, [number, number]>;
  engine: 'elk' | 'tidy';
  savedAt: number;
}

let opening: Promise<IDBDatabase | undefined> | undefined;

function open(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex('savedAt', 'savedAt');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return opening;
}

export async function readLayout(key: string): Promise<CachedLayout | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
      request.onsuccess = () => resolve(request.result as CachedLayout | undefined);
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Saves a layout and drops the oldest ones beyond `MAX_ENTRIES`, in one transaction. */
export async function writeLayout(entry: CachedLayout): Promise<void> {
  const db = await open();
  if (!db) return;
  await new Promise<void>((resolve) => {
    try {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.put(entry);
      const countRequest = store.count();
      countRequest.onsuccess = () => {
        let excess = countRequest.result - MAX_ENTRIES;
        if (excess <= 0) return;
        const cursorRequest = store.index('savedAt').openCursor();
        cursorRequest.onsuccess = () => {
          const cursor = cursorRequest.result;
          if (!cursor || excess <= 0) return;
          cursor.delete();
          excess--;
          cursor.continue();
        };
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
      tx.onabort = () => resolve();
    } catch {
      resolve();
    }
  });
}

export async function clearLayouts(): Promise<void> {
  const db = await open();
  if (!db) return;
  await new Promise<void>((resolve) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => resolve();
  });
}
