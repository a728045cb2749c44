/**
 * What the search worker builds for the page: a data version's index, packed for transfer, and
 * its figures. Queries never cross: the page answers them itself from the index it received
 * (see `searchClient.ts`; the call itself is `searchHandlers.build`).
 */
import { homeSuggestions, type HomeSuggestions } from '../domain/homeSuggestions';
import type { OrgData } from '../domain/types';
import { knownLocations, type KnownLocation } from '../domain/userLocation';
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

/**
 * What the empty home page offers (suggestions, and the places to choose as "your location"),
 * built with the index in the worker: at 100k people, walking every person on the page was a
 * long task (issue 14 item 1). Cached with the index.
 */
export interface SearchHome {
  suggestions: HomeSuggestions;
  locations: KnownLocation[];
}

export interface BuiltIndex {
  packed: PackedSearchIndex;
  info: IndexInfo;
  home: SearchHome;
}

/** A loaded index's figures, and the home page built with it. */
export interface LoadedIndex extends IndexInfo {
  home: SearchHome;
}

export function buildHome(data: OrgData): SearchHome {
  return { suggestions: homeSuggestions(data), locations: knownLocations(data) };
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
  return { packed: packIndex(index), info, home: buildHome(data) };
}
