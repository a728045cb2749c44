/**
 * What the page's first script (`src/boot.ts`) starts before the entry's own modules (Dexie,
 * the stores, the loader) have loaded and run: on a first visit the org file worker's script
 * (~300 kB) must load and compile before it can check the file, and the file must download;
 * that is the start's critical path, and the entry took 40–100 ms to run before it began.
 *
 * - `#/chart`: the worker at once, as the entry did (a later start's idle refresh uses it too).
 * - A first visit (nothing stored) of any page: the worker, and the org file's download
 *   (`prefetchOrgFile`), of the source a first start fetches (`decideStart`).
 * - A later start elsewhere: nothing. It answers from IndexedDB; a worker compiling then
 *   would only compete with that for the cores.
 */
import { decideStart } from '../domain/dataSource';
import { isFirstViewHash } from './startEarly';
import { sourceFromQuery } from './sourceFromQuery';

export interface EarlyWork {
  startWorker: () => void;
  prefetch: (source: string) => void;
  isFirstVisit: () => Promise<boolean | undefined>;
}

export async function startEarlyWork(
  location: { hash: string; search: string },
  { startWorker, prefetch, isFirstVisit }: EarlyWork,
): Promise<void> {
  if (isFirstViewHash(location.hash)) startWorker();
  const first = await isFirstVisit().catch(() => undefined);
  // Unknown (no `indexedDB.databases()`): the loader reads the database and decides.
  if (first !== true) return;
  startWorker();
  const requested = sourceFromQuery(location.search);
  const decision = decideStart(requested !== undefined ? { requested } : {});
  if (decision.action === 'fetch') prefetch(decision.source);
}
