/**
 * What the page's first script (`src/boot.ts`) starts before the entry's own modules (Dexie,
 * the stores, the loader) have loaded and run: on a first visit the org file worker's script
 * (~300 kB) must load and compile before it can check the file, and the file must download;
 * that is the start's critical path, and the entry took 40–100 ms to run before it began.
 *
 * - `#/chart`: the worker at once, as the entry did (a later start's idle refresh uses it too).
 * - A first visit (nothing stored) of any page: the worker, the org file's download and the
 *   worker's check of it (`fetchFirstVisit`), for the source a first start fetches
 *   (`decideStart`); the loader takes that call over once the entry runs. `noteStored`'s hint
 *   tells a later start at once; without it the download starts on the guess, and is stopped
 *   if `databases()` then lists the database.
 * - A later start of the search page: its start slice and the newest cached search index
 *   are read at once (`readStoredEarly`): the first answer needs both.
 * - A later start elsewhere: nothing. It answers from IndexedDB; a worker compiling then
 *   would only compete with that for the cores.
 */
import { decideStart } from '../domain/dataSource';
import { isFirstViewHash, isSearchPath } from './startEarly';
import { parseHash } from './parseHash';
import { sourceFromQuery } from './sourceFromQuery';

export interface EarlyWork {
  startWorker: () => void;
  /** Starts the download of `source` (bytes the worker is handed later). */
  prefetch: (source: string) => void;
  /** Stops that download: the start was no first visit after all. */
  dropPrefetch: () => void;
  /** Asks the worker to check the downloaded `source` (and draw the chart's first view). */
  fetchFirstVisit: (source: string) => void;
  /** `noteStored`'s hint: true on a later start (`db/firstVisit.ts`). */
  storedHint: () => boolean;
  isFirstVisit: () => Promise<boolean | undefined>;
  /** Starts reading the start slice and the newest cached search index (`db/`). */
  readStoredEarly: () => void;
}

export async function startEarlyWork(
  location: { hash: string; search: string },
  work: EarlyWork,
): Promise<void> {
  const { startWorker, prefetch, dropPrefetch, fetchFirstVisit, storedHint, isFirstVisit } = work;
  if (isFirstViewHash(location.hash)) startWorker();
  if (storedHint()) {
    if (isSearchPath(parseHash(location.hash).path)) work.readStoredEarly();
    return;
  }
  // Likely a first visit: the worker's script and the file load while `databases()` (100–200 ms
  // on a new profile) confirms it; nothing is checked or stored before it has.
  const requested = sourceFromQuery(location.search);
  const decision = decideStart(requested !== undefined ? { requested } : {});
  if (decision.action !== 'fetch') return;
  startWorker();
  prefetch(decision.source);
  const first = await isFirstVisit().catch(() => undefined);
  // Unknown (no `indexedDB.databases()`): the loader reads the database and decides.
  if (first === true) fetchFirstVisit(decision.source);
  else dropPrefetch();
}
