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
import { readSearchIndex, writeSearchIndex } from '../db/searchIndexCache';
import type { OrgData } from '../domain/types';
import { unpackIndex, type PackedSearchIndex } from './packedIndex';
import { buildPacked, type BuildRequest, type BuildResponse, type IndexInfo } from './protocol';
import { search, type SearchOptions, type SearchResult } from './query';
import type { SearchIndex } from './searchIndex';

export interface SearchClient {
  /**
   * Resolves once the index of `data` answers `search` (a later load replaces it).
   * `cacheKey` (see `searchIndexKey`) names the data version, to reuse its cached index.
   */
  load(data: OrgData, cacheKey?: string): Promise<IndexInfo>;
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

interface PendingLoad {
  request: BuildRequest;
  resolve: (info: IndexInfo) => void;
  reject: (error: Error) => void;
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

export function createSearchClient(options: { useWorker?: boolean } = {}): SearchClient {
  /** False once workers are known to be missing or broken: indexes are then built here. */
  let useWorker = options.useWorker !== false && typeof Worker !== 'undefined';
  /** Started on the first build: a start-up answered from the cache needs no second thread. */
  let worker: Worker | undefined;
  let index: SearchIndex | undefined;
  /** The id of the load whose index answers now: an older build arriving late is dropped. */
  let indexId = 0;
  let nextId = 1;
  const pending = new Map<number, PendingLoad>();
  let prefetched: { key: string; read: ReturnType<typeof readSearchIndex> } | undefined;

  const adopt = (id: number, packed: PackedSearchIndex) => {
    if (id > indexId) {
      index = unpackIndex(packed);
      indexId = id;
    }
  };

  const settle = (p: PendingLoad, response: BuildResponse) => {
    if (!response.ok) {
      p.reject(new Error(response.error));
      return;
    }
    adopt(response.id, response.value.packed);
    p.resolve(response.value.info);
  };

  const buildHere = (request: BuildRequest): BuildResponse => {
    try {
      const value = buildPacked(request.data);
      if (request.cacheKey) void writeSearchIndex(request.cacheKey, value.packed);
      return { id: request.id, ok: true, value };
    } catch (error) {
      return { id: request.id, ok: false, error: String(error) };
    }
  };

  const build = (request: BuildRequest) =>
    new Promise<IndexInfo>((resolve, reject) => {
      const p: PendingLoad = { request, resolve, reject };
      const builder = getWorker();
      if (builder) {
        pending.set(request.id, p);
        builder.postMessage(request);
      } else {
        // Keep the promise asynchronous either way so callers behave the same.
        queueMicrotask(() => settle(p, buildHere(request)));
      }
    });

  const fallBack = () => {
    useWorker = false;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()].sort((a, b) => a.request.id - b.request.id);
    pending.clear();
    for (const p of waiting) settle(p, buildHere(p.request));
  };

  function getWorker(): Worker | undefined {
    if (worker || !useWorker) return worker;
    worker = startWorker();
    if (!worker) {
      useWorker = false;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<BuildResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      settle(p, event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    return worker;
  }

  return {
    async load(data, cacheKey) {
      const id = nextId++;
      const cached =
        cacheKey === undefined
          ? undefined
          : await (prefetched?.key === cacheKey ? prefetched.read : readSearchIndex(cacheKey));
      prefetched = undefined;
      if (cached) {
        try {
          adopt(id, cached.packed);
          const terms = cached.packed.postingStart.length - 1;
          return { size: cached.packed.docKind.length, terms, buildMs: 0, source: 'cache' };
        } catch {
          // A damaged entry is only a cache miss: build the index again (and overwrite it).
        }
      }
      return build({ id, data, ...(cacheKey === undefined ? {} : { cacheKey }) });
    },
    prefetch(cacheKey) {
      prefetched = { key: cacheKey, read: readSearchIndex(cacheKey) };
    },
    search(query, opts = {}) {
      return index ? search(index, query, opts) : undefined;
    },
    get mode() {
      return useWorker ? 'worker' : 'main';
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending.clear();
    },
  };
}
