/**
 * The page's first script (index.html loads it before the entry, `main.tsx`): it only starts
 * the work a start waits for (`app/earlyWorker.ts`), from a module graph small enough to run
 * before the entry's has loaded. The worker client is one module, shared with the entry, so
 * the entry finds the worker started and the file downloading.
 */
import { startEarlyWork } from './app/earlyWorker';
import { prefetchOrgFile, startOrgFileWorker } from './app/orgFileClient';
import { isFirstVisit } from './db/firstVisit';

void startEarlyWork(window.location, {
  startWorker: startOrgFileWorker,
  prefetch: prefetchOrgFile,
  isFirstVisit,
});
