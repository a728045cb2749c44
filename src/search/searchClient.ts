/**
 * The typed async API the app uses: `load(data)` once per data version, then `query(q)` per
 * keystroke. Runs in a Web Worker; falls back to the main thread when workers are missing
 * (tests, very old browsers) or the worker fails to start, replaying what was pending.
 */
import type { OrgData } from '../domain/types';
import {
  createHandlers,
  handle,
  type IndexInfo,
  type Method,
  type Request,
  type Response,
  type SearchHandlers,
} from './protocol';
import type { SearchOptions, SearchResult } from './query';

export interface SearchClient {
  load(data: OrgData): Promise<IndexInfo>;
  query(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** 'worker' or 'main' (after a fallback), for diagnostics and benches. */
  readonly mode: 'worker' | 'main';
  dispose(): void;
}

interface Pending {
  request: Request;
  resolve: (value: unknown) => void;
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
  let worker = options.useWorker === false ? undefined : startWorker();
  let local: SearchHandlers | undefined;
  let lastData: OrgData | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const runLocally = (request: Request): Response => {
    if (!local) {
      local = createHandlers();
      // The worker died with the index: rebuild it here before anything else.
      if (lastData && request.method !== 'load') local.load(lastData);
    }
    return handle(local, request);
  };

  const settle = (p: Pending, response: Response) => {
    if (response.ok) p.resolve(response.value);
    else p.reject(new Error(response.error));
  };

  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()].sort((a, b) => a.request.id - b.request.id);
    pending.clear();
    for (const p of waiting) settle(p, runLocally(p.request));
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<Response>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      settle(p, event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
  }

  function call<M extends Method>(
    method: M,
    arg: Parameters<SearchHandlers[M]>[0],
  ): Promise<ReturnType<SearchHandlers[M]>> {
    const request: Request = { id: nextId++, method, arg } as Request;
    return new Promise((resolve, reject) => {
      const p: Pending = { request, resolve: resolve as (v: unknown) => void, reject };
      if (worker) {
        pending.set(request.id, p);
        worker.postMessage(request);
      } else {
        // Keep the promise asynchronous either way so callers behave the same.
        queueMicrotask(() => settle(p, runLocally(request)));
      }
    });
  }

  return {
    load(data) {
      lastData = data;
      return call('load', data);
    },
    query(query, opts = {}) {
      return call('query', { query, ...opts });
    },
    get mode() {
      return worker ? 'worker' : 'main';
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
