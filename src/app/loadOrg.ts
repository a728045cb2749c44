/**
 * Gets the organisation into the org store.
 *
 * Source: `?org=<url>` in the page URL, else the saved setting, else the bundled sample
 * `org.json` (relative, so sub-path hosting works).
 * - First start: fetch → parse and validate → save in one transaction → store. A missing or
 *   invalid file puts the store in 'error' with every problem (the shell shows them).
 * - Later starts: the stored data is shown at once (no network needed); then, when online,
 *   the source is fetched in the background. A changed and valid file becomes a new version
 *   ("newer data applied"); an invalid one is refused and the stored data kept (with a notice
 *   and its problems).
 * - A different source than the stored one (e.g. a new `?org=`) is loaded before showing data;
 *   if it fails, the stored data is shown with a notice.
 * - A file whose only errors are broken reporting lines (cycle, unknown manager) is shown when
 *   nothing else is there to show: the chart draws those positions apart and names them, and a
 *   notice lists the errors. A refresh never replaces good data with such a file.
 */
import { mark } from './perfMark';
import {
  getCurrent,
  getCurrentMeta,
  getLastCheck,
  getSettings,
  recordCheck,
  type StoredOrg,
} from '../db/orgRepository';
import { hasErrors, type Problem } from '../domain/problems';
import type { OrgData } from '../domain/types';
import { useOrgStore, type DataMeta } from '../store/orgStore';
import { whileApplying } from '../store/orgSync';
import {
  loadSearchData,
  offerSearchIndex,
  prefetchSearchIndex,
  whenIndexSettled,
} from '../store/searchStore';
import { getCurrentStart, saveStartSlice, type StoredStart } from '../db/startSliceRepository';
import type { StorageFailure } from '../db/storageError';
import { type CheckOutcome, decideStart, DEFAULT_SOURCE } from '../domain/dataSource';
import { FORMAT_VERSION } from '../domain/formatVersion';
import {
  fetchOrgFile,
  firstVisitOptions,
  hasFirstVisitFetch,
  searchIndexOf,
  type FetchedOrg,
} from './orgFileClient';
import { isFirstVisit, noteStored, storedHint } from '../db/firstVisit';
import { sourceFromQuery } from './sourceFromQuery';
import { readCurrentInSlices } from '../db/versionReadClient';
import type { FirstView, FirstViewRequest } from '../layout/firstView';
import type { BuiltIndex } from '../search/protocol';

export { DEFAULT_SOURCE } from '../domain/dataSource';
export { fetchSource, type FetchResult } from './fetchSource';

const STORAGE_NOTICE: Record<StorageFailure, string> = {
  full: 'error.storageFull',
  unavailable: 'error.storageUnavailable',
  failed: 'error.storageFailed',
};

export { sourceFromQuery };

/**
 * The stored current version. One written by an older app is read through the migration chain
 * and validated again: if it no longer validates it is still shown (it is all there is), with
 * its problems and a notice, never silently.
 */
async function readStored(
  inSlices = false,
): Promise<(StoredOrg & { problems: Problem[] }) | undefined> {
  let stored: StoredOrg | undefined;
  try {
    // Once the start slice answers, by a worker in short slices (`versionReadClient.ts`): read
    // here, a 100k version is one ~0.5 s task during which typing froze.
    stored = inSlices ? await readCurrentInSlices() : await getCurrent();
  } catch {
    return undefined; // IndexedDB unavailable: behave like a first start
  }
  if (!stored) return undefined;
  if (stored.data.formatVersion === FORMAT_VERSION) return { ...stored, problems: [] };
  const [{ validateOrg }, { migrateOrgFile }] = await Promise.all([
    import('../domain/validate'),
    import('../domain/migrations'),
  ]);
  const raw = stored.data as unknown as Record<string, unknown>;
  const result = validateOrg(raw);
  const migrated = migrateOrgFile(raw);
  const data = result.data ?? ((migrated.ok ? migrated.value : raw) as unknown as OrgData);
  return { data, meta: stored.meta, problems: result.problems };
}

/** The current version's start slice, when there is one in the current format. */
async function readStart(): Promise<StoredStart | undefined> {
  try {
    const start = await getCurrentStart();
    return start?.data.formatVersion === FORMAT_VERSION ? start : undefined;
  } catch {
    return undefined; // a derived copy: the whole version is read instead
  }
}

/**
 * Keeps the start slice of a version stored without one (before v4's upgrade made one, the
 * upgrade only makes the current version's), for the next start: at idle, at 100k people it is
 * a ~5 MB write. Never fails the start: without it the next one reads everything first.
 */
async function keepStartSlice(stored: StoredOrg): Promise<void> {
  await whenIdle();
  await saveStartSlice(stored.meta.versionId, stored.data).catch(() => undefined);
}

/**
 * Shows a file the org file worker stored (or could not store: shown all the same, with a
 * notice). The index is built in short slices: the first visit of 100k people has no long task.
 */
async function showApplied(
  applied: Extract<FetchedOrg, { kind: 'applied' }>,
  indexing?: Promise<void>,
): Promise<void> {
  const store = useOrgStore.getState();
  if (applied.meta.versionId > 0) noteStored();
  await (indexing ?? store.setDataInSlices(applied.data, applied.meta));
  if (applied.storage) store.setNotice({ kind: 'warning', key: STORAGE_NOTICE[applied.storage] });
}

/** A promise settled from outside: with a value, or rejected (handled) with none. */
function deferred<T>(): { promise: Promise<T>; settle: (value: T | undefined) => void } {
  let settle: (value: T | undefined) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settle = (value) => (value === undefined ? reject(new Error('none')) : resolve(value));
  });
  promise.catch(() => undefined);
  return { promise, settle };
}

/** Resolves when the page is idle (or after `timeoutMs` at the latest). */
function whenIdle(timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    } else setTimeout(resolve, 0);
  });
}

/** Records the check of `source` in the store and in IndexedDB ("last checked"). */
async function noteCheck(source: string, outcome: CheckOutcome): Promise<CheckOutcome> {
  useOrgStore.setState({ lastCheck: await recordCheck(source, outcome) });
  return outcome;
}

/**
 * Background check of the followed source when data is already shown; "check now" on the admin
 * page runs the same. Resolves with what came of it ('offline': not checked at all).
 */
export async function refreshFromSource(
  source: string,
  storedHash: string,
): Promise<CheckOutcome | 'offline'> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  const store = useOrgStore.getState();
  // This tab writes the version itself (in the worker): the tab sync must not read it back.
  const fetched = await whileApplying(async () => {
    const outcome = await fetchOrgFile(source, {
      drawBrokenReportingLines: false,
      knownHash: storedHash,
    });
    if (outcome.kind === 'applied') await showApplied(outcome);
    return outcome;
  });
  if (fetched.kind === 'failed') {
    // Offline is normal for this app; a reachable server without the file is worth saying.
    if (fetched.offline) return 'offline';
    store.setProblems([fetched.problem]);
    store.setNotice({ kind: 'warning', key: 'notice.refreshFailed' });
    return noteCheck(source, 'failed');
  }
  if (fetched.kind === 'upToDate') return noteCheck(source, 'upToDate');
  if (fetched.kind === 'refused') {
    store.setProblems(fetched.problems);
    store.setNotice({ kind: 'warning', key: 'notice.refreshRefused' });
    return noteCheck(source, 'refused');
  }
  useOrgStore.getState().setProblems(fetched.problems);
  if (!fetched.storage) {
    useOrgStore.getState().setNotice({ kind: 'info', key: 'notice.newerData' });
  }
  return noteCheck(source, 'applied');
}

/** A URL asked for explicitly: `?org=`, else the saved setting; undefined for neither. */
async function requestedSource(search: string): Promise<string | undefined> {
  const fromQuery = sourceFromQuery(search);
  if (fromQuery) return fromQuery;
  try {
    return (await getSettings()).sourceUrl;
  } catch {
    return undefined;
  }
}

/**
 * What a start reads before deciding (every start but a first visit): the requested source, the
 * last check and the stored version. The start slice is read first (a few MB): when it is to be
 * shown, the first answer is drawn from it before the whole version is read (100k people: the
 * whole is ~10× bigger and ~0.9 s to read back).
 */
async function readWhatIsStored(search: string) {
  const store = useOrgStore.getState();
  // The search index of the stored version is read while its data is (a small meta read first).
  void getCurrentMeta()
    .then((meta) => meta && prefetchSearchIndex(meta))
    .catch(() => undefined);
  const [requested, start, lastCheck] = await Promise.all([
    requestedSource(search),
    readStart(),
    getLastCheck().catch(() => undefined),
  ]);
  if (start) noteStored(); // also for data stored before the hint existed
  const startDecision =
    start && decideStart({ stored: start.meta.sourceUrl, ...(requested ? { requested } : {}) });
  const shownStart = start !== undefined && startDecision?.action === 'show';
  if (shownStart) {
    mark('start-read');
    useOrgStore.setState({
      source: start.meta.sourceUrl,
      notFollowed: startDecision.notFollowed,
      lastCheck,
    });
    store.setStartData(start.data, start.meta);
    // Its index now (the search page asks for the same, a no-op then): the page may render
    // later than this (its chunk still loading), and the whole read must wait for the index.
    loadSearchData(start.data, start.meta, false);
    mark('start-set');
    // The first answer (its index is read from the cache) is drawn before the long read.
    await whenIdle(500);
    await whenIndexSettled(2000);
    await whenIdle(300);
  }
  const stored = await readStored(shownStart);
  return { requested, stored, lastCheck, shownStart };
}

/**
 * A first visit of the chart: the org file worker draws the first view (`firstView`), given to
 * `onFirstView` before the data arrives. Asked only when nothing is stored (a later start shows
 * the stored chart at once).
 */
export interface FirstViewOptions {
  firstView?: FirstViewRequest;
  onFirstView?: (view: FirstView) => void;
  /** Called when no first view will be drawn: something is stored (shown from IndexedDB). */
  onNoFirstView?: () => void;
  /**
   * The search page's first visit: the worker that checks the file builds its search index
   * too (the data is shown once it is built and stored; the answer needs it anyway). Not for
   * the other pages: at 100k people that is ~2 s more before their data shows.
   */
  searchFirst?: boolean;
}

/**
 * Loads the organisation (see the module comment). Resolves when the store is 'ready' or
 * 'error'; the background refresh of a later start is returned separately so tests can await it.
 */
export async function loadOrg(
  search: string = typeof window === 'undefined' ? '' : window.location.search,
  { firstView, onFirstView, onNoFirstView, searchFirst }: FirstViewOptions = {},
): Promise<{ refresh: Promise<void> }> {
  const store = useOrgStore.getState();
  mark('load-start');
  // A first visit has nothing to read: the org file is fetched at once, and the page does not
  // open (and create) the database only to find it empty (the worker stores the file).
  // The page's first script may have asked the worker already: it may have created the database.
  // The stored hint says at once what `databases()` (up to 200 ms) would: no first visit. If the
  // data was evicted since, the read below finds nothing and the file is fetched all the same.
  const firstVisit = hasFirstVisitFetch() || (!storedHint() && (await isFirstVisit()) === true);
  if (!firstVisit) onNoFirstView?.();
  const { requested, stored, lastCheck, shownStart } = firstVisit
    ? {
        requested: sourceFromQuery(search),
        stored: undefined,
        lastCheck: undefined,
        shownStart: false,
      }
    : await readWhatIsStored(search);
  mark('stored-read');
  const decision = decideStart({
    ...(stored ? { stored: stored.meta.sourceUrl } : {}),
    ...(requested !== undefined ? { requested } : {}),
  });
  useOrgStore.setState({
    source:
      decision.action === 'fetch' ? decision.source : (stored?.meta.sourceUrl ?? DEFAULT_SOURCE),
    notFollowed: decision.action === 'show' ? decision.notFollowed : undefined,
    lastCheck,
  });

  if (stored && decision.action === 'show') {
    noteStored();
    // In short tasks when the slice is on screen: the page already answers typing.
    if (shownStart) await store.setDataInSlices(stored.data, stored.meta);
    else store.setData(stored.data, stored.meta);
    if (stored.problems.length > 0) {
      store.setProblems(stored.problems);
      if (hasErrors(stored.problems)) {
        store.setNotice({ kind: 'warning', key: 'notice.storedInvalid' });
      }
    }
    mark('data-set');
    const sliced = shownStart ? Promise.resolve() : keepStartSlice(stored);
    const from = decision.refreshFrom;
    if (from === undefined) return { refresh: sliced };
    // After the page has drawn and answered: hashing and maybe parsing the file (10k people:
    // ~0.15 s of hashing alone) would otherwise compete with the first answer.
    const refresh = sliced
      .then(() => whenIdle())
      .then(() => refreshFromSource(from, stored.meta.hash));
    return { refresh: refresh.then(() => undefined).catch(() => undefined) };
  }

  const source = decision.action === 'fetch' ? decision.source : DEFAULT_SOURCE;
  // With stored data to fall back on, a file with broken reporting lines is refused like any
  // other invalid one; on a first start it is better than an error page.
  // The index is built as soon as the checked data is here, while the worker stores it; the
  // data is shown once the version is stored (its meta known), as before.
  const storedMeta = deferred<DataMeta>();
  let indexing: Promise<void> | undefined;
  let fetched: FetchedOrg;
  const drawFirstView = firstView !== undefined && !stored;
  let searchIndex: BuiltIndex | undefined;
  try {
    fetched = await fetchOrgFile(
      source,
      stored
        ? { drawBrokenReportingLines: false }
        : firstVisitOptions(drawFirstView ? firstView : undefined, searchFirst === true),
      {
        onData: (data) => {
          indexing = store.setDataInSlices(data, storedMeta.promise);
        },
        onSearchIndex: (built) => (searchIndex = built),
        ...(onFirstView ? { onFirstView } : {}),
      },
    );
  } catch (e) {
    storedMeta.settle(undefined); // the index built meanwhile is dropped: the store stays as it was
    throw e;
  }
  // Adopted before the store shows the data: the search page then finds it loading, not to build.
  if (fetched.kind === 'applied' && searchIndex) {
    loadSearchData(fetched.data, fetched.meta, true, searchIndex);
  } else if (fetched.kind === 'applied' && !stored) {
    const { meta } = fetched;
    offerSearchIndex(fetched.data, () => searchIndexOf(meta));
  }
  storedMeta.settle(fetched.kind === 'applied' ? fetched.meta : undefined);
  mark('file-checked');
  if (fetched.kind === 'applied') {
    await showApplied(fetched, indexing);
    await noteCheck(source, 'applied');
    store.setProblems(fetched.problems);
    if (hasErrors(fetched.problems)) {
      const errors = fetched.problems.filter((p) => p.severity === 'error').length;
      store.setNotice({
        kind: 'warning',
        key: 'notice.brokenReportingLines',
        values: { count: errors },
      });
    }
  } else {
    const problems =
      fetched.kind === 'failed'
        ? [fetched.problem]
        : fetched.kind === 'refused'
          ? fetched.problems
          : [];
    if (stored) {
      store.setData(stored.data, stored.meta);
      store.setProblems(problems);
      store.setNotice({ kind: 'warning', key: 'notice.refreshRefused' });
      if (fetched.kind !== 'failed' || !fetched.offline) {
        await noteCheck(source, fetched.kind === 'failed' ? 'failed' : 'refused');
      }
    } else {
      store.setError(problems);
    }
  }
  return { refresh: Promise.resolve() };
}
