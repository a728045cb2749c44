/**
 * The org file worker's one job, as a handler (`src/workers/`): download the file, hash it,
 * parse and validate it, store it as the current version, then send its data to the page in
 * slices. On a first visit of a 100k organisation this is seconds of work (a 100,000-level
 * reporting chain froze the page for half a minute when it ran there); the page now only
 * receives the data. The same handler runs on the page when no worker can start.
 */
import { sha256Hex } from '../db/hash';
import type { StorageFailure } from '../db/storageError';
import { DEFAULT_SOURCE } from '../domain/dataSource';
import type { Problem } from '../domain/problems';
import type { DataMeta } from '../store/orgStore';
import type { HandlerContext } from '../workers/protocol';
import { orgSlices, type OrgSlice } from '../workers/orgSlices';
import type { FirstView, FirstViewRequest } from '../layout/firstView';
import type { BuiltIndex } from '../search/protocol';
import { transferring } from '../workers/protocol';
import type { OrgData } from '../domain/types';
import { fetchSource, textOf, type FetchedBytes } from './fetchSource';
import { firstViewOfText } from './firstViewOfText';

export interface FetchOrgInput {
  /** The source as configured: stored with the version, named in problems. */
  source: string;
  /** The same address resolved against the page (a worker's own base is its script's URL). */
  url: string;
  /** Nothing stored to fall back on: a file whose only errors are broken reporting lines is kept. */
  drawBrokenReportingLines: boolean;
  /** Hash of the data shown: the same file is only reported up to date, never parsed. */
  knownHash?: string;
  /**
   * The file as the page's first script downloaded it on a first visit (`prefetchOrgFile`):
   * not downloaded again, unless the bytes arrive empty (moved away by a call that was then
   * rerun on the page) or the page could not reach the server (offline, or a page policy that
   * does not list the source's origin: the worker asks as it did before the page did).
   */
  prefetched?: FetchedBytes;
  /** A first visit of the chart: its first view as SVG, sent before the data (`firstView.ts`). */
  firstView?: FirstViewRequest;
  /**
   * A first visit: the search index built here, from the data already in hand, and sent after
   * the data (and cached under the stored version). Else the page would post every record to
   * the search worker, which would start, compile and build it only then.
   */
  searchIndex?: boolean;
  /**
   * A first visit on another page: the checked data is kept here until the page asks for its
   * search index (`searchIndexOf`), so the page never posts every record to the search worker
   * (at 100k people a 0.5 s task on the page).
   */
  keepForSearch?: boolean;
}

/** What the worker sends before its outcome: the first view, then the data in slices. */
export type OrgFileEvent =
  OrgSlice | { type: 'firstView'; view: FirstView } | { type: 'searchIndex'; built: BuiltIndex };

export type FetchOrgOutcome =
  | { kind: 'failed'; problem: Problem; offline: boolean }
  | { kind: 'upToDate' }
  | { kind: 'refused'; problems: Problem[] }
  | {
      kind: 'applied';
      /** versionId 0 when it could not be stored (`storage` says why): shown all the same. */
      meta: DataMeta;
      problems: Problem[];
      storage?: StorageFailure;
    };

/** The data of the last version this worker stored with `keepForSearch`, until it is indexed. */
let kept: { data: OrgData; versionId: number; hash: string } | undefined;
/**
 * Let go after this if the page never asks (its user never searched): at 100k people the data
 * is a second copy of ~100 MB in this worker. The page then builds the index as on any start.
 */
export const KEEP_FOR_SEARCH_MS = 60_000;
let release: ReturnType<typeof setTimeout> | undefined;

let storeModule: Promise<typeof import('./orgFileStore')> | undefined;
/**
 * The storing half (`orgFileStore.ts`: Dexie, the search index), asked for when a fetch starts:
 * it downloads while the file is checked, and runs once the check (one synchronous task) is done.
 */
const storing = () => (storeModule ??= import('./orgFileStore'));

let checkModule: Promise<typeof import('./parseOrg')> | undefined;
/**
 * The check (`parseOrg`: zod and the schemas, ~100 ms to evaluate on a cold worker), which a
 * first view does not need (`firstViewOfText.ts`): asked for as a fetch starts, it loads while
 * the first view is drawn and runs after it (a module only runs once the task that asked for
 * it is over, and a first visit's call draws in its first task). Asked for when the worker
 * started instead, it ran just as a 1k first visit's call came, and the picture waited for it.
 */
const loadCheck = () => (checkModule ??= import('./parseOrg'));

async function fetchOrg(
  input: FetchOrgInput,
  { emit }: HandlerContext<OrgFileEvent>,
): Promise<FetchOrgOutcome> {
  const { source } = input;
  // Opened (on a first visit: created) while the file is checked, not after. Without a first
  // view to draw first, the storing half even runs before the check: the page shows the data
  // (and the search page its answer) only once the version is stored.
  const store = storing();
  const check = loadCheck();
  if (input.knownHash === undefined) {
    if (!input.firstView) await store.catch(() => undefined);
    void store.then((s) => s.openDatabase()).catch(() => undefined);
  }
  const { prefetched } = input;
  const usable = prefetched?.ok ? prefetched.bytes.byteLength > 0 : prefetched?.offline === false;
  const fetched = prefetched && usable ? textOf(prefetched) : await fetchSource(source, input.url);
  if (!fetched.ok) return { kind: 'failed', problem: fetched.problem, offline: fetched.offline };
  // Digested while the file is parsed (WebCrypto works on its own thread); a refresh needs it first.
  const hashing = sha256Hex(fetched.text);
  hashing.catch(() => undefined); // awaited below where it matters; a refused file never is
  if (input.knownHash !== undefined && (await hashing) === input.knownHash) {
    return { kind: 'upToDate' };
  }
  // Drawn from the file before its check, in the same task as the parse the check then reuses:
  // the checker's module, loading meanwhile, runs after it. See `firstViewOfText.ts`.
  const unchecked = input.firstView ? firstViewOfText(fetched.text, input.firstView) : {};
  if (unchecked.view) emit({ type: 'firstView', view: unchecked.view });
  const { parseOrg } = await check;
  const { data, problems } = parseOrg(fetched.text, {
    drawBrokenReportingLines: input.drawBrokenReportingLines,
    ...(unchecked.parsed ? { parsed: unchecked.parsed } : {}),
  });
  if (!data) return { kind: 'refused', problems };
  // The data first, then the write: the page builds its index while the version is stored
  // (100k people: both take about a second). It shows the data once the outcome arrives.
  for (const slice of orgSlices(data)) emit(slice);
  const hash = await hashing;
  const { saveVersion, buildPacked, storageFailure, cacheIndex } = await store;
  const saving = saveVersion(data, {
    source: source === DEFAULT_SOURCE ? 'bundled' : 'remote',
    sourceUrl: source,
    hash,
  }).then(
    (stored) => ({ stored }),
    (error: unknown) => ({ error }),
  );
  // While IndexedDB commits: copied to the page (not moved), the cache below writes the same
  // buffers once the version is stored.
  const built = input.searchIndex ? buildPacked(data) : undefined;
  if (built) emit({ type: 'searchIndex', built });
  const saved = await saving;
  let meta: DataMeta;
  let storage: StorageFailure | undefined;
  if ('stored' in saved) meta = saved.stored;
  else {
    // Plain words for the user (the page's notice); the library's own text only in the console.
    console.warn('Wayfinder: could not store the data', saved.error);
    storage = storageFailure(saved.error);
    meta = {
      versionId: 0,
      sourceUrl: source,
      hash,
      loadedAt: new Date().toISOString(),
      formatVersion: data.formatVersion,
    };
  }
  if (built) await cacheIndex(meta, built);
  kept = input.keepForSearch ? { data, versionId: meta.versionId, hash } : undefined;
  clearTimeout(release);
  if (kept) release = setTimeout(() => (kept = undefined), KEEP_FOR_SEARCH_MS);
  return { kind: 'applied', meta, problems, ...(storage ? { storage } : {}) };
}

/**
 * The search index of the version `fetchOrg` just stored and kept (`keepForSearch`), moved to
 * the page; undefined when this worker does not hold that version (the page builds it then).
 * The data is let go either way: one index per version.
 */
async function searchIndexOf(version: Pick<DataMeta, 'versionId' | 'hash'>) {
  const held = kept;
  kept = undefined;
  if (!held || held.versionId !== version.versionId || held.hash !== version.hash) {
    return undefined;
  }
  const { buildPacked, cacheIndex, transferables } = await storing();
  const built = buildPacked(held.data);
  await cacheIndex(version, built);
  return transferring(built, transferables(built.packed));
}

export const orgFileHandlers = { fetchOrg, searchIndexOf };
export type OrgFileHandlers = typeof orgFileHandlers;
