/**
 * The page's first script (index.html loads it before the entry, `main.tsx`): it only starts
 * the work a start waits for (`app/earlyWorker.ts`), from a module graph small enough to run
 * before the entry's has loaded. The worker client is one module, shared with the entry, so
 * the entry finds the worker started and, on a first visit, the file downloading and its check
 * asked for: the loader takes that call over. The chart's first view is shown from here, so
 * its picture need not wait for the entry's modules either.
 */
import { startEarlyWork } from './app/earlyWorker';
import {
  dropPrefetch,
  firstVisitOptions,
  prefetchOrgFile,
  startFirstVisitFetch,
  startOrgFileWorker,
} from './app/orgFileClient';
import { parseHash } from './app/parseHash';
import { isSearchPath } from './app/startEarly';
import { isFirstVisit, storedHint } from './db/firstVisit';
import { readNewestSearchIndexEarly } from './db/searchIndexCache';
import { readStartEarly } from './db/startSliceEarly';
import { todayIso } from './domain/today';
import { firstViewRequest, showFirstView } from './features/chart/firstViewPicture';

void startEarlyWork(window.location, {
  startWorker: startOrgFileWorker,
  prefetch: prefetchOrgFile,
  dropPrefetch,
  fetchFirstVisit: (source) => {
    const { hash } = window.location;
    startFirstVisitFetch(
      source,
      firstVisitOptions(firstViewRequest(hash, todayIso()), isSearchPath(parseHash(hash).path)),
      showFirstView,
    );
  },
  storedHint,
  isFirstVisit,
  readStoredEarly: () => {
    readStartEarly();
    readNewestSearchIndexEarly();
  },
});
