/**
 * What the search worker builds for the page: a data version's index, packed for transfer, and
 * its figures. Queries never cross: the page answers them itself from the index it received
 * (see `searchClient.ts`; the call itself is `searchHandlers.build`).
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

export interface BuiltIndex {
  packed: PackedSearchIndex;
  info: IndexInfo;
}

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
