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
import type { FetchOrgInput, FetchOrgOutcome, OrgFileHandlers } from './orgFileHandlers';
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
let prefetched: { source: string; bytes: Promise<FetchedBytes> } | undefined;

/**
 * A first visit: the page's first script (`boot.ts`) downloads the org file while the worker's
 * script loads and compiles, and `fetchOrgFile` hands the bytes over (moved, not copied). The
 * worker would only start its download once it runs, and the response then waited for its
 * busy thread. Only the page's network thread does the work: nothing is decoded or parsed here.
 */
export function prefetchOrgFile(source: string): void {
  prefetched = { source, bytes: fetchSourceBytes(source, absolute(source)) };
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

/**
 * `onData` is called with the checked data as soon as it is all in, before the worker has stored
 * it (the outcome follows once it has): only a valid file's data is ever sent. `onFirstView`
 * gets the chart's first view, drawn before the data is sent, when `options.firstView` asks.
 */
export async function fetchOrgFile(
  source: string,
  options: Omit<FetchOrgInput, 'source' | 'url'>,
  { onData, onFirstView, onSearchIndex }: FetchListeners = {},
): Promise<FetchedOrg> {
  const collector = new OrgCollector();
  let data: OrgData | undefined;
  // A refresh compares with what is shown: it downloads anew (and there is no prefetch then).
  const taken = takePrefetched(source);
  const bytes = options.knownHash === undefined ? await taken : undefined;
  const outcome = await client.call(
    'fetchOrg',
    { source, url: absolute(source), ...options, ...(bytes ? { prefetched: bytes } : {}) },
    {
      transfer: bytes?.ok ? [bytes.bytes] : [],
      onEvent: (event) => {
        if (event.type === 'firstView') return onFirstView?.(event.view);
        if (event.type === 'searchIndex') return onSearchIndex?.(event.built);
        if (!collector.add(event)) return;
        data = collector.data();
        onData?.(data);
      },
    },
  );
  return outcome.kind === 'applied' ? { ...outcome, data: data ?? collector.data() } : outcome;
}

/**
 * The search index of the version the worker just stored (asked with `keepForSearch`), or
 * undefined: then the search worker builds it from the page's data as on any start.
 */
export const searchIndexOf = (version: Pick<DataMeta, 'versionId' | 'hash'>) =>
  client.call('searchIndexOf', version);
