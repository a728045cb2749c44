/**
 * The typed API the app uses: `load(data, cacheKey)` once per data version, then `search(q)`
 * per keystroke. The index comes from the IndexedDB cache when this data version was indexed
 * before, else it is built in a Web Worker (which caches it) and handed to the page as
 * transferable buffers; queries are answered on the page, synchronously: a query takes well under a
 * millisecond at 10k people, while a round trip to a worker waits for a free core and the
 * page's next task (p95 14–17 ms measured on 2 cores), which was the whole keystroke budget.
 * Falls back to building on the page when workers are missing (tests, very old browsers) or
 * the worker fails, replaying the loads that were pending.
 */
import { readSearchIndex } from '../db/searchIndexCache';
import type { OrgData } from '../domain/types';
import { runSliced } from '../domain/steps';
import { unpackIndexSteps, type PackedSearchIndex } from './packedIndex';
import type { BuiltIndex, LoadedIndex } from './protocol';
import { searchHandlers } from './searchHandlers';
import { search, type SearchOptions, type SearchResult } from './query';
import type { SearchIndex } from './searchIndex';
import { createWorkerClient } from '../workers/workerClient';

export interface SearchClient {
  /**
   * Resolves once the index of `data` answers `search` (a later load replaces it).
   * `cacheKey` (see `searchIndexKey`) names the data version, to reuse its cached index.
   */
  load(data: OrgData, cacheKey?: string): Promise<LoadedIndex>;
  /**
   * Like `load`, from the cache only: undefined when this version was never indexed. For a
   * start shown from its start slice (part of the data): an index built from it would be
   * cached under the whole version's key.
   */
  loadCached(cacheKey: string): Promise<LoadedIndex | undefined>;
  /** Like `load`, with an index already built elsewhere (the org file worker, on a first visit). */
  loadBuilt(built: BuiltIndex): Promise<LoadedIndex>;
  /**
   * Starts reading the cached index of a data version before its data is even read (at
   * start-up both come from IndexedDB: in parallel, the answer is ready with the data).
   */
  prefetch(cacheKey: string): void;
  /** The answer from the latest loaded index; undefined while no index is ready. */
  search(query: string, options?: SearchOptions): SearchResult | undefined;
  /** Where indexes are built: 'worker', or 'main' (no workers, or after a fallback). */
  readonly mode: 'worker' | 'main';
  dispose(): void;
}

/** See `adopt`. */
const UNPACK_SLICE_MS = 40;

export function createSearchClient(options: { useWorker?: boolean } = {}): SearchClient {
  // Started on the first build: a start-up answered from the cache needs no second thread.
  const builder = createWorkerClient<typeof searchHandlers>({
    start: () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => searchHandlers,
    ...(options.useWorker === false ? { useWorker: false } : {}),
  });
  let index: SearchIndex | undefined;
  /** The id of the load whose index answers now: an older build arriving late is dropped. */
  let indexId = 0;
  let nextId = 1;
  let prefetched: { key: string; read: ReturnType<typeof readSearchIndex> } | undefined;

  /**
   * Unpacked in slices: at 100k people one go was a 455 ms task on a page already shown. Long
   * slices (under the 50 ms of a long task): each pause waits behind the page's other queued
   * work, and with 8 ms slices the index of a 10k first visit was ready ~0.5 s later.
   */
  const adopt = async (id: number, packed: PackedSearchIndex) => {
    const unpacked = await runSliced(unpackIndexSteps(packed), () => id > indexId, UNPACK_SLICE_MS);
    if (unpacked && id > indexId) {
      index = unpacked;
      indexId = id;
    }
  };

  const build = async (id: number, data: OrgData, cacheKey: string | undefined) => {
    const built = await builder.call('build', {
      data,
      ...(cacheKey === undefined ? {} : { cacheKey }),
    });
    await adopt(id, built.packed);
    return { ...built.info, home: built.home };
  };

  /** The cached index of `cacheKey`, adopted; undefined for a miss or a damaged entry. */
  const fromCache = async (id: number, cacheKey: string): Promise<LoadedIndex | undefined> => {
    const cached = await (prefetched?.key === cacheKey
      ? prefetched.read
      : readSearchIndex(cacheKey));
    prefetched = undefined;
    // An entry saved before the home page was cached with the index is a miss too.
    if (!cached?.home) return undefined;
    try {
      await adopt(id, cached.packed);
      const terms = cached.packed.postingStart.length - 1;
      const { home } = cached;
      return { size: cached.packed.docKind.length, terms, buildMs: 0, source: 'cache', home };
    } catch {
      // A damaged entry is only a cache miss: build the index again (and overwrite it).
      return undefined;
    }
  };

  return {
    async load(data, cacheKey) {
      const id = nextId++;
      const cached = cacheKey === undefined ? undefined : await fromCache(id, cacheKey);
      return cached ?? build(id, data, cacheKey);
    },
    loadCached(cacheKey) {
      return fromCache(nextId++, cacheKey);
    },
    async loadBuilt(built) {
      await adopt(nextId++, built.packed);
      return { ...built.info, home: built.home };
    },
    prefetch(cacheKey) {
      prefetched = { key: cacheKey, read: readSearchIndex(cacheKey) };
    },
    search(query, opts = {}) {
      return index ? search(index, query, opts) : undefined;
    },
    get mode() {
      return builder.mode;
    },
    dispose() {
      builder.terminate();
    },
  };
}
