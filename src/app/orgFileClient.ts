/**
 * `fetchOrgFile(source, options)`: the org file downloaded, validated and stored by the org file
 * worker (`orgFileHandlers.ts`); the page gets the outcome and, when applied, the data (put
 * back together from its slices). The handlers are loaded on the page only when no worker can
 * run, so a start from IndexedDB never loads the validator.
 */
import { OrgCollector } from '../workers/orgSlices';
import { createWorkerClient } from '../workers/workerClient';
import type { OrgData } from '../domain/types';
import type { FirstView } from '../layout/firstView';
import type { BuiltIndex } from '../search/protocol';
import type { DataMeta } from '../store/orgStore';
import type {
  FetchOrgInput,
  FetchOrgOutcome,
  OrgFileEvent,
  OrgFileHandlers,
} from './orgFileHandlers';
import { fetchSourceBytes, type FetchedBytes } from './fetchSource';

const client = createWorkerClient<OrgFileHandlers>({
  start: () => new Worker(new URL('./orgFile.worker.ts', import.meta.url), { type: 'module' }),
  fallback: () => import('./orgFileHandlers').then((m) => m.orgFileHandlers),
});

export type FetchedOrg =
  | Exclude<FetchOrgOutcome, { kind: 'applied' }>
  | (Extract<FetchOrgOutcome, { kind: 'applied' }> & { data: OrgData });

/**
 * Starts the org file worker before the page has decided to fetch: a first visit of the chart
 * then finds its script loaded and compiled (`main.tsx`).
 */
export const startOrgFileWorker = (): void => client.start();

/** The org file downloaded by the page's first script on a first visit (`prefetchOrgFile`). */
let prefetched: { source: string; bytes: Promise<FetchedBytes>; stop: () => void } | undefined;

/**
 * A first visit: the page's first script (`boot.ts`) downloads the org file while the worker's
 * script loads and compiles, and `fetchOrgFile` hands the bytes over (moved, not copied). The
 * worker would only start its download once it runs, and the response then waited for its
 * busy thread. Only the page's network thread does the work: nothing is decoded or parsed here.
 */
export function prefetchOrgFile(source: string): void {
  const controller = new AbortController();
  prefetched = {
    source,
    bytes: fetchSourceBytes(source, absolute(source), controller.signal),
    stop: () => controller.abort(),
  };
}

/** A download begun on a guess that this was a first visit, which it was not: stopped, let go. */
export function dropPrefetch(): void {
  prefetched?.stop();
  prefetched = undefined;
}

/** The prefetched download of `source`, once: a later fetch (a refresh, a retry) downloads anew. */
function takePrefetched(source: string): Promise<FetchedBytes> | undefined {
  const taken = prefetched?.source === source ? prefetched.bytes : undefined;
  prefetched = undefined;
  return taken;
}

/** The address a worker must fetch: `source` resolved against the page. */
function absolute(source: string): string {
  const base = globalThis.location?.href;
  if (!base) return source;
  try {
    return new URL(source, base).href;
  } catch {
    return source;
  }
}

/** Called before the outcome: the checked data once all in, the first view (when asked) before it. */
export interface FetchListeners {
  onData?: (data: OrgData) => void;
  onFirstView?: (view: FirstView) => void;
  /** The data's search index, when `options.searchIndex` asked for it (after `onData`). */
  onSearchIndex?: (built: BuiltIndex) => void;
}

export type FetchOptions = Omit<FetchOrgInput, 'source' | 'url'>;

/**
 * What a first visit asks of the worker (nothing stored to fall back on): a file whose only
 * errors are broken reporting lines is drawn; the chart's first view when `firstView` is asked;
 * on the search page the search index built by the worker, elsewhere the data kept for it.
 * One home, for the page's first script (`startFirstVisitFetch`) and the loader alike.
 */
export function firstVisitOptions(
  firstView: FetchOrgInput['firstView'],
  searchFirst: boolean,
): FetchOptions {
  return {
    drawBrokenReportingLines: true,
    ...(firstView ? { firstView } : {}),
    ...(searchFirst ? { searchIndex: true } : { keepForSearch: true }),
  };
}

/** A call to the worker's `fetchOrg`: its events go to `onEvent`, its outcome is returned. */
async function callFetchOrg(
  source: string,
  options: FetchOptions,
  onEvent: (event: OrgFileEvent) => void,
): Promise<FetchOrgOutcome> {
  // A refresh compares with what is shown: it downloads anew (and there is no prefetch then).
  const taken = takePrefetched(source);
  const bytes = options.knownHash === undefined ? await taken : undefined;
  return client.call(
    'fetchOrg',
    { source, url: absolute(source), ...options, ...(bytes ? { prefetched: bytes } : {}) },
    { transfer: bytes?.ok ? [bytes.bytes] : [], onEvent },
  );
}

/**
 * A first visit's fetch, asked by the page's first script (`boot.ts`) as soon as it runs: the
 * worker checks the file and draws the first view while the entry's modules still load and run
 * (they took 200–300 ms before the loader asked). Its events wait here for the loader, which
 * takes the call over (`fetchOrgFile`); `onFirstView` is the first script's own, to show the
 * picture without waiting for the entry either.
 */
interface EarlyFetch {
  source: string;
  events: OrgFileEvent[];
  listener?: (event: OrgFileEvent) => void;
  outcome: Promise<FetchOrgOutcome>;
}
let early: EarlyFetch | undefined;

export function startFirstVisitFetch(
  source: string,
  options: FetchOptions,
  onFirstView?: (view: FirstView) => void,
): void {
  const events: OrgFileEvent[] = [];
  const call: EarlyFetch = {
    source,
    events,
    // Events come after this returns (the call awaits the download first): `call` is set.
    outcome: callFetchOrg(source, options, (event) => {
      if (event.type === 'firstView') onFirstView?.(event.view);
      if (call.listener) call.listener(event);
      else events.push(event);
    }),
  };
  call.outcome.catch(() => undefined); // the loader that takes it over sees the failure
  early = call;
}

/** Whether a first visit's fetch was started by the page's first script and is not taken yet. */
export const hasFirstVisitFetch = (): boolean => early !== undefined;

/** The early call for `source`, once; its events so far are replayed to `listener`. */
function takeEarly(source: string, listener: (event: OrgFileEvent) => void) {
  const call = early?.source === source ? early : undefined;
  early = undefined;
  if (!call) return undefined;
  for (const event of call.events.splice(0)) listener(event);
  call.listener = listener;
  return call.outcome;
}

/**
 * `onData` is called with the checked data as soon as it is all in, before the worker has stored
 * it (the outcome follows once it has): only a valid file's data is ever sent. `onFirstView`
 * gets the chart's first view, drawn before the data is sent, when `options.firstView` asks.
 * A first visit's call already started by the page's first script is taken over (its options
 * are the same: `firstVisitOptions`), not asked again.
 */
export async function fetchOrgFile(
  source: string,
  options: FetchOptions,
  { onData, onFirstView, onSearchIndex }: FetchListeners = {},
): Promise<FetchedOrg> {
  const collector = new OrgCollector();
  let data: OrgData | undefined;
  const onEvent = (event: OrgFileEvent) => {
    if (event.type === 'firstView') return onFirstView?.(event.view);
    if (event.type === 'searchIndex') return onSearchIndex?.(event.built);
    if (!collector.add(event)) return;
    data = collector.data();
    onData?.(data);
  };
  const taken = options.knownHash === undefined ? takeEarly(source, onEvent) : undefined;
  const outcome = await (taken ?? callFetchOrg(source, options, onEvent));
  return outcome.kind === 'applied' ? { ...outcome, data: data ?? collector.data() } : outcome;
}

/**
 * The search index of the version the worker just stored (asked with `keepForSearch`), or
 * undefined: then the search worker builds it from the page's data as on any start.
 */
export const searchIndexOf = (version: Pick<DataMeta, 'versionId' | 'hash'>) =>
  client.call('searchIndexOf', version);
