/**
 * The search worker's API as one map of named handlers, so the client and the worker
 * cannot disagree on names, arguments or results.
 */
import type { OrgData } from '../domain/types';
import { search, type SearchOptions, type SearchResult } from './query';
import { buildSearchIndex, type SearchIndex } from './searchIndex';

export interface IndexInfo {
  /** Records indexed. */
  size: number;
  terms: number;
  buildMs: number;
}

export interface SearchHandlers {
  /** Builds the index for a new data version (replacing the previous one). */
  load(data: OrgData): IndexInfo;
  query(args: { query: string } & SearchOptions): SearchResult;
}

export type Method = keyof SearchHandlers;

export interface Request<M extends Method = Method> {
  id: number;
  method: M;
  arg: Parameters<SearchHandlers[M]>[0];
}

export type Response =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** The handlers over one index; the worker and the main-thread fallback both use this. */
export function createHandlers(): SearchHandlers {
  let index: SearchIndex | undefined;
  return {
    load(data) {
      const start = performance.now();
      index = buildSearchIndex(data);
      return { size: index.size, terms: index.terms.length, buildMs: performance.now() - start };
    },
    query({ query, ...options }) {
      if (!index) return { query, words: [], hits: [], terms: [] };
      return search(index, query, options);
    },
  };
}

/** Runs one request against handlers; errors become a failed response. */
export function handle(handlers: SearchHandlers, request: Request): Response {
  try {
    const fn = handlers[request.method] as (arg: unknown) => unknown;
    return { id: request.id, ok: true, value: fn(request.arg) };
  } catch (error) {
    return { id: request.id, ok: false, error: String(error) };
  }
}
