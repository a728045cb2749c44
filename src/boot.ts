/**
 * The page's first script (index.html loads it before the entry, `main.tsx`): it only starts
 * the org file worker (`app/earlyWorker.ts`), from a module graph small enough to run before
 * the entry's has loaded. The worker client is one module, shared with the entry, so the entry
 * finds the worker started.
 */
import { startOrgFileWorkerEarly } from './app/earlyWorker';
import { startOrgFileWorker } from './app/orgFileClient';
import { isFirstVisit } from './db/firstVisit';

void startOrgFileWorkerEarly(window.location.hash, startOrgFileWorker, isFirstVisit);
