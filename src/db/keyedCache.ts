/**
 * A small IndexedDB cache in its own database: entries by key, the oldest dropped beyond a
 * limit. For data that can be recomputed (layouts, search indexes), so every failure reads as
 * a miss and the cache is safe to drop at any time. Works in workers too.
 */
export interface CacheEntry {
  key: string;
  savedAt: number;
}

export interface KeyedCache<T extends CacheEntry> {
  read(key: string): Promise<T | undefined>;
  /**
   * Saves an entry, dropping the oldest beyond the limit. Resolves once the entry is copied
   * into the transaction (so the caller may then transfer its buffers); the transaction
   * commits on its own.
   */
  write(entry: T): Promise<void>;
  /** The entry saved last, whatever its key (undefined for none, or on any failure). */
  newest(): Promise<T | undefined>;
  clear(): Promise<void>;
}

/** Database and store names: do not change without clearing the old database. */
export function createKeyedCache<T extends CacheEntry>(
  dbName: string,
  store: string,
  maxEntries: number,
): KeyedCache<T> {
  let opening: Promise<IDBDatabase | undefined> | undefined;

  const open = () =>
    (opening ??= new Promise((resolve) => {
      try {
        if (typeof indexedDB === 'undefined') return resolve(undefined);
        const request = indexedDB.open(dbName, 1);
        request.onupgradeneeded = () => {
          const objects = request.result.createObjectStore(store, { keyPath: 'key' });
          objects.createIndex('savedAt', 'savedAt');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
        request.onblocked = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    }));

  /**
   * Runs one transaction; resolves when it ends, whatever the outcome, or as soon as `work`
   * has run when `untilQueued`.
   */
  const transact = async (
    mode: IDBTransactionMode,
    work: (objects: IDBObjectStore) => void,
    untilQueued = false,
  ) => {
    const db = await open();
    if (!db) return;
    await new Promise<void>((resolve) => {
      try {
        const tx = db.transaction(store, mode);
        work(tx.objectStore(store));
        if (untilQueued) resolve();
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
        tx.onabort = () => resolve();
      } catch {
        resolve();
      }
    });
  };

  return {
    async read(key) {
      let found: T | undefined;
      await transact('readonly', (objects) => {
        const request = objects.get(key);
        request.onsuccess = () => (found = request.result as T | undefined);
      });
      return found;
    },
    write(entry) {
      return transact(
        'readwrite',
        (objects) => {
          objects.put(entry);
          const countRequest = objects.count();
          countRequest.onsuccess = () => {
            let excess = countRequest.result - maxEntries;
            if (excess <= 0) return;
            const cursorRequest = objects.index('savedAt').openCursor();
            cursorRequest.onsuccess = () => {
              const cursor = cursorRequest.result;
              if (!cursor || excess <= 0) return;
              cursor.delete();
              excess--;
              cursor.continue();
            };
          };
        },
        true,
      );
    },
    async newest() {
      let found: T | undefined;
      await transact('readonly', (objects) => {
        const request = objects.index('savedAt').openCursor(null, 'prev');
        request.onsuccess = () => (found = request.result?.value as T | undefined);
      });
      return found;
    },
    clear() {
      return transact('readwrite', (objects) => objects.clear());
    },
  };
}
