/**
 * What the page and the search worker say to each other: the page sends a data version, the
 * worker answers with its index, packed for transfer. Queries never cross: the page answers
 * them itself from the index it received (see `searchClient.ts`).
 */
import type { OrgData } from '../domain/types';
import { packIndex, type PackedSearchIndex } from './packedIndex';
import { buildSearchIndex } from './searchIndex';

export interface IndexInfo {
  /** Records indexed. */
  size: number;
  terms: number;
  /** Time to build the index (in the worker, or on the page after a fallback); 0 from cache. */
  buildMs: number;
  source: 'built' | 'cache';
}

export interface BuildRequest {
  id: number;
  data: OrgData;
  /** When set, the index is saved in the IndexedDB cache under this key. */
  cacheKey?: string;
}

export interface BuiltIndex {
  packed: PackedSearchIndex;
  info: IndexInfo;
}

export type BuildResponse =
  { id: number; ok: true; value: BuiltIndex } | { id: number; ok: false; error: string };

/** Builds and packs the index of one data version. */
export function buildPacked(data: OrgData): BuiltIndex {
  const start = performance.now();
  const index = buildSearchIndex(data);
  const info: IndexInfo = {
    size: index.size,
    terms: index.terms.length,
    buildMs: performance.now() - start,
    source: 'built',
  };
  return { packed: packIndex(index), info };
}
