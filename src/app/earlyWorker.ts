/**
 * When the org file worker starts: from the page's first script (`src/boot.ts`), before the
 * entry's own modules (Dexie, the stores, the loader) have loaded and run. On a first visit the
 * worker's script (~300 kB) must load and compile before it can fetch and check the file; that
 * is the start's critical path, and the entry took 40–100 ms to run before it could start it.
 *
 * - `#/chart`: at once, as the entry did (a later start's idle refresh uses it too).
 * - Any other page: only on a first visit (nothing stored). A later start reads IndexedDB and
 *   answers from it; a worker compiling then would only compete with that for the cores.
 */
import { isFirstViewHash } from './startEarly';

export type EarlyStart = 'now' | 'if-first-visit';

export const earlyWorkerStart = (hash: string): EarlyStart =>
  isFirstViewHash(hash) ? 'now' : 'if-first-visit';

export function startOrgFileWorkerEarly(
  hash: string,
  start: () => void,
  isFirstVisit: () => Promise<boolean | undefined>,
): Promise<void> {
  if (earlyWorkerStart(hash) === 'now') {
    start();
    return Promise.resolve();
  }
  return isFirstVisit().then(
    (first) => {
      if (first === true) start();
    },
    () => undefined,
  );
}
